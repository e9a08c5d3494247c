package org.truce.shared.protocol;

import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.protocol.ServerParts.Announcement;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerParts.InjectNews;
import org.truce.shared.protocol.ServerParts.Note;
import org.truce.shared.protocol.ServerParts.RoomOverview;
import org.truce.shared.protocol.ServerParts.RoomSummary;
import org.truce.shared.protocol.ServerParts.RoundView;
import org.truce.shared.protocol.ServerParts.Seat;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.ScenarioInfo;

/** Messages the server sends, one JSON object per line with a "type"; a reply carries "re". */
public sealed interface ServerMessage {

    /**
     * The reply to {@code hello}: the protocol version spoken, the server's name ("truce") and the name this connection
     * goes by; {@code facilitator} true when the hello's teacher key was right (absent otherwise).
     */
    record Welcome(int protocol, String server, String name, Boolean facilitator) implements ServerMessage {
        /** A false flag is stored as null, so the field is absent on the wire. */
        public Welcome {
            facilitator = Boolean.TRUE.equals(facilitator) ? Boolean.TRUE : null;
        }

        /** A welcome to a player's connection. */
        public Welcome(int protocol, String server, String name) {
            this(protocol, server, name, null);
        }

        /** Whether the hello's teacher key made this connection the facilitator of every room. */
        public boolean isFacilitator() {
            return Boolean.TRUE.equals(facilitator);
        }
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

    /** A room was opened; the facilitator key lets its creator run it (kept secret). */
    record RoomCreated(String code, String facilitatorKey) implements ServerMessage {
    }

    /**
     * You hold a seat: keep {@code seatToken} secret, it returns you to the seat after a drop.
     * {@code role}: "member" for a player in a seat's team who does not lead it (with {@code lead},
     * the lead's name), "lead" for the lead of a team; absent for a seat of one.
     */
    record Joined(String room, String party, String seatToken, Brief brief, ScenarioInfo scenario, String role, String lead)
            implements ServerMessage {
        /** The role of a team's lead. */
        public static final String LEAD = "lead";
        /** The role of a team member who does not lead. */
        public static final String MEMBER = "member";

        /** A seat of one player. */
        public Joined(String room, String party, String seatToken, Brief brief, ScenarioInfo scenario) {
            this(room, party, seatToken, brief, scenario, null, null);
        }

        /** Whether you joined as a member who does not lead. */
        public boolean asMember() {
            return MEMBER.equals(role);
        }
    }

    /**
     * A team member's suggestion, to the team's lead: {@code by} who, and either a package
     * ({@code terms}) or a vote on the draft on the table ({@code vote}).
     */
    record Suggested(String by, Map<String, String> terms, Boolean vote) implements ServerMessage {
    }

    /** You watch a room (public state only). */
    record Spectating(String room, ScenarioInfo scenario) implements ServerMessage {
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
     * current draft a stand-in bot cast, as {@link RoundView} has them (null: none). {@code paused}: true
     * while the facilitator has paused the game (null otherwise; the clock fields then give what it
     * had left). {@code injects}: the news fired so far, oldest first (null: none). {@code announcements}:
     * the facilitator's messages to the room so far, oldest first, at most the last
     * {@link Announcement#KEPT} (null: none), so a player who arrives later can read them. {@code notes}:
     * the facilitator's other actions so far (pauses, resumes, extensions, added rounds, seats handed
     * or freed), in words, the newest {@link Announcement#KEPT} (null: none). {@code history} stays the last field the server
     * writes before {@code you} (it appends the cached history there).
     */
    record State(String room, String scenario, String phase, int round, int rounds, String pen, DraftView draft,
                 Map<String, String> votes, List<Seat> seats, Long deadline, Long remainingMs, Integer version,
                 Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns, Boolean paused,
                 List<InjectNews> injects, List<Announcement> announcements, List<Note> notes, List<RoundView> history,
                 String you) implements ServerMessage {
        /** A false pause flag and an empty inject list are stored as null (absent on the wire). */
        public State {
            paused = Boolean.TRUE.equals(paused) ? Boolean.TRUE : null;
            injects = injects == null || injects.isEmpty() ? null : List.copyOf(injects);
            announcements = announcements == null || announcements.isEmpty() ? null : List.copyOf(announcements);
            notes = notes == null || notes.isEmpty() ? null : List.copyOf(notes);
        }

        /** A state without the facilitator's other actions ({@code notes}). */
        public State(String room, String scenario, String phase, int round, int rounds, String pen, DraftView draft,
                     Map<String, String> votes, List<Seat> seats, Long deadline, Long remainingMs, Integer version,
                     Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns, Boolean paused,
                     List<InjectNews> injects, List<Announcement> announcements, List<RoundView> history, String you) {
            this(room, scenario, phase, round, rounds, pen, draft, votes, seats, deadline, remainingMs, version, tabledAt,
                    votedAt, standIns, paused, injects, announcements, null, history, you);
        }

        /** A state without the facilitator's announcements. */
        public State(String room, String scenario, String phase, int round, int rounds, String pen, DraftView draft,
                     Map<String, String> votes, List<Seat> seats, Long deadline, Long remainingMs, Integer version,
                     Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns, Boolean paused,
                     List<InjectNews> injects, List<RoundView> history, String you) {
            this(room, scenario, phase, round, rounds, pen, draft, votes, seats, deadline, remainingMs, version, tabledAt,
                    votedAt, standIns, paused, injects, null, history, you);
        }

        /** A state of a game that is not paused and has had no news. */
        public State(String room, String scenario, String phase, int round, int rounds, String pen, DraftView draft,
                     Map<String, String> votes, List<Seat> seats, Long deadline, Long remainingMs, Integer version,
                     Integer tabledAt, Map<String, Integer> votedAt, List<String> standIns, List<RoundView> history, String you) {
            this(room, scenario, phase, round, rounds, pen, draft, votes, seats, deadline, remainingMs, version, tabledAt,
                    votedAt, standIns, null, null, history, you);
        }

        /** Whether the facilitator has paused the game. */
        public boolean isPaused() {
            return Boolean.TRUE.equals(paused);
        }

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
    record Said(String from, String to, String text, int round, Boolean standIn, Integer version, String by)
            implements ServerMessage {
        /** The {@code to} of a line on a team's own channel. */
        public static final String TEAM = "team";

        /** A false stand-in flag is stored as null, so the field is absent on the wire. */
        public Said {
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }

        /** A line to all or to a party (no {@code by}: the party said it). */
        public Said(String from, String to, String text, int round, Boolean standIn, Integer version) {
            this(from, to, text, round, standIn, version, null);
        }

        /** Whether the line is on {@code from}'s team channel. */
        public boolean onTeam() {
            return TEAM.equals(to);
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

    /**
     * The end: the agreement (or null), each party's result, every brief revealed, the analysis, and
     * the scenario's epilogue ("will the truce hold?": the deterrence index of the agreed terms and
     * what it means; null when the scenario has none), and what the analysis says of each tabled draft,
     * oldest first (Pareto frontier, Nash package of its round, the no-deal values then; null from older servers).
     */
    record GameOver(Map<String, String> agreement, int round, Map<String, PartyResult> results,
                    Map<String, Brief> briefs, AgreementAnalysis analysis, org.truce.shared.analysis.Epilogue epilogue,
                    List<org.truce.shared.analysis.DraftMark> drafts)
            implements ServerMessage {
        /** A game over without the drafts' marks (an older server). */
        public GameOver(Map<String, String> agreement, int round, Map<String, PartyResult> results, Map<String, Brief> briefs,
                        AgreementAnalysis analysis, org.truce.shared.analysis.Epilogue epilogue) {
            this(agreement, round, results, briefs, analysis, epilogue, null);
        }

        /** A game over without an epilogue (a scenario without one, or an older server). */
        public GameOver(Map<String, String> agreement, int round, Map<String, PartyResult> results, Map<String, Brief> briefs,
                        AgreementAnalysis analysis) {
            this(agreement, round, results, briefs, analysis, null);
        }
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

    /**
     * The reply to {@code write_reports}: the directory on the server's machine the files went to
     * (absolute), the rooms reported (each {@code CODE.md} and {@code CODE.json}, with {@code class.md}
     * and {@code class.csv} over them), the rooms still in play (not reported), and one line per room
     * whose log could not be reported.
     */
    record ReportsWritten(String dir, List<String> rooms, List<String> inProgress, List<String> problems)
            implements ServerMessage {
        /** Copies the lists (null: empty). */
        public ReportsWritten {
            rooms = rooms == null ? List.of() : List.copyOf(rooms);
            inProgress = inProgress == null ? List.of() : List.copyOf(inProgress);
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }

    /** The reply to {@code create_rooms}: the new rooms' join codes, in order. */
    record RoomsCreated(List<String> codes) implements ServerMessage {
        /** Copies the codes. */
        public RoomsCreated {
            codes = List.copyOf(codes);
        }
    }

    /**
     * The reply to a facilitator's request ({@code pause}, {@code announce}, …; {@code action} is its
     * type): the rooms it took effect in, and for a request to {@code "all"} rooms the ones it did
     * not, room code → why (e.g. "the game is over"); null (absent) when none were skipped.
     */
    record Facilitated(String action, List<String> rooms, Map<String, String> skipped) implements ServerMessage {
        /** Copies the lists; an empty skipped map is stored as null. */
        public Facilitated {
            rooms = List.copyOf(rooms);
            skipped = skipped == null || skipped.isEmpty() ? null : Map.copyOf(skipped);
        }
    }

    /**
     * Every room on the server as a facilitator sees it, pushed to each connection greeted with the
     * teacher key after any change in any room (and once after the welcome). Rooms in progress
     * first, then lobbies, then ended ones, then those closed (kept a while, {@code closed: true}).
     * {@code more}: rooms left out because the list is full (absent when none).
     */
    record ClassState(List<RoomOverview> rooms, Integer more) implements ServerMessage {
        /** Copies the rooms; a {@code more} of 0 is stored as null (absent on the wire). */
        public ClassState {
            rooms = List.copyOf(rooms);
            more = more == null || more == 0 ? null : more;
        }

        /** Every room listed. */
        public ClassState(List<RoomOverview> rooms) {
            this(rooms, null);
        }

        /** Rooms on the server that the list leaves out (it holds at most a server-set number), 0 if none. */
        public int left() {
            return more == null ? 0 : more;
        }

        /** This overview's clock {@code ms} from now, as {@code remainingMs} must read when it is sent. */
        public static RoomOverview at(RoomOverview o, Long remainingMs, boolean closed) {
            return new RoomOverview(o.code(), o.scenario(), o.title(), o.phase(), o.round(), o.rounds(), o.pen(), o.paused(),
                    closed ? null : o.deadline(), closed ? null : remainingMs, o.seats(), o.draft(), o.votes(), o.injects(),
                    o.agreed(), o.scores(), closed, o.broken());
        }
    }

    /**
     * To one seat only: its brief changed because news fired ({@code inject}: the inject's id). The
     * brief is the whole new brief (no-deal value and weights as they are now, {@code news} listing
     * each change in the party's words).
     */
    record BriefUpdate(String room, String party, String inject, Brief brief) implements ServerMessage {
    }
}
