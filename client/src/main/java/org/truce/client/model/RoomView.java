package org.truce.client.model;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.Occupant;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.view.SeatView;
import org.truce.shared.view.ViewFold;

/**
 * The room's view as this client keeps it: the shared {@link ViewFold} of the server's states and
 * events, the same view in the wire's form for the screens, and what a resume or re-spectate asks
 * {@code since}. A server without the event stream sends full states only: each starts the fold
 * again. Owned by the GUI thread, except {@link #since()}, which a hello reads on the network thread.
 */
final class RoomView {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoomView.class);

    /** What a state did to the view. */
    enum Took {
        /** A full state: the fold starts again from it. */
        FULL,
        /** A state without history folded after the events that told what changed. */
        LIVE,
        /** A gap: shown (the server's word on the round, the rounds behind kept), not folded. */
        HELD
    }

    private ViewFold fold;
    /** The view as the full state a server sends (history included); null before a room's first state. */
    private State state;
    private volatile Integer since;
    /** A re-spectate was asked for the current gap. */
    private boolean askedCatchUp;

    /**
     * Takes a state: one with history (every state from an older server) starts the fold again, as
     * does one without when there is no view to fold it onto; {@code parties} in turn order.
     */
    Took state(State s, List<String> parties) {
        boolean full = s.history() != null || fold == null || fold.view() == null || s.version() == null;
        if (s.history() == null && full) {
            s = SeatView.of(s).toState(); // no stream to fold onto: read as a state without rounds behind it
        }
        if (fold == null) {
            fold = new ViewFold(parties != null ? parties : partiesOf(s));
        }
        if (!step(fold.apply(s), s)) {
            state = withHistory(s, state);
            return Took.HELD;
        }
        state = fold.view().toState();
        return full ? Took.FULL : Took.LIVE;
    }

    /** Folds an event in; false when it was not (already folded, a gap, or no view yet). */
    boolean event(ServerMessage.Event e) {
        if (fold == null || !step(fold.apply(e), e)) {
            return false;
        }
        state = fold.view().toState();
        return true;
    }

    /** A chat line this seat may see: a public one counts a version. */
    void said(ServerMessage.Said s) {
        if (fold != null) {
            step(fold.apply(s), s);
        }
    }

    /** Forgets the view (another room or seat, or none). */
    void drop() {
        fold = null;
        state = null;
        since = null;
        askedCatchUp = false;
    }

    State state() {
        return state;
    }

    SeatView view() {
        return fold == null ? null : fold.view();
    }

    /** Whether a bot persona plays this human seat while its player is away (or a freed seat until someone takes it). */
    boolean isStandIn(String id) {
        if (state == null || state.seats() == null || id == null) {
            return false;
        }
        for (ServerParts.Seat seat : state.seats()) {
            if (id.equals(seat.party())) {
                // a bot's own seat says "bot"; a human's (or a freed) seat with a strategy is played by a stand-in
                return seat.occupiedBy() != Occupant.BOT && seat.strategy() != null;
            }
        }
        return false;
    }

    /** Whether the facilitator paused the game. */
    boolean paused() {
        return state != null && state.isPaused();
    }

    /** The latest news fired into the game, or null before any. */
    ServerParts.InjectNews latestNews() {
        SeatView v = view();
        return v == null || v.injects().isEmpty() ? null : v.injects().get(v.injects().size() - 1);
    }

    /** Whether {@code party} (null: none) holds the pen and has not tabled yet. */
    boolean isPenOf(String party) {
        return state != null && party != null && Phase.fromWire(state.phase()) == Phase.PROPOSING && party.equals(state.pen());
    }

    /** Whether {@code party} (null: none) still has to vote on the draft on the table. */
    boolean awaitsVoteOf(String party) {
        return state != null && party != null && Phase.fromWire(state.phase()) == Phase.VOTING && state.votes() != null
                && VoteStatus.fromWire(state.votes().get(party)) == VoteStatus.PENDING;
    }

    /** The drafts tabled so far, oldest first, with the one on the table last (a copy). */
    List<ServerParts.DraftView> drafts() {
        SeatView v = view();
        return v == null ? new ArrayList<>() : new ArrayList<>(v.drafts());
    }

    /** The round in which a re-tabled draft was first tabled by its author (0 if unknown). */
    int originRound(ServerParts.DraftView d) {
        if (d == null || !d.automatic()) {
            return d == null ? 0 : d.round();
        }
        int origin = 0;
        SeatView v = view();
        if (v != null) {
            for (SeatView.Round r : v.history()) {
                if (r.round() < d.round() && r.draft() != null && !r.draft().automatic()) {
                    origin = r.round();
                }
            }
        }
        return origin;
    }

    /** The version to continue from, or null to ask for a full state. */
    Integer since() {
        return since;
    }

    /** Whether a re-spectate should be asked now for what a gap missed (once per gap). */
    boolean askCatchUp() {
        if (fold == null || !fold.hasGap() || askedCatchUp) {
            return false;
        }
        askedCatchUp = true;
        return true;
    }

    /** Whether the fold took the message; a gap is logged, and a resume continues from before it. */
    private boolean step(ViewFold.Step step, ServerMessage m) {
        if (step == ViewFold.Step.GAP) {
            LOG.warn("the room's events skipped past version {} at a {}: waiting for what was missed", fold.version(),
                    m.getClass().getSimpleName());
        }
        since = fold.view() == null || fold.view().version() == null ? null : fold.version();
        askedCatchUp &= fold.hasGap();
        return step == ViewFold.Step.APPLIED;
    }

    private static List<String> partiesOf(State s) {
        List<String> out = new ArrayList<>();
        if (s.seats() != null) {
            s.seats().forEach(seat -> out.add(seat.party()));
        }
        return out;
    }

    private static State withHistory(State s, State before) {
        List<ServerParts.RoundView> h = before == null || before.history() == null ? List.of() : before.history();
        return new State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(), s.draft(), s.votes(), s.seats(),
                s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.standIns(), s.paused(), s.injects(),
                s.announcements(), s.notes(), h, s.you());
    }
}
