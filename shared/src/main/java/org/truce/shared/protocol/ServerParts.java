package org.truce.shared.protocol;

import java.util.List;
import java.util.Map;

/** The value types carried inside {@link ServerMessage}s (seats, rooms, drafts, rounds, overviews); none is a message itself. */
public final class ServerParts {

    private ServerParts() {
    }

    /**
     * One listed room: its code, scenario id and title, phase (wire name), current round of {@code rounds} (0 in the
     * lobby), its seats, and once the game is over its {@code outcome}: "deal" (agreed in {@code round}) or
     * "no_deal"; null while it is played (and from servers before this field).
     */
    public record RoomSummary(String code, String scenario, String title, String phase, int round, int rounds,
                       List<Seat> seats, String outcome) {
        /** A room still being played (no outcome yet). */
        public RoomSummary(String code, String scenario, String title, String phase, int round, int rounds,
                           List<Seat> seats) {
            this(code, scenario, title, phase, round, rounds, seats, null);
        }

        /** The outcome's wire word for a deal. */
        public static final String DEAL = "deal";
        /** The outcome's wire word for a game that ended without one. */
        public static final String NO_DEAL = "no_deal";
    }

    /**
     * A seat: who occupies it ("human", "bot" or null when free) and whether they are connected.
     * {@code team}: when several players share the seat, their names, the lead first (absent for a
     * seat of one); {@code lead}: then the lead's name (the seat's {@code name}). {@code away}: the
     * team's players who are not connected (they keep their place and may come back); null when none.
     */
    public record Seat(String party, String occupant, String name, boolean connected, String strategy, List<String> team,
                String lead, List<String> away) {
        /** An empty away list is stored as null, so the field is absent on the wire. */
        public Seat {
            away = away == null || away.isEmpty() ? null : List.copyOf(away);
        }

        /** A seat of one player (or a bot, or free). */
        public Seat(String party, String occupant, String name, boolean connected, String strategy) {
            this(party, occupant, name, connected, strategy, null, null);
        }

        /** A seat with nobody of its team away (or from an older server). */
        public Seat(String party, String occupant, String name, boolean connected, String strategy, List<String> team, String lead) {
            this(party, occupant, name, connected, strategy, team, lead, null);
        }

        /** Whether {@code player} of the team is away (not connected). */
        public boolean isAway(String player) {
            return away != null && away.contains(player);
        }

        /** The names of the seat's team, the lead first: just the seat's name for a seat of one. */
        public List<String> teamNames() {
            return team != null ? team : name == null ? List.of() : List.of(name);
        }

        /** Who holds the seat; null when it is free (or held by an occupant this version does not know). */
        public Occupant occupiedBy() {
            return Occupant.fromWire(occupant);
        }
    }

    /**
     * A package on the table. {@code standIn}: true when a stand-in bot wrote it for {@code by}'s
     * absent player (absent otherwise, and from an older server).
     */
    public record DraftView(int round, String by, Map<String, String> terms, boolean automatic, Boolean standIn) {
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
    public record RoundView(int round, String pen, DraftView draft, Map<String, String> votes, boolean agreed, List<String> byClock,
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
     * One room in {@link ClassState}: code, scenario id and title, phase (wire name), round of
     * {@code rounds}, pen, whether the facilitator paused it, the clock ({@code deadline} epoch ms,
     * {@code remainingMs} when sent; null: no clock or paused, then {@code remainingMs} is what it
     * had left), each seat, the draft on the table (null) and the votes so far (party → "pending",
     * "accepted" or "rejected"), the scenario's injects and which have fired, and once the game is
     * over whether it ended in a deal and each party's score (party → points gained over its
     * no-deal value; null before the end). {@code closed}: the room was closed by the facilitator
     * or the server. {@code broken}: true while the room cannot record (its journal failed: moves
     * are refused and its clocks stand still with no time shown until the disk takes writes again);
     * null otherwise, so the field is absent on the wire.
     */
    public record RoomOverview(String code, String scenario, String title, String phase, int round, int rounds, String pen,
                        boolean paused, Long deadline, Long remainingMs, List<SeatStatus> seats, DraftView draft,
                        Map<String, String> votes, List<InjectStatus> injects, Boolean agreed, Map<String, Double> scores,
                        boolean closed, Boolean broken) {
        /** Copies the lists and maps (null: empty); a false {@code broken} is stored as null. */
        public RoomOverview {
            seats = seats == null ? List.of() : List.copyOf(seats);
            votes = votes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(votes));
            injects = injects == null ? List.of() : List.copyOf(injects);
            broken = Boolean.TRUE.equals(broken) ? Boolean.TRUE : null;
        }

        /** A room that records as usual (not {@link #broken}). */
        public RoomOverview(String code, String scenario, String title, String phase, int round, int rounds, String pen,
                            boolean paused, Long deadline, Long remainingMs, List<SeatStatus> seats, DraftView draft,
                            Map<String, String> votes, List<InjectStatus> injects, Boolean agreed, Map<String, Double> scores,
                            boolean closed) {
            this(code, scenario, title, phase, round, rounds, pen, paused, deadline, remainingMs, seats, draft, votes, injects,
                    agreed, scores, closed, null);
        }

        /** Whether the room cannot record now (its journal failed). */
        public boolean isBroken() {
            return Boolean.TRUE.equals(broken);
        }
    }

    /**
     * A seat in {@link RoomOverview}: its party, who holds it ({@code name}, null when free), its
     * {@code presence} (a {@link Presence} wire name: "connected", "away", "stand_in", "bot" or
     * "free") and, for a bot or a stand-in, its strategy; {@code team}: when several players share the
     * seat, their names, the lead first (absent for a seat of one).
     */
    public record SeatStatus(String party, String name, String presence, String strategy, List<String> team) {
        /** A seat of one player (or a bot, or free). */
        public SeatStatus(String party, String name, String presence, String strategy) {
            this(party, name, presence, strategy, null);
        }

        /** The names of the seat's team, the lead first: just the seat's name for a seat of one. */
        public List<String> teamNames() {
            return team != null ? team : name == null ? List.of() : List.of(name);
        }

        /** The presence this version knows, or null for a newer server's. */
        public Presence presenceKind() {
            return Presence.fromWire(presence);
        }
    }

    /** Where a seat's holder is, as {@link SeatStatus#presence()} names it. */
    public enum Presence {
        /** A player, connected. */
        CONNECTED,
        /** A player who dropped, within the grace period. */
        AWAY,
        /** A player away long enough that a bot persona plays for them. */
        STAND_IN,
        /** A bot holds the seat. */
        BOT,
        /** Nobody holds it. */
        FREE;

        /** The wire name, e.g. "stand_in". */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The presence a wire name names, or null. */
        public static Presence fromWire(String s) {
            for (Presence p : values()) {
                if (p.wire().equals(s)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** One of a room's scenario injects for the facilitator: id, headline, the round it fires by itself (or null), and the round it fired (null: not yet). */
    public record InjectStatus(String id, String title, Integer atRound, Integer firedRound) {
    }

    /** A message of the facilitator's to the whole room: the round, the text, and the room's version once it was said. */
    public record Announcement(int round, String text, int version) {
        /** The most a state lists (the newest). */
        public static final int KEPT = 50;

        /** Refuses a null text. */
        public Announcement {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** One of the facilitator's actions in words ("Paused by the facilitator"): the round, the text, the room's version then. */
    public record Note(int round, String text, int version) {
        /** Refuses a null text. */
        public Note {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** A fired inject as every seat and spectator sees it: round, id, headline and wire text. */
    public record InjectNews(int round, String id, String title, String text) {
    }
}
