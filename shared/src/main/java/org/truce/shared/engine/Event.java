package org.truce.shared.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What happened in a game. The state is derived from events alone, so replaying a game's
 * events gives the same state; the server persists exactly these, one JSON line each.
 */
public sealed interface Event {

    /** The game begins: round 1, the first party in turn order holds the pen. */
    record GameStarted(String scenario, int rounds, List<String> parties, long seed) implements Event {
        /**
         * Copies the party list; refuses a null scenario and fewer than one round ({@link IllegalArgumentException}).
         */
        public GameStarted {
            Objects.requireNonNull(scenario, "scenario");
            parties = List.copyOf(parties);
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1");
            }
        }
    }

    /**
     * A package is on the table; {@code automatic} when the clock re-tabled an earlier draft.
     * {@code standIn}: true when a stand-in bot tabled it for an absent human's seat, else null
     * (so older logs without it read the same); a re-tabled draft keeps its author's mark.
     */
    record Tabled(int round, String by, Map<String, String> terms, boolean automatic, Boolean standIn) implements Event {
        /** Copies the terms; refuses a null author; a false stand-in flag is stored as null. */
        public Tabled {
            Objects.requireNonNull(by, "by");
            terms = Map.copyOf(terms);
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }

        /** A draft its seat's own player (or bot) tabled, or the clock re-tabled. */
        public Tabled(int round, String by, Map<String, String> terms, boolean automatic) {
            this(round, by, terms, automatic, null);
        }

        /** Whether a stand-in bot tabled it. */
        public boolean byStandIn() {
            return Boolean.TRUE.equals(standIn);
        }
    }

    /**
     * A vote; {@code automatic} when the clock counted a missing vote as a reject. {@code standIn}:
     * true when a stand-in bot cast it for an absent human's seat, else null (older logs read the same).
     */
    record Voted(int round, String party, boolean accept, boolean automatic, Boolean standIn) implements Event {
        /** Refuses a null party; a false stand-in flag is stored as null. */
        public Voted {
            Objects.requireNonNull(party, "party");
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }

        /** A vote its seat's own player (or bot) cast, or the clock. */
        public Voted(int round, String party, boolean accept, boolean automatic) {
            this(round, party, accept, automatic, null);
        }

        /** Whether a stand-in bot cast it. */
        public boolean byStandIn() {
            return Boolean.TRUE.equals(standIn);
        }
    }

    /** The round ends without agreement and the pen passes. */
    record RoundFailed(int round, List<String> rejectedBy, String reason) implements Event {
        /** Copies the rejecters; refuses a null reason. */
        public RoundFailed {
            rejectedBy = List.copyOf(rejectedBy);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Every party accepted the draft: the game ends with this agreement. */
    record Agreed(int round, Map<String, String> terms) implements Event {
        /** Copies the terms (term id → option id). */
        public Agreed {
            terms = Map.copyOf(terms);
        }
    }

    /** The last round failed: every party gets its no-deal value. */
    record NoDealReached(int round) implements Event {
    }

    /**
     * A chat message; {@code to} is "all" or a party id. {@code standIn}: true when a stand-in bot
     * said it for an absent human's seat, else null (so older logs without it read the same).
     * {@code by}: the name of the player who said it for a seat held by a team, else null.
     */
    record Said(int round, String from, String to, String text, Boolean standIn, String by) implements Event {
        /** Refuses a null speaker, addressee or text; a false stand-in flag is stored as null. */
        public Said {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
            standIn = Boolean.TRUE.equals(standIn) ? Boolean.TRUE : null;
        }

        /** A line its seat's own player (or bot) said. */
        public Said(int round, String from, String to, String text) {
            this(round, from, to, text, null);
        }

        /** A line with no team player's name (a seat of one, a bot). */
        public Said(int round, String from, String to, String text, Boolean standIn) {
            this(round, from, to, text, standIn, null);
        }

        /** Whether a stand-in bot said it. */
        public boolean byStandIn() {
            return Boolean.TRUE.equals(standIn);
        }
    }

    // ---- the facilitator's actions (each in the record, and public when it happens) ---------------

    /** The facilitator paused the game in {@code round}: clocks stop, moves are refused until {@link Resumed}. */
    record Paused(int round) implements Event {
    }

    /** The facilitator resumed a paused game. */
    record Resumed(int round) implements Event {
    }

    /** The facilitator gave the current clock ({@code phase}, wire name) {@code seconds} more. */
    record ClockExtended(int round, String phase, int seconds) implements Event {
        /** Refuses a null phase. */
        public ClockExtended {
            Objects.requireNonNull(phase, "phase");
        }
    }

    /** The facilitator added {@code added} rounds: the game now has {@code rounds}. */
    record RoundsAdded(int round, int added, int rounds) implements Event {
    }

    /** The facilitator said {@code text} to the whole room (seats and spectators). */
    record Announced(int round, String text) implements Event {
        /** Refuses a null text. */
        public Announced {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * News fired into the game (by the facilitator, or by itself at its round): the inject's id,
     * headline and wire text, which are public, and the effects it had on each party's position
     * (party id → effect), which only the record and each party's own brief carry. The effects are
     * recorded, not looked up again, so a restart replays them exactly.
     */
    record InjectFired(int round, String id, String title, String text,
                       Map<String, org.truce.shared.scenario.InjectEffect> effects) implements Event {
        /** Refuses a null id, title or text; copies the effects (null: none). */
        public InjectFired {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            effects = effects == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effects));
        }

        /** As a scenario replays it ({@link org.truce.shared.scenario.Scenario#after}). */
        public org.truce.shared.scenario.Scenario.Fired fired() {
            return new org.truce.shared.scenario.Scenario.Fired(title, round, effects);
        }
    }

    /**
     * The facilitator handed {@code party}'s seat to a bot playing {@code strategy}, or (strategy
     * null) freed it for a new player.
     */
    record SeatHanded(int round, String party, String strategy) implements Event {
        /** Refuses a null party. */
        public SeatHanded {
            Objects.requireNonNull(party, "party");
        }
    }
}
