package org.truce.shared.protocol;

import java.util.Map;

/**
 * Messages a client sends, one JSON object per line with a "type" (see docs/PROTOCOL.md). Each
 * record validates its required fields; {@link ProtocolCodec} reports a failure as an error code.
 */
public sealed interface ClientMessage {

    /**
     * First message: who is connecting; {@code resume} is a seat token to return to a seat;
     * {@code takeover} true takes the seat even from a live connection (ask the player first).
     * {@code events} true asks for the versioned event stream on this connection: each public event
     * as an {@code event} message, and {@code state} without {@code history} after a change (the
     * history comes once, on join, resume or spectate). {@code since}: with {@code resume} and
     * {@code events}, the room version the client has folded up to; the server then sends just the
     * events after it, or a full state when it cannot (see docs/PROTOCOL.md). Both absent: protocol 1
     * as before, a full state after every change. {@code teacherKey}: the server's teacher key (printed
     * by {@code truce serve}); it makes this connection the facilitator of every room (it gets
     * {@code class_state}); a wrong one is {@code bad_key} and counts against the address's guesses.
     * {@code features}: what the client understands beyond protocol 1 as first published (see
     * {@link #CLASSROOM}); a client that does not name a feature is not sent what it adds.
     */
    record Hello(String name, Integer protocol, String resume, Boolean takeover, Boolean events, Integer since,
                 String teacherKey, java.util.List<String> features) implements ClientMessage {
        /** The name of a hello that gave none: it clashes with no one and never renames a seat. */
        public static final String ANONYMOUS = "anonymous";
        /**
         * The feature a client names in {@code features} when it understands the classroom additions:
         * the facilitator's event kinds ({@link PublicEvent.Classroom}) and the {@code brief} message.
         */
        public static final String CLASSROOM = "classroom";
        /**
         * The feature a client names when it understands teams per seat: the {@code suggested} message and
         * {@code said} lines on a team's channel ({@code to: "team"}), which go only to such connections.
         */
        public static final String TEAMS = "teams";
        /** What this version of the client understands: every hello it sends names these. */
        public static final java.util.List<String> FEATURES = java.util.List.of(CLASSROOM, TEAMS);

        /**
         * Refuses a missing {@code protocol} or a negative {@code since} ({@link ProtocolException}); a missing or
         * ASCII-blank name becomes {@link #ANONYMOUS}, other names are checked (at most 32 characters).
         */
        public Hello {
            Fields.require(protocol, "protocol");
            Fields.range(since, "since", 0, Integer.MAX_VALUE);
            // no name, or only ordinary (ASCII) white space: anonymous; other blank-looking names are refused, all alike
            name = name == null || name.isBlank() && name.chars().allMatch(c -> c < 128) ? ANONYMOUS : Fields.name(name, 32);
            features = features == null ? java.util.List.of() : java.util.List.copyOf(features);
        }

        /** A hello without features (a client from before them). */
        public Hello(String name, Integer protocol, String resume, Boolean takeover, Boolean events, Integer since,
                     String teacherKey) {
            this(name, protocol, resume, takeover, events, since, teacherKey, null);
        }

        /** Whether the client named {@code feature} among its {@code features}. */
        public boolean has(String feature) {
            return features.contains(feature);
        }

        /** This hello naming what this version of the client understands ({@link #FEATURES}). */
        public Hello withFeatures() {
            return new Hello(name, protocol, resume, takeover, events, since, teacherKey, FEATURES);
        }

        /** A hello without the teacher key. */
        public Hello(String name, Integer protocol, String resume, Boolean takeover, Boolean events, Integer since) {
            this(name, protocol, resume, takeover, events, since, null);
        }

        /** A hello without the event stream. */
        public Hello(String name, Integer protocol, String resume, Boolean takeover) {
            this(name, protocol, resume, takeover, null, null);
        }

        /** A hello that does not take a seat from a live connection. */
        public Hello(String name, Integer protocol, String resume) {
            this(name, protocol, resume, null);
        }

        /** True when the seat may be taken from a connection that is still open. */
        public boolean takesOver() {
            return Boolean.TRUE.equals(takeover);
        }

        /** True when the client asked for the versioned event stream. */
        public boolean wantsEvents() {
            return Boolean.TRUE.equals(events);
        }
    }

    /** Ask for the scenarios this server offers. */
    record ListScenarios() implements ClientMessage {
    }

    /** Ask for the rooms on this server. */
    record ListRooms() implements ClientMessage {
    }

    /**
     * Open a room. {@code bots}: party → strategy id for the seats bots take. Optional rounds,
     * timers (seconds; 0 means no clock), bot difficulty, seed and bot delay (milliseconds).
     */
    record CreateRoom(String scenario, Map<String, String> bots, Integer rounds, Integer turnSeconds,
                      Integer voteSeconds, String difficulty, Long seed, Integer botDelayMs) implements ClientMessage {
        /**
         * Refuses a missing scenario and out-of-range numbers (rounds 1..50, turn and vote seconds 0..3600, bot delay
         * 0..60000 ms) with a {@link ProtocolException}; null bots means none.
         */
        public CreateRoom {
            Fields.require(scenario, "scenario");
            bots = bots == null ? Map.of() : Map.copyOf(bots);
            Fields.range(rounds, "rounds", 1, 50);
            Fields.range(turnSeconds, "turnSeconds", 0, 3600);
            Fields.range(voteSeconds, "voteSeconds", 0, 3600);
            Fields.range(botDelayMs, "botDelayMs", 0, 60_000);
        }
    }

    /**
     * Take a seat in a room. {@code role}: null to take a free seat (its first player leads it),
     * or {@value #MEMBER} to join the team of a seat another player already holds.
     */
    record Join(String room, String party, String role) implements ClientMessage {
        /** The role of a player who joins a held seat's team. */
        public static final String MEMBER = "member";

        /** Refuses a missing room or party, or a role other than {@value #MEMBER} ({@link ProtocolException}). */
        public Join {
            Fields.require(room, "room");
            Fields.require(party, "party");
            if (role != null && !MEMBER.equals(role)) {
                throw new ProtocolException(ErrorCode.BAD_FIELD, "'role' must be \"member\" (or absent to take a free seat)");
            }
        }

        /** Take a free seat. */
        public Join(String room, String party) {
            this(room, party, null);
        }

        /** Whether this joins a held seat's team. */
        public boolean asMember() {
            return MEMBER.equals(role);
        }
    }

    /**
     * A team member's suggestion to their lead: a package ({@code terms}, term id → option id) or
     * a vote on the draft on the table ({@code vote}); exactly one of the two.
     */
    record Suggest(Map<String, String> terms, Boolean vote) implements ClientMessage {
        /** Refuses both or neither of terms and vote ({@link ProtocolException}). */
        public Suggest {
            if ((terms == null) == (vote == null)) {
                throw new ProtocolException(ErrorCode.MISSING_FIELD, "suggest needs 'terms' or 'vote' (one of the two)");
            }
            terms = terms == null ? null : Map.copyOf(terms);
        }
    }

    /** The lead of a team hands the lead to the member called {@code name}. */
    record MakeLead(String name) implements ClientMessage {
        /** Refuses a missing name ({@link ProtocolException}). */
        public MakeLead {
            Fields.require(name, "name");
        }
    }

    /**
     * Watch a room as an observer: public state and chat, like a spectator. {@code party}: also read
     * that party's team channel, which only a facilitator may ask (teacher's connection or the room's
     * {@code facilitatorKey}); else the facilitator attaches the observer ({@code attach_observer}).
     */
    record Observe(String room, String party, String facilitatorKey) implements ClientMessage {
        /** Refuses a missing room ({@link ProtocolException}). */
        public Observe {
            Fields.require(room, "room");
        }
    }

    /** Watch a room: public state only. */
    record Spectate(String room, Integer since) implements ClientMessage {
        /**
         * Refuses a missing room or a negative {@code since} ({@link ProtocolException}); null {@code since} means a
         * full state.
         */
        public Spectate {
            Fields.require(room, "room");
            Fields.range(since, "since", 0, Integer.MAX_VALUE);
        }

        /** Watch from the start: a full state. */
        public Spectate(String room) {
            this(room, null);
        }
    }

    /** Table a complete package (pen holder only). */
    record Propose(Integer round, Map<String, String> terms) implements ClientMessage {
        /** Refuses a missing round or terms ({@link ProtocolException}); terms are term id → option id. */
        public Propose {
            Fields.require(round, "round");
            Fields.require(terms, "terms");
            terms = Map.copyOf(terms);
        }
    }

    /** Vote on the draft on the table. */
    record Vote(Integer round, Boolean accept) implements ClientMessage {
        /** Refuses a missing round or accept flag ({@link ProtocolException}). */
        public Vote {
            Fields.require(round, "round");
            Fields.require(accept, "accept");
        }
    }

    /** Chat to "all", to one party id, or to {@value #TEAM} (the sender's own team and the facilitator only). */
    record Say(String to, String text) implements ClientMessage {
        /** The recipient of a line to the sender's own team. */
        public static final String TEAM = "team";

        /** Refuses missing text ({@link ProtocolException}); a null {@code to} means "all". */
        public Say {
            to = to == null ? "all" : to;
            Fields.require(text, "text");
        }
    }

    /** Leave the room (the seat stays yours for the grace period). */
    record Leave() implements ClientMessage {
    }

    /**
     * A facilitator's request for one room ({@code room}: its code) or, where the type allows it,
     * every room on the server ({@code room}: {@value #ALL}, teacher key only). Allowed to a
     * connection greeted with the server's teacher key, or with the room's own
     * {@code facilitatorKey} (from {@code room_created}) in the request; else {@code not_facilitator}
     * (or {@code bad_key} for a wrong room key). Answered with {@code facilitated}, its effect in the
     * room's {@code state} and in {@code class_state}, or an {@code error}.
     */
    sealed interface Facilitation extends ClientMessage {
        /** The {@code room} of a request for every room. */
        String ALL = "all";

        /** The room's join code, or {@value #ALL}. */
        String room();

        /** The room's facilitator key, or null on a teacher's connection. */
        String facilitatorKey();

        /** Whether this type may name {@value #ALL} rooms. */
        default boolean allowsAll() {
            return true;
        }

        /** Whether it names every room. */
        default boolean forAll() {
            return ALL.equalsIgnoreCase(room().strip());
        }
    }

    /** Ends the room for everyone (the game is recorded as closed). */
    record CloseRoom(String room, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room ({@link ProtocolException}). */
        public CloseRoom {
            Fields.require(room, "room");
        }
    }

    /**
     * Frees {@code party}'s seat for a new player: a human seat whose player is gone (their token
     * stops working) or a bot's seat.
     */
    record FreeSeat(String room, String party, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room or party ({@link ProtocolException}). */
        public FreeSeat {
            Fields.require(room, "room");
            Fields.require(party, "party");
        }

        @Override
        public boolean allowsAll() {
            return false;
        }
    }

    /** Hands {@code party}'s seat to a bot playing {@code strategy} (an absent player's token stops working). */
    record SeatBot(String room, String party, String strategy, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room, party or strategy ({@link ProtocolException}). */
        public SeatBot {
            Fields.require(room, "room");
            Fields.require(party, "party");
            Fields.require(strategy, "strategy");
        }

        @Override
        public boolean allowsAll() {
            return false;
        }
    }

    /** Names {@code name}, a player of {@code party}'s team, its lead. */
    record NameLead(String room, String party, String name, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room, party or name ({@link ProtocolException}). */
        public NameLead {
            Fields.require(room, "room");
            Fields.require(party, "party");
            Fields.require(name, "name");
        }

        @Override
        public boolean allowsAll() {
            return false;
        }
    }

    /**
     * Removes the member called {@code name} from a team: from the seat's lead with no room (their
     * own team), or from the facilitator with {@code room} and {@code party}.
     */
    record RemoveMember(String room, String party, String name, String facilitatorKey) implements Facilitation {
        /** Refuses a missing name, or a room without a party ({@link ProtocolException}). */
        public RemoveMember {
            Fields.require(name, "name");
            if (room != null) {
                Fields.require(party, "party");
            }
        }

        @Override
        public boolean allowsAll() {
            return false;
        }
    }

    /**
     * Attaches the observer called {@code name} (watching the room) to {@code party}'s team, so they
     * also read its team channel; a null party detaches them.
     */
    record AttachObserver(String room, String name, String party, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room or name ({@link ProtocolException}). */
        public AttachObserver {
            Fields.require(room, "room");
            Fields.require(name, "name");
        }

        @Override
        public boolean allowsAll() {
            return false;
        }
    }

    /** Pauses the game: clocks stop, moves are refused with {@code paused}. */
    record Pause(String room, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room ({@link ProtocolException}). */
        public Pause {
            Fields.require(room, "room");
        }
    }

    /** Resumes a paused game: clocks go on with what they had left. */
    record Resume(String room, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room ({@link ProtocolException}). */
        public Resume {
            Fields.require(room, "room");
        }
    }

    /** Gives the current clock {@code seconds} (1..3600) more; other numbers are the rules' {@code bad_seconds}. */
    record Extend(String room, Integer seconds, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room or seconds ({@link ProtocolException}). */
        public Extend {
            Fields.require(room, "room");
            Fields.require(seconds, "seconds");
        }
    }

    /** Adds {@code rounds} rounds to the game (50 at most in all; more is the rules' {@code too_many_rounds}). */
    record AddRounds(String room, Integer rounds, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room or rounds ({@link ProtocolException}). */
        public AddRounds {
            Fields.require(room, "room");
            Fields.require(rounds, "rounds");
        }
    }

    /** Says {@code text} (one line, 1..500 characters) to every seat and spectator, marked as the facilitator's. */
    record Announce(String room, String text, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room or text ({@link ProtocolException}); the text is checked like chat. */
        public Announce {
            Fields.require(room, "room");
            Fields.require(text, "text");
        }
    }

    /** Fires the scenario's inject {@code inject} (its id) into the game; each fires at most once a game. */
    record Inject(String room, String inject, String facilitatorKey) implements Facilitation {
        /** Refuses a missing room or inject ({@link ProtocolException}). */
        public Inject {
            Fields.require(room, "room");
            Fields.require(inject, "inject");
        }
    }

    /**
     * A teacher opens {@code count} (1..30) rooms of one scenario at once, each with the same bots
     * (party → strategy), rounds, clocks (seconds; 0 means none), difficulty and bot delay (ms); the
     * reply is {@code rooms_created {codes}}. Teacher key only.
     */
    record CreateRooms(String scenario, Integer count, Map<String, String> bots, Integer rounds, Integer turnSeconds,
                       Integer voteSeconds, String difficulty, Integer botDelayMs) implements ClientMessage {
        /** Refuses a missing scenario or count and out-of-range numbers, as {@link CreateRoom} does. */
        public CreateRooms {
            Fields.require(scenario, "scenario");
            Fields.require(count, "count");
            Fields.range(count, "count", 1, 30);
            bots = bots == null ? Map.of() : Map.copyOf(bots);
            Fields.range(rounds, "rounds", 1, 50);
            Fields.range(turnSeconds, "turnSeconds", 0, 3600);
            Fields.range(voteSeconds, "voteSeconds", 0, 3600);
            Fields.range(botDelayMs, "botDelayMs", 0, 60_000);
        }
    }

    /** Keep-alive; answered by pong. */
    record Ping() implements ClientMessage {
    }

    /**
     * The teacher's console asks the server to write the debrief reports of every finished room into
     * {@code DATA/reports} (as {@code truce report} does); answered by {@code reports_written}.
     */
    record WriteReports() implements ClientMessage {
    }
}
