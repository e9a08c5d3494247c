package org.truce.shared.protocol;

import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.ScenarioInfo;

/** Messages the server sends, one JSON object per line with a "type"; a reply carries "re". */
public sealed interface ServerMessage {

    /**
     * The reply to {@code hello}: the protocol version spoken, the server's name ("truce") and the name this connection
     * goes by.
     */
    record Welcome(int protocol, String server, String name) implements ServerMessage {
    }

    /** The scenarios on offer, with party, term and option ids and names to build screens from. */
    record Scenarios(List<ScenarioInfo> scenarios) implements ServerMessage {
    }

    /**
     * The reply to {@code rooms}: games in progress, then lobbies, then recently ended ones, at most a server-set
     * number.
     */
    record Rooms(List<RoomSummary> rooms) implements ServerMessage {
    }

    /**
     * One listed room: its code, scenario id and title, phase (wire name), current round of {@code rounds} (0 in the
     * lobby), and its seats.
     */
    record RoomSummary(String code, String scenario, String title, String phase, int round, int rounds,
                       List<Seat> seats) {
    }

    /** A seat: who occupies it ("human", "bot" or null when free) and whether they are connected. */
    record Seat(String party, String occupant, String name, boolean connected, String strategy) {
        /** Who holds the seat; null when it is free (or held by an occupant this version does not know). */
        public Occupant occupiedBy() {
            return Occupant.fromWire(occupant);
        }
    }

    /** A room was opened; the facilitator key lets its creator run it (kept secret). */
    record RoomCreated(String code, String facilitatorKey) implements ServerMessage {
    }

    /** You hold a seat: keep {@code seatToken} secret, it returns you to the seat after a drop. */
    record Joined(String room, String party, String seatToken, Brief brief, ScenarioInfo scenario) implements ServerMessage {
    }

    /** You watch a room (public state only). */
    record Spectating(String room, ScenarioInfo scenario) implements ServerMessage {
    }

    /**
     * A package on the table. {@code standIn}: true when a stand-in bot wrote it for {@code by}'s
     * absent player (absent otherwise, and from an older server).
     */
    record DraftView(int round, String by, Map<String, String> terms, boolean automatic, Boolean standIn) {
        /** A false stand-in flag is stored as null, so the field is absent on the wire. */
        public DraftView {
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }

        /** A draft its party's own player (or bot) wrote. */
        public DraftView(int round, String by, Map<String, String> terms, boolean automatic) {
            this(round, by, terms, automatic, null);
        }

        /** Whether a stand-in bot wrote it. */
        public boolean byStandIn() {
            return Boolean.TRUE.equals(standIn);
        }
    }

    /**
     * A finished round. {@code byClock}: the parties whose "rejected" the clock cast because they
     * did not vote in time; null (absent on the wire) when there were none or from an older server.
     * {@code tabledAt}, {@code votedAt}: the room's version once the round's draft was tabled and
     * once each vote was cast (null from an older server). {@code standIns}: the parties whose vote
     * a stand-in bot cast for their absent player; null (absent) when there were none.
     */
    record RoundView(int round, String pen, DraftView draft, Map<String, String> votes, boolean agreed, List<String> byClock,
                     Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns) {
        /** A round no stand-in voted in. */
        public RoundView(int round, String pen, DraftView draft, Map<String, String> votes, boolean agreed, List<String> byClock,
                         Integer tabledAt, Map<String, Integer> votedAt) {
            this(round, pen, draft, votes, agreed, byClock, tabledAt, votedAt, null);
        }

        /** A round in which every vote was cast by its party. */
        public RoundView(int round, String pen, DraftView draft, Map<String, String> votes, boolean agreed) {
            this(round, pen, draft, votes, agreed, null);
        }

        /** A round without versions (an older server). */
        public RoundView(int round, String pen, DraftView draft, Map<String, String> votes, boolean agreed, List<String> byClock) {
            this(round, pen, draft, votes, agreed, byClock, null, null);
        }
    }

    /**
     * The public state of a room, sent after every change. {@code deadline}: epoch milliseconds
     * (server's clock) when the current clock runs out, or null. {@code remainingMs}: how long the
     * clock had left when the server sent this, or null: a client counts down from when it received
     * it, so its own clock's error does not matter. {@code you}: the receiver's party, or null.
     * {@code version}: the number of public events the room has had (see
     * {@link org.truce.shared.engine.EventVersions}); {@code tabledAt}, {@code votedAt}: the versions
     * of the current round's tabling and votes, as {@link RoundView} has them for closed rounds.
     * All three are null from an older server. {@code standIns}: the parties whose vote on the
     * current draft a stand-in bot cast, as {@link RoundView} has them (null: none). {@code history} stays the last field the server
     * writes before {@code you} (it appends the cached history there).
     */
    record State(String room, String scenario, String phase, int round, int rounds, String pen, DraftView draft,
                 Map<String, String> votes, List<Seat> seats, Long deadline, Long remainingMs, Integer version,
                 Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns, List<RoundView> history, String you)
            implements ServerMessage {
        /** A state in which no stand-in has voted on the current draft. */
        public State(String room, String scenario, String phase, int round, int rounds, String pen, DraftView draft,
                     Map<String, String> votes, List<Seat> seats, Long deadline, Long remainingMs, Integer version,
                     Integer tabledAt, Map<String, Integer> votedAt, List<RoundView> history, String you) {
            this(room, scenario, phase, round, rounds, pen, draft, votes, seats, deadline, remainingMs, version, tabledAt,
                    votedAt, null, history, you);
        }

        /** A state without versions (an older server). */
        public State(String room, String scenario, String phase, int round, int rounds, String pen, DraftView draft,
                     Map<String, String> votes, List<Seat> seats, Long deadline, Long remainingMs, List<RoundView> history,
                     String you) {
            this(room, scenario, phase, round, rounds, pen, draft, votes, seats, deadline, remainingMs, null, null, null,
                    history, you);
        }
    }

    /**
     * Chat: {@code to} is "all" or the receiver's party. {@code standIn}: true when a stand-in bot
     * said it for an absent human's seat (absent otherwise), kept when the line is replayed.
     * {@code version}: the room's version once the line was said (a public line is itself the
     * event of that number; a private one follows the public event of that number); kept when
     * replayed, null from an older server.
     */
    record Said(String from, String to, String text, int round, Boolean standIn, Integer version) implements ServerMessage {
        /** A false stand-in flag is stored as null, so the field is absent on the wire. */
        public Said {
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }

        /** A line without a version (an older server). */
        public Said(String from, String to, String text, int round, Boolean standIn) {
            this(from, to, text, round, standIn, null);
        }

        /** A line its seat's own player (or bot) said. */
        public Said(String from, String to, String text, int round) {
            this(from, to, text, round, null);
        }

        /** Whether a stand-in bot said it. */
        public boolean byStandIn() {
            return Boolean.TRUE.equals(standIn);
        }
    }

    /**
     * One public event of the room's game, sent to seats and spectators that asked for the event
     * stream ({@code hello {events: true}}), as it happens and, after a resume or spectate with
     * {@code since}, for each event missed. {@code version}: the room's version once it happened
     * (event number {@code v}, counting from 1, has version {@code v}; see
     * {@link org.truce.shared.engine.EventVersions}).
     */
    record Event(int version, PublicEvent event) implements ServerMessage {
        /** Refuses a null event ({@link NullPointerException}). */
        public Event {
            java.util.Objects.requireNonNull(event, "event");
        }
    }

    /** Something everyone in the room should know: a clock ran out, a seat changed hands. */
    record Notice(String kind, String text) implements ServerMessage {
        /** A notice of a kind this server sends. */
        public static Notice of(NoticeKind kind, String text) {
            return new Notice(kind.wire(), text);
        }
    }

    /** The end: the agreement (or null), each party's result, every brief revealed, the analysis. */
    record GameOver(Map<String, String> agreement, int round, Map<String, PartyResult> results,
                    Map<String, Brief> briefs, AgreementAnalysis analysis) implements ServerMessage {
    }

    /** {@code code} is an {@link ErrorCode}'s wire name; kept a string so a newer server's codes still decode. */
    record Error(String code, String message) implements ServerMessage {
        /** An error with one of this version's codes: how the server makes every error it sends. */
        public static Error of(ErrorCode code, String message) {
            return new Error(code.wire(), message);
        }
    }

    /** The reply to {@code ping}. */
    record Pong() implements ServerMessage {
    }
}
