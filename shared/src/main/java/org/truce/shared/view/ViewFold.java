package org.truce.shared.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerMessage.State;

/**
 * The one replay of a room's public events into the view a seat or spectator has (the same steps as
 * the engine's {@code GameState.apply}, on what the wire carries). It starts from a full
 * {@code state} (history included; every such state starts it again), then folds each {@code event},
 * each {@code said} (which counts a public line's version) and each {@code state} without history
 * (the seats, the clock and the current round as the server has them). An event whose version is
 * past the last one plus one is a {@link Step#GAP}: the view stays as it was and takes nothing
 * newer until what was missed comes (the client asks for it: a resume or spectate {@code since}
 * {@link #version()}, whose events start at the next version) or a full state. Not thread-safe:
 * one owner.
 */
public final class ViewFold {

    /** What a message did to the view. */
    public enum Step {
        /** The view changed (or was confirmed) by it. */
        APPLIED,
        /** Nothing to fold: not a view message, or an event already folded. */
        IGNORED,
        /** Something was missed: the view waits for a full state. */
        GAP
    }

    /** The parties in turn order: the pen passes along them. */
    private List<String> parties;
    private SeatView view;
    /**
     * The parties whose vote on the current draft the clock cast: a state shows them only once the
     * round closes (the clock's votes close it at once, so no full state falls in between).
     */
    private List<String> byClock;
    private boolean gap;

    /** A fold for a game whose parties take the pen in this order (the scenario's party order). */
    public ViewFold(List<String> parties) {
        this.parties = List.copyOf(parties);
    }

    /** The view so far, or null before the first full state. */
    public SeatView view() {
        return view;
    }

    /** Whether an event was missed: the view waits for the next version or a full state. */
    public boolean hasGap() {
        return gap;
    }

    /** The version of the view (0 with none yet, or from an older server): what to resume {@code since}. */
    public int version() {
        return view == null || view.version() == null ? 0 : view.version();
    }

    /** Folds one server message in; anything but {@code state}, {@code event} and {@code said} is ignored. */
    public Step apply(ServerMessage m) {
        if (m instanceof State s) {
            return state(s);
        }
        if (m instanceof ServerMessage.Event e) {
            return event(e);
        }
        if (m instanceof ServerMessage.Said s) {
            return said(s);
        }
        return Step.IGNORED;
    }

    private Step state(State s) {
        if (s.history() != null) {
            view = SeatView.of(s);
            byClock = null;
            gap = false;
            return Step.APPLIED;
        }
        if (view == null || s.version() == null || !s.version().equals(view.version())) {
            gap = true;
            return Step.GAP;
        }
        gap = false; // the server is where the fold is
        // the server's word on the current round; the history stays the fold's
        SeatView w = SeatView.of(s);
        view = new SeatView(s.room(), s.scenario(), w.phase(), s.round(), s.rounds(), s.pen(), s.draft(), w.votes(), s.seats(),
                s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.standIns(), s.isPaused(), w.injects(),
                w.announcements(), w.notes(), view.history(), s.you());
        return Step.APPLIED;
    }

    private Step said(ServerMessage.Said s) {
        if (s.version() == null || view == null || view.version() == null) {
            return Step.IGNORED; // an older server's line: it counts nothing
        }
        if (!"all".equals(s.to())) {
            // a private line carries the version of the public event before it
            return s.version() > view.version() ? gap() : Step.IGNORED;
        }
        Step next = next(s.version());
        if (next == Step.APPLIED) {
            view = withVersion(view, s.version());
        }
        return next;
    }

    private Step event(ServerMessage.Event e) {
        Step next = view == null || view.version() == null ? gap() : next(e.version());
        if (next != Step.APPLIED) {
            return next;
        }
        view = fold(view, e.event(), e.version());
        return Step.APPLIED;
    }

    /** Whether {@code version} is the next one: APPLIED if so (it mends a gap), IGNORED if already folded, else a gap. */
    private Step next(int version) {
        if (version <= view.version()) {
            return Step.IGNORED;
        }
        if (version == view.version() + 1) {
            gap = false;
            return Step.APPLIED;
        }
        return gap();
    }

    private Step gap() {
        gap = true;
        return Step.GAP;
    }

    private SeatView fold(SeatView v, PublicEvent event, int version) {
        if (event instanceof PublicEvent.Started e) {
            parties = e.parties();
            byClock = null;
            return open(v, Phase.PROPOSING, 1, e.rounds(), null, Map.of(), version, null, null, null, v.history());
        }
        if (event instanceof PublicEvent.Tabled e) {
            // a re-tabled draft stays its author's, as the engine keeps it
            DraftView earlier = e.automatic() ? v.lastDraft() : null;
            String by = earlier != null ? earlier.by() : e.by();
            Boolean standIn = earlier != null ? earlier.standIn() : e.standIn();
            Map<String, VoteStatus> votes = new LinkedHashMap<>();
            for (String p : parties) {
                votes.put(p, p.equals(by) && !e.automatic() ? VoteStatus.ACCEPTED : VoteStatus.PENDING);
            }
            DraftView d = new DraftView(e.round(), by, e.terms(), e.automatic(), standIn);
            byClock = null;
            return open(v, Phase.VOTING, v.round(), v.rounds(), d, votes, version, version, null, null, v.history());
        }
        if (event instanceof PublicEvent.Voted e) {
            Map<String, VoteStatus> votes = new LinkedHashMap<>(v.votes());
            votes.put(e.party(), e.accept() ? VoteStatus.ACCEPTED : VoteStatus.REJECTED);
            Map<String, Integer> votedAt = v.votedAt() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(v.votedAt());
            votedAt.put(e.party(), version);
            List<String> standIns = added(v.standIns(), Boolean.TRUE.equals(e.standIn()) ? e.party() : null);
            byClock = added(byClock, e.automatic() ? e.party() : null);
            return open(v, v.phase(), v.round(), v.rounds(), v.draft(), votes, version, v.tabledAt(), votedAt, standIns, v.history());
        }
        if (event instanceof PublicEvent.RoundFailed) {
            List<SeatView.Round> h = closed(v, false);
            boolean last = v.round() >= v.rounds();
            byClock = null;
            // after the last round a no_deal follows; until then the round's versions stay
            return open(v, Phase.PROPOSING, last ? v.round() : v.round() + 1, v.rounds(), null, Map.of(), version,
                    last ? v.tabledAt() : null, last ? v.votedAt() : null, null, h);
        }
        if (event instanceof PublicEvent.Agreed) {
            return ended(v, v.draft(), v.votes(), version, closed(v, true));
        }
        if (event instanceof PublicEvent.NoDeal) {
            return ended(v, null, Map.of(), version, v.history());
        }
        // the facilitator's: the pause, the rounds and the news are part of the view; the rest only counts
        if (event instanceof PublicEvent.Paused) {
            return withVersion(v, version, true, v.rounds(), v.injects());
        }
        if (event instanceof PublicEvent.Resumed) {
            return withVersion(v, version, false, v.rounds(), v.injects());
        }
        if (event instanceof PublicEvent.RoundsAdded e) {
            return withVersion(v, version, v.paused(), e.rounds(), v.injects());
        }
        if (event instanceof PublicEvent.Inject e) {
            List<ServerParts.InjectNews> news = new ArrayList<>(v.injects());
            news.add(new ServerParts.InjectNews(e.round(), e.id(), e.title(), e.text()));
            return withVersion(v, version, v.paused(), v.rounds(), news);
        }
        if (event instanceof PublicEvent.Announced e) {
            List<ServerParts.Announcement> said = new ArrayList<>(v.announcements());
            said.add(new ServerParts.Announcement(e.round(), e.text(), version));
            // the newest, as the server's state keeps them
            List<ServerParts.Announcement> kept = said.subList(Math.max(0, said.size() - ServerParts.Announcement.KEPT), said.size());
            return withVersion(v, version, v.paused(), v.rounds(), v.injects(), kept);
        }
        if (event instanceof PublicEvent.ClockExtended || event instanceof PublicEvent.SeatHanded) {
            return withVersion(v, version);
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    private List<SeatView.Round> closed(SeatView v, boolean agreed) {
        List<SeatView.Round> h = new ArrayList<>(v.history());
        h.add(new SeatView.Round(v.round(), v.pen(), v.draft(), v.votes(), agreed, byClock, v.tabledAt(), v.votedAt(),
                v.standIns()));
        return h;
    }

    /** A view in a round under way: the pen is the round's. */
    private SeatView open(SeatView v, Phase phase, int round, int rounds, DraftView draft, Map<String, VoteStatus> votes,
                          int version, Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns,
                          List<SeatView.Round> history) {
        return new SeatView(v.room(), v.scenario(), phase, round, rounds, penOf(round), draft, votes, v.seats(), v.deadline(),
                v.remainingMs(), version, tabledAt, votedAt, standIns, v.paused(), v.injects(), v.announcements(), v.notes(), history, v.you());
    }

    private SeatView ended(SeatView v, DraftView draft, Map<String, VoteStatus> votes, int version, List<SeatView.Round> history) {
        byClock = null;
        // a game that ends is no longer paused (as the engine has it)
        return new SeatView(v.room(), v.scenario(), Phase.ENDED, v.round(), v.rounds(), penOf(v.round()), draft, votes, v.seats(),
                v.deadline(), v.remainingMs(), version, null, null, null, false, v.injects(), v.announcements(), v.notes(), history, v.you());
    }

    private String penOf(int round) {
        return parties.isEmpty() || round < 1 ? null : parties.get((round - 1) % parties.size());
    }

    private static SeatView withVersion(SeatView v, int version) {
        return withVersion(v, version, v.paused(), v.rounds(), v.injects());
    }

    /** The view at {@code version}, its pause flag, rounds and news as given, the rest as it was. */
    private static SeatView withVersion(SeatView v, int version, boolean paused, int rounds, List<ServerParts.InjectNews> injects) {
        return withVersion(v, version, paused, rounds, injects, v.announcements());
    }

    private static SeatView withVersion(SeatView v, int version, boolean paused, int rounds, List<ServerParts.InjectNews> injects,
                                        List<ServerParts.Announcement> announcements) {
        return new SeatView(v.room(), v.scenario(), v.phase(), v.round(), rounds, v.pen(), v.draft(), v.votes(), v.seats(),
                v.deadline(), v.remainingMs(), version, v.tabledAt(), v.votedAt(), v.standIns(), paused, injects, announcements,
                v.notes(), v.history(), v.you());
    }

    private static List<String> added(List<String> list, String party) {
        if (party == null) {
            return list;
        }
        List<String> out = list == null ? new ArrayList<>() : new ArrayList<>(list);
        out.add(party);
        return out;
    }
}
