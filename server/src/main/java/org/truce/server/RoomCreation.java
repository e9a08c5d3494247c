package org.truce.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.Rules;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;

/**
 * {@code create_room}: checks the request and the server's room limits (rooms in progress,
 * lobbies per address), draws a join code and a facilitator key, and opens the room; a teacher's
 * {@code create_rooms} opens several alike. Remembers
 * which address created each room while it is in memory.
 */
final class RoomCreation {
    private final Rooms rooms;
    private final ConnectionLimits limits;
    /** The address (see {@link AddressLimiter#key}) each room was created from, while it is in memory. */
    private final Map<String, String> creators = new ConcurrentHashMap<>();

    RoomCreation(Rooms rooms, ConnectionLimits limits) {
        this.rooms = rooms;
        this.limits = limits;
    }

    /** The room left memory. */
    void forget(String code) {
        creators.remove(code);
    }

    /** One reply (room_created or an error); {@code done} runs once, after the room's set-up is written. */
    void create(Session s, ClientMessage.CreateRoom c, String re, Runnable done, Router router) {
        try {
            Plan p = plan(s, c.scenario(), c.bots(), c.difficulty(), c.rounds(), re);
            if (p == null) {
                return;
            }
            boolean startsAtOnce = p.bots.size() == p.sc.info().partyIds().size(); // never waits in the lobby
            if (!roomToSpare(s, startsAtOnce, re)) {
                return;
            }
            String key = Secrets.token();
            Room room = newRoom(s, p, c.turnSeconds(), c.voteSeconds(), c.seed(), c.botDelayMs(), key);
            // the set-up is written on the room's executor, off the event loop (an old game's
            // file with the same code is checked for there)
            router.opening(s, re, room, done, () -> room.open(s, re, key));
            done = null;
        } finally {
            if (done != null) {
                done.run();
            }
        }
    }

    /**
     * {@code create_rooms} (a teacher's connection; the caller checked): {@code count} rooms alike,
     * all or none within the server's room limit (the per-address lobby limit does not apply). One
     * reply, {@code rooms_created} once every room's set-up is on disk; {@code done} runs once, after it.
     */
    void createMany(Session s, ClientMessage.CreateRooms c, String re, Runnable done) {
        try {
            Plan p = plan(s, c.scenario(), c.bots(), c.difficulty(), c.rounds(), re);
            if (p == null) {
                return;
            }
            long open = inProgress();
            if (open + c.count() > rooms.config().maxRooms()) {
                s.error(ErrorCode.TOO_MANY_ROOMS, "this server hosts " + open + " rooms in progress and at most "
                        + rooms.config().maxRooms() + ": " + c.count() + " more would pass that, so none were created", re);
                return;
            }
            List<Room> made = new java.util.ArrayList<>();
            for (int i = 0; i < c.count(); i++) {
                // nobody holds this room's own key: the teacher's key rules every room
                made.add(newRoom(s, p, c.turnSeconds(), c.voteSeconds(), null, c.botDelayMs(), Secrets.token()));
            }
            openAll(made, s, re, done);
            done = null;
        } finally {
            if (done != null) {
                done.run();
            }
        }
    }

    /** A create request's checked scenario, bots, difficulty and rounds. */
    private record Plan(Scenario sc, Map<String, String> bots, Difficulty difficulty, int rounds) {
    }

    /** The request's scenario, bots and difficulty checked; null after telling the connection what is wrong. */
    private Plan plan(Session s, String scenario, Map<String, String> asked, String difficulty, Integer rounds, String re) {
        Scenario sc = rooms.catalog().get(scenario);
        if (sc == null) {
            s.error(ErrorCode.UNKNOWN_SCENARIO, "no scenario '" + org.truce.shared.scenario.PlainText.echo(scenario) + "' (send scenarios to list them)", re);
            return null;
        }
        Map<String, String> bots = bots(s, sc, asked, re);
        if (bots == null) {
            return null;
        }
        Difficulty d = Difficulty.NORMAL;
        if (difficulty != null) {
            d = Difficulty.parse(difficulty);
            if (d == null) {
                s.error(ErrorCode.BAD_FIELD, "'difficulty' must be easy, normal or hard", re);
                return null;
            }
        }
        return new Plan(sc, bots, d, rounds == null ? Math.min(sc.info().rounds(), Rules.MAX_ROUNDS) : rounds);
    }

    /**
     * A new room in the hall under a fresh join code, not yet open (it takes no request until its
     * set-up is on disk, see {@link Room#opened}). A teacher's rooms do not count against its
     * address's lobby limit.
     */
    private Room newRoom(Session s, Plan p, Integer turnSeconds, Integer voteSeconds, Long seed, Integer botDelayMs,
                         String key) {
        ServerConfig config = rooms.config();
        while (true) {
            String code;
            do {
                code = Secrets.joinCode();
            } while (rooms.room(code) != null);
            JournalFile.Setup setup = new JournalFile.Setup(code, p.sc.id(), p.rounds,
                    turnSeconds == null ? config.turnSeconds() : turnSeconds,
                    voteSeconds == null ? config.voteSeconds() : voteSeconds,
                    p.difficulty.id(), seed == null ? Secrets.seed() : seed,
                    botDelayMs == null ? config.botDelayMs() : botDelayMs,
                    p.bots, Secrets.hash(key), System.currentTimeMillis(), s.teacher ? Boolean.TRUE : null);
            Room room = new Room(rooms, p.sc, setup, List.of());
            if (rooms.add(room)) {
                if (!s.teacher) {
                    creators.put(code, s.address());
                }
                return room;
            }
            // the code was taken meanwhile: draw another
        }
    }

    /** Rooms whose game has not ended. */
    private long inProgress() {
        return rooms.all().stream().filter(r -> r.phase() != Phase.ENDED).count();
    }

    /**
     * Opens each room on its own executor; the room that finishes last (its set-up on disk) sends
     * the one reply and runs {@code done}. Rooms that could not be recorded are named in an error.
     */
    private static void openAll(List<Room> made, Session s, String re, Runnable done) {
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(made.size());
        Map<String, String> refused = new ConcurrentHashMap<>();
        for (Room room : made) {
            room.executor.execute(() -> {
                String why = "the server failed to open it"; // unless open() returns
                try {
                    why = room.open();
                } finally {
                    if (why != null) {
                        refused.put(room.code, why);
                    }
                    // counted on every path, or the teacher's request would never be answered
                    room.executor.outbox().then(() -> {
                        if (left.decrementAndGet() > 0) {
                            return;
                        }
                        try {
                            List<String> codes = made.stream().map(r -> r.code).filter(c -> !refused.containsKey(c)).toList();
                            if (refused.isEmpty()) {
                                s.send(new ServerMessage.RoomsCreated(codes), re);
                            } else {
                                s.error(ErrorCode.SERVER_ERROR, refused.size() + " of " + made.size() + " rooms could not be "
                                        + "recorded (" + refused.values().iterator().next() + "); opened: "
                                        + (codes.isEmpty() ? "none" : String.join(", ", codes)), re);
                            }
                        } finally {
                            done.run();
                        }
                    });
                }
            });
        }
    }

    /** The bots asked for, by party; null after telling the connection what is wrong. */
    private static Map<String, String> bots(Session s, Scenario sc, Map<String, String> asked, String re) {
        Map<String, String> bots = new LinkedHashMap<>();
        for (String party : sc.info().partyIds()) {
            String strategy = asked.get(party);
            if (strategy != null) {
                if (!Bot.isKnown(strategy)) {
                    s.error(ErrorCode.UNKNOWN_STRATEGY, "no bot strategy '" + org.truce.shared.scenario.PlainText.echo(strategy) + "' (known: "
                            + String.join(", ", Bot.STRATEGIES) + ")", re);
                    return null;
                }
                bots.put(party, strategy);
            }
        }
        for (String party : asked.keySet()) {
            if (sc.info().partyIndex(party) < 0) {
                s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + org.truce.shared.scenario.PlainText.echo(party) + "' in " + sc.id(), re);
                return null;
            }
        }
        return bots;
    }

    private static boolean inLobby(Room r) {
        return r != null && r.phase() == Phase.LOBBY;
    }

    /** True if the server and this address may have one more room (a teacher's is exempt from the latter); else says why not. */
    private boolean roomToSpare(Session s, boolean startsAtOnce, String re) {
        ServerConfig config = rooms.config();
        long open = inProgress();
        if (open >= config.maxRooms()) {
            s.error(ErrorCode.TOO_MANY_ROOMS, "this server already hosts " + open + " rooms in progress", re);
            return false;
        }
        String from = s.address();
        long lobbies = creators.entrySet().stream()
                .filter(e -> e.getValue().equals(from) && inLobby(rooms.room(e.getKey())))
                .count();
        int max = config.limits().lobbiesPerAddress();
        if (!startsAtOnce && !s.teacher && !limits.trusted(s) && lobbies >= max) {
            s.error(ErrorCode.RATE_LIMITED, "your address already has " + lobbies + " rooms waiting in the lobby "
                    + "(at most " + max + "); fill or close one first", re);
            return false;
        }
        return true;
    }
}
