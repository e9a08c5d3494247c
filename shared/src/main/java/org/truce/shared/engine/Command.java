package org.truce.shared.engine;

import java.util.Map;
import java.util.Objects;

/** An intention sent to the rules engine. The engine answers with events or a {@link Rejection}. */
public sealed interface Command {

    /**
     * The pen holder tables a complete package: term id → option id. {@code standIn}: a stand-in
     * bot tables it for an absent human's seat (the draft is marked so, see {@link Event.Tabled}).
     */
    record Propose(String party, int round, Map<String, String> terms, boolean standIn) implements Command {
        /** Refuses a null party; copies the terms (null stays null and the engine rejects it). */
        public Propose {
            Objects.requireNonNull(party, "party");
            terms = terms == null ? null : Map.copyOf(terms);
        }

        /** A draft the seat's own player (or bot) tables. */
        public Propose(String party, int round, Map<String, String> terms) {
            this(party, round, terms, false);
        }
    }

    /**
     * A party votes on the draft on the table. {@code standIn}: a stand-in bot votes for an absent
     * human's seat (the vote is marked so, see {@link Event.Voted}).
     */
    record Vote(String party, int round, boolean accept, boolean standIn) implements Command {
        /** Refuses a null party. */
        public Vote {
            Objects.requireNonNull(party, "party");
        }

        /** A vote the seat's own player (or bot) casts. */
        public Vote(String party, int round, boolean accept) {
            this(party, round, accept, false);
        }
    }

    /**
     * Chat: to "all" or to one party. Changes nothing in the rules. {@code standIn}: a stand-in
     * bot speaks for an absent human's seat (the line is marked so, see {@link Event.Said}).
     * {@code by}: the player of a team seat who says it (null otherwise).
     */
    record Say(String from, String to, String text, boolean standIn, String by) implements Command {
        /** The {@code to} of a line said to every party. */
        public static final String ALL = "all";

        /** Refuses a null speaker; a null {@code to} means {@link #ALL}. */
        public Say {
            Objects.requireNonNull(from, "from");
            to = to == null ? ALL : to;
        }

        /** A line the seat's own player (or bot) says. */
        public Say(String from, String to, String text) {
            this(from, to, text, false);
        }

        /** A line with no team player's name. */
        public Say(String from, String to, String text, boolean standIn) {
            this(from, to, text, standIn, null);
        }
    }

    /** The referee's clock ran out for this round and phase. */
    record Timeout(int round, Phase phase) implements Command {
        /** Refuses a null phase. */
        public Timeout {
            Objects.requireNonNull(phase, "phase");
        }
    }

    /** The facilitator pauses the game: moves and clocks stop. */
    record Pause() implements Command {
    }

    /** The facilitator resumes a paused game. */
    record Resume() implements Command {
    }

    /** The facilitator gives the current clock {@code seconds} (1..3600) more. */
    record ExtendClock(int seconds) implements Command {
    }

    /** The facilitator adds {@code rounds} (at least 1) rounds, up to {@link Rules#MAX_ROUNDS} in all. */
    record AddRounds(int rounds) implements Command {
    }

    /** The facilitator says {@code text} to the whole room (the rules of chat text apply). */
    record Announce(String text) implements Command {
    }

    /** News fires into the game (each inject at most once a game). */
    record FireInject(org.truce.shared.scenario.Inject inject) implements Command {
        /** Refuses a null inject. */
        public FireInject {
            Objects.requireNonNull(inject, "inject");
        }
    }

    /** The facilitator hands {@code party}'s seat to a bot ({@code strategy}) or, with null, frees it. */
    record HandSeat(String party, String strategy) implements Command {
        /** Refuses a null party. */
        public HandSeat {
            Objects.requireNonNull(party, "party");
        }
    }
}
