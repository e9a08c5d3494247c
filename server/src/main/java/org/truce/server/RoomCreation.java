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
            Scenario sc = rooms.catalog().get(c.scenario());
            if (sc == null) {
                s.error(ErrorCode.UNKNOWN_SCENARIO, "no scenario '" + c.scenario() + "' (send scenarios to list them)", re);
                return;
            }
            Map<String, String> bots = bots(s, sc, c.bots(), re);
            if (bots == null) {
                return;
            }
            Difficulty d = Difficulty.NORMAL;
            if (c.difficulty() != null) {
                d = Difficulty.parse(c.difficulty());
                if (d == null) {
                    s.error(ErrorCode.BAD_FIELD, "'difficulty' must be easy, normal or hard", re);
                    return;
                }
            }
            boolean startsAtOnce = bots.size() == sc.info().partyIds().size(); // never waits in the lobby
            if (!roomToSpare(s, startsAtOnce, re)) {
                return;
            }
            ServerConfig config = rooms.config();
            int rounds = c.rounds() == null ? Math.min(sc.info().rounds(), Rules.MAX_ROUNDS) : c.rounds();
            String code;
            do {
                code = Secrets.joinCode();
            } while (rooms.room(code) != null);
            String key = Secrets.token();
            JournalFile.Setup setup = new JournalFile.Setup(code, sc.id(), rounds,
                    c.turnSeconds() == null ? config.turnSeconds() : c.turnSeconds(),
                    c.voteSeconds() == null ? config.voteSeconds() : c.voteSeconds(),
                    d.id(), c.seed() == null ? Secrets.seed() : c.seed(),
                    c.botDelayMs() == null ? config.botDelayMs() : c.botDelayMs(),
                    bots, Secrets.hash(key), System.currentTimeMillis());
            Room room = new Room(rooms, sc, setup, List.of());
            if (!rooms.add(room)) {
                s.error(ErrorCode.SERVER_ERROR, "join code clash; try again", re);
                return;
            }
            creators.put(code, s.address());
            // the set-up is written on the room's executor, off the event loop (an old game's
            // file with the same code is checked for there)
            router.onRoom(s, re, room, done, () -> room.open(s, re, key));
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
        List<Room> made = new java.util.ArrayList<>();
        try {
            Scenario sc = rooms.catalog().get(c.scenario());
            if (sc == null) {
                s.error(ErrorCode.UNKNOWN_SCENARIO, "no scenario '" + c.scenario() + "' (send scenarios to list them)", re);
                return;
            }
            Map<String, String> bots = bots(s, sc, c.bots(), re);
            if (bots == null) {
                return;
            }
            Difficulty d = Difficulty.NORMAL;
            if (c.difficulty() != null) {
                d = Difficulty.parse(c.difficulty());
                if (d == null) {
                    s.error(ErrorCode.BAD_FIELD, "'difficulty' must be easy, normal or hard", re);
                    return;
                }
            }
            ServerConfig config = rooms.config();
            long open = rooms.all().stream().filter(r -> r.phase() != Phase.ENDED).count();
            if (open + c.count() > config.maxRooms()) {
                s.error(ErrorCode.TOO_MANY_ROOMS, "this server hosts " + open + " rooms in progress and at most "
                        + config.maxRooms() + ": " + c.count() + " more would pass that, so none were created", re);
                return;
            }
            int rounds = c.rounds() == null ? Math.min(sc.info().rounds(), Rules.MAX_ROUNDS) : c.rounds();
            for (int i = 0; i < c.count(); i++) {
                String code;
                do {
                    code = Secrets.joinCode();
                } while (rooms.room(code) != null);
                // nobody holds this room's own key: the teacher's key rules every room
                JournalFile.Setup setup = new JournalFile.Setup(code, sc.id(), rounds,
                        c.turnSeconds() == null ? config.turnSeconds() : c.turnSeconds(),
                        c.voteSeconds() == null ? config.voteSeconds() : c.voteSeconds(),
                        d.id(), Secrets.seed(), c.botDelayMs() == null ? config.botDelayMs() : c.botDelayMs(),
                        bots, Secrets.hash(Secrets.token()), System.currentTimeMillis());
                Room room = new Room(rooms, sc, setup, List.of());
                if (rooms.add(room)) {
                    creators.put(code, s.address());
                    made.add(room);
                } else {
                    i--; // the code was taken meanwhile: draw another
                }
            }
            openAll(made, s, re, done);
            done = null;
        } finally {
            if (done != null) {
                done.run();
            }
        }
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
                String why = room.open();
                if (why != null) {
                    refused.put(room.code, why);
                }
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
                    s.error(ErrorCode.UNKNOWN_STRATEGY, "no bot strategy '" + strategy + "' (known: "
                            + String.join(", ", Bot.STRATEGIES) + ")", re);
                    return null;
                }
                bots.put(party, strategy);
            }
        }
        for (String party : asked.keySet()) {
            if (sc.info().partyIndex(party) < 0) {
                s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + party + "' in " + sc.id(), re);
                return null;
            }
        }
        return bots;
    }

    private static boolean inLobby(Room r) {
        return r != null && r.phase() == Phase.LOBBY;
    }

    /** True if the server and this address may have one more room; else says why not. */
    private boolean roomToSpare(Session s, boolean startsAtOnce, String re) {
        ServerConfig config = rooms.config();
        long open = rooms.all().stream().filter(r -> r.phase() != Phase.ENDED).count();
        if (open >= config.maxRooms()) {
            s.error(ErrorCode.TOO_MANY_ROOMS, "this server already hosts " + open + " rooms in progress", re);
            return false;
        }
        String from = s.address();
        long lobbies = creators.entrySet().stream()
                .filter(e -> e.getValue().equals(from) && inLobby(rooms.room(e.getKey())))
                .count();
        int max = config.limits().lobbiesPerAddress();
        if (!startsAtOnce && !limits.trusted(s) && lobbies >= max) {
            s.error(ErrorCode.RATE_LIMITED, "your address already has " + lobbies + " rooms waiting in the lobby "
                    + "(at most " + max + "); fill or close one first", re);
            return false;
        }
        return true;
    }
}
