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
     * as before, a full state after every change.
     */
    record Hello(String name, Integer protocol, String resume, Boolean takeover, Boolean events, Integer since)
            implements ClientMessage {
        /** The name of a hello that gave none: it clashes with no one and never renames a seat. */
        public static final String ANONYMOUS = "anonymous";

        /**
         * Refuses a missing {@code protocol} or a negative {@code since} ({@link ProtocolException}); a missing or
         * ASCII-blank name becomes {@link #ANONYMOUS}, other names are checked (at most 32 characters).
         */
        public Hello {
            Fields.require(protocol, "protocol");
            Fields.range(since, "since", 0, Integer.MAX_VALUE);
            // no name, or only ordinary (ASCII) white space: anonymous; other blank-looking names are refused, all alike
            name = name == null || name.isBlank() && name.chars().allMatch(c -> c < 128) ? ANONYMOUS : Fields.name(name, 32);
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

    /** Take a seat in a room. */
    record Join(String room, String party) implements ClientMessage {
        /** Refuses a missing room or party ({@link ProtocolException}). */
        public Join {
            Fields.require(room, "room");
            Fields.require(party, "party");
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

    /** Chat to "all" or to one party id. */
    record Say(String to, String text) implements ClientMessage {
        /** Refuses missing text ({@link ProtocolException}); a null {@code to} means "all". */
        public Say {
            to = to == null ? "all" : to;
            Fields.require(text, "text");
        }
    }

    /** Leave the room (the seat stays yours for the grace period). */
    record Leave() implements ClientMessage {
    }

    /** The room's creator ends the room for everyone (the game is recorded as closed). */
    record CloseRoom(String room, String facilitatorKey) implements ClientMessage {
        /** Refuses a missing room or facilitator key ({@link ProtocolException}). */
        public CloseRoom {
            Fields.require(room, "room");
            Fields.require(facilitatorKey, "facilitatorKey");
        }
    }

    /** The room's creator frees a human seat whose player is gone; its token stops working. */
    record FreeSeat(String room, String party, String facilitatorKey) implements ClientMessage {
        /** Refuses a missing room, party or facilitator key ({@link ProtocolException}). */
        public FreeSeat {
            Fields.require(room, "room");
            Fields.require(party, "party");
            Fields.require(facilitatorKey, "facilitatorKey");
        }
    }

    /** Keep-alive; answered by pong. */
    record Ping() implements ClientMessage {
    }
}
