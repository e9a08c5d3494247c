package org.truce.shared.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerParts.RoundView;
import org.truce.shared.protocol.ServerMessage.State;

/**
 * What a seat or spectator knows of a room: a full {@code state} (history included) with the phase
 * and votes as enums. {@link ViewFold} keeps one up to date from the event stream; {@link #of} reads
 * one off a full state and {@link #toState} writes it back, so a fold and a full state compare
 * equal when they tell the same story. {@code version}: null from an older server. {@code paused}:
 * the facilitator paused the game; {@code injects}: the news fired so far, oldest first;
 * {@code announcements}: the facilitator's messages (the newest {@link ServerParts.Announcement#KEPT});
 * {@code notes}: the facilitator's other actions in words, as the server's last state gave them. {@code phase}:
 * null only if the server named a phase this client does not know. Immutable.
 */
public record SeatView(String room, String scenario, Phase phase, int round, int rounds, String pen, DraftView draft,
                       Map<String, VoteStatus> votes, List<ServerParts.Seat> seats, Long deadline, Long remainingMs,
                       Integer version, Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns,
                       boolean paused, List<ServerParts.InjectNews> injects, List<ServerParts.Announcement> announcements,
                       List<ServerParts.Note> notes, List<Round> history, String you) {

    /** Copies the collections; null seats and history become empty, empty stand-ins become null. */
    public SeatView {
        votes = copy(votes);
        seats = seats == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(seats));
        votedAt = votedAt == null ? null : copy(votedAt);
        standIns = standIns == null || standIns.isEmpty() ? null : List.copyOf(standIns);
        injects = injects == null ? List.of() : List.copyOf(injects);
        announcements = announcements == null ? List.of() : List.copyOf(announcements);
        notes = notes == null ? List.of() : List.copyOf(notes);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * A closed round as the history has it: {@code byClock}, {@code standIns} null when none;
     * {@code tabledAt}, {@code votedAt} null from an older server.
     */
    public record Round(int round, String pen, DraftView draft, Map<String, VoteStatus> votes, boolean agreed,
                        List<String> byClock, Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns) {
        /** Copies the collections; empty {@code byClock} and stand-ins become null. */
        public Round {
            votes = copy(votes);
            byClock = byClock == null || byClock.isEmpty() ? null : List.copyOf(byClock);
            votedAt = votedAt == null ? null : copy(votedAt);
            standIns = standIns == null || standIns.isEmpty() ? null : List.copyOf(standIns);
        }

        static Round of(RoundView r) {
            return new Round(r.round(), r.pen(), r.draft(), statuses(r.votes()), r.agreed(), r.byClock(), r.tabledAt(),
                    r.votedAt(), r.standIns());
        }

        RoundView toWire() {
            return new RoundView(round, pen, draft, wire(votes), agreed, byClock, tabledAt, votedAt, standIns);
        }
    }

    /** The view a full state gives (its history read as given; none: an empty history). */
    public static SeatView of(State s) {
        List<Round> history = new ArrayList<>();
        if (s.history() != null) {
            for (RoundView r : s.history()) {
                history.add(Round.of(r));
            }
        }
        return new SeatView(s.room(), s.scenario(), Phase.fromWire(s.phase()), s.round(), s.rounds(), s.pen(), s.draft(),
                statuses(s.votes()), s.seats(), s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(),
                s.standIns(), s.isPaused(), s.injects(), s.announcements(), s.notes(), history, s.you());
    }

    /** This view as the full state a server sends (history included), phase and votes as wire strings. */
    public State toState() {
        List<RoundView> h = new ArrayList<>(history.size());
        for (Round r : history) {
            h.add(r.toWire());
        }
        return new State(room, scenario, phase == null ? null : phase.wire(), round, rounds, pen, draft, wire(votes), seats,
                deadline, remainingMs, version, tabledAt, votedAt, standIns, paused, injects, announcements, notes, h, you);
    }

    /** Whether {@code party} holds the pen and has not tabled yet. */
    public boolean isPenOf(String party) {
        return party != null && phase == Phase.PROPOSING && party.equals(pen);
    }

    /** Whether {@code party} still has to vote on the draft on the table. */
    public boolean awaitsVoteOf(String party) {
        return party != null && phase == Phase.VOTING && votes.get(party) == VoteStatus.PENDING;
    }

    /** The drafts tabled so far, oldest first, with the one on the table last. */
    public List<DraftView> drafts() {
        List<DraftView> out = new ArrayList<>();
        for (Round r : history) {
            if (r.draft() != null) {
                out.add(r.draft());
            }
        }
        if (draft != null && (out.isEmpty() || out.get(out.size() - 1).round() != draft.round())) {
            out.add(draft);
        }
        return Collections.unmodifiableList(out);
    }

    /** The latest draft tabled, or null if none was. */
    public DraftView lastDraft() {
        List<DraftView> d = drafts();
        return d.isEmpty() ? null : d.get(d.size() - 1);
    }

    /** Wire vote strings as statuses; one this client does not know is left out. */
    static Map<String, VoteStatus> statuses(Map<String, String> wire) {
        Map<String, VoteStatus> out = new LinkedHashMap<>();
        if (wire != null) {
            wire.forEach((p, v) -> {
                VoteStatus s = VoteStatus.fromWire(v);
                if (p != null && s != null) {
                    out.put(p, s);
                }
            });
        }
        return out;
    }

    private static Map<String, String> wire(Map<String, VoteStatus> votes) {
        Map<String, String> out = new LinkedHashMap<>();
        votes.forEach((p, v) -> out.put(p, v.wire()));
        return out;
    }

    private static <V> Map<String, V> copy(Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
