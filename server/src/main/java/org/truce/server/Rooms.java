package org.truce.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Rules;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCodes;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;

/**
 * Every room on the server, the seat-token index, and the request router. Event-loop threads
 * only read immutable or concurrent structures here and hand the rest to a room's executor;
 * all disk I/O and game work runs on the bounded room pool.
 */
final class Rooms implements Session.Dispatcher {
    private static final Logger log = LoggerFactory.getLogger(Rooms.class);

    private final ServerConfig config;
    private final ScenarioCatalog catalog;
    private final Path roomsDir;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Room> tokens = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor pool;
    private final ScheduledThreadPoolExecutor scheduler;
    /** Forces room logs to disk, so room threads never wait for it (see {@link Room#logged()}). */
    private final ThreadPoolExecutor fsync;

    Rooms(ServerConfig config, ScenarioCatalog catalog) throws IOException {
        this.config = config;
        this.catalog = catalog;
        this.roomsDir = config.dataDir().resolve("rooms");
        Files.createDirectories(roomsDir);
        // fixed size, so at most roomThreads rooms run at once; the queue holds ≤ one drain per room
        this.pool = new ThreadPoolExecutor(config.roomThreads(), config.roomThreads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads("truce-room"));
        // the clock only enqueues onto room executors, so one thread is plenty
        this.scheduler = new ScheduledThreadPoolExecutor(1, threads("truce-clock"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        // at most one force in flight per room, so the queue is bounded by the number of rooms
        this.fsync = new ThreadPoolExecutor(config.roomThreads(), config.roomThreads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads("truce-fsync"));
    }

    ExecutorService fsync() {
        return fsync;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    ServerConfig config() {
        return config;
    }

    ExecutorService pool() {
        return pool;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Path roomsDir() {
        return roomsDir;
    }

    ScenarioCatalog catalog() {
        return catalog;
    }

    void registerToken(String token, Room room) {
        tokens.put(token, room);
    }

    void forget(Room room) {
        rooms.remove(room.code, room);
    }

    Room room(String code) {
        return rooms.get(code);
    }

    int size() {
        return rooms.size();
    }

    /** Replays every room log in the data dir. A log that cannot be read is skipped, never fatal. */
    void recover() {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(roomsDir, "*.jsonl")) {
            for (Path f : files) {
                try {
                    RoomLog.Contents c = RoomLog.read(f);
                    Scenario sc = catalog.get(c.setup().scenario());
                    if (sc == null) {
                        log.error("{}: scenario {} is not available; room skipped", f, c.setup().scenario());
                        continue;
                    }
                    Room room = new Room(this, sc, c.setup(), c.events());
                    rooms.put(room.code, room);
                    room.recovered(c.seats());
                    n++;
                } catch (IOException | RuntimeException e) {
                    log.error("{}: cannot replay, room skipped: {}", f, e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            log.error("cannot list {}: {}", roomsDir, e.getMessage());
        }
        if (n > 0) {
            log.info("recovered {} room(s) from {}", n, roomsDir);
        }
    }

    // ---- routing ------------------------------------------------------------------------------

    @Override
    public void dispatch(Session s, Object request, Runnable done) {
        if (request instanceof ProtocolDecoder.Malformed m) {
            s.error(m.code(), m.message(), m.re());
            done.run();
            return;
        }
        @SuppressWarnings("unchecked")
        ProtocolCodec.Envelope<ClientMessage> env = (ProtocolCodec.Envelope<ClientMessage>) request;
        String re = env.id();
        ClientMessage msg = env.message();
        if (msg instanceof ClientMessage.Ping) {
            s.send(new ServerMessage.Pong(), re);
            done.run();
            return;
        }
        if (msg instanceof ClientMessage.Hello h) {
            hello(s, h, re, done);
            return;
        }
        if (!s.greeted) {
            s.error(ErrorCodes.NOT_HELLO, "say hello first: {\"type\":\"hello\",\"name\":\"...\",\"protocol\":1}", re);
            done.run();
            return;
        }
        if (msg instanceof ClientMessage.ListScenarios) {
            s.send(new ServerMessage.Scenarios(catalog.infos()), re);
            done.run();
        } else if (msg instanceof ClientMessage.ListRooms) {
            s.send(new ServerMessage.Rooms(summaries()), re);
            done.run();
        } else if (msg instanceof ClientMessage.CreateRoom c) {
            create(s, c, re, done);
        } else if (msg instanceof ClientMessage.Join j) {
            Room r = lookup(s, j.room(), re);
            onRoom(r, done, () -> r.join(s, j, re));
        } else if (msg instanceof ClientMessage.Spectate sp) {
            Room r = lookup(s, sp.room(), re);
            onRoom(r, done, () -> r.spectate(s, re));
        } else {
            Room r = s.room;
            if (r == null) {
                s.error(ErrorCodes.NOT_JOINED, "join a room first", re);
                done.run();
            } else if (msg instanceof ClientMessage.Propose p) {
                onRoom(r, done, () -> r.propose(s, p, re));
            } else if (msg instanceof ClientMessage.Vote v) {
                onRoom(r, done, () -> r.vote(s, v, re));
            } else if (msg instanceof ClientMessage.Say m) {
                onRoom(r, done, () -> r.say(s, m, re));
            } else if (msg instanceof ClientMessage.Leave) {
                onRoom(r, done, () -> r.leave(s, re));
            } else {
                s.error(ErrorCodes.UNKNOWN_TYPE, "unhandled message", re);
                done.run();
            }
        }
    }

    private Room lookup(Session s, String code, String re) {
        Room r = code == null ? null : rooms.get(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (r == null) {
            s.error(ErrorCodes.UNKNOWN_ROOM, "no room '" + code + "' on this server", re);
        }
        return r;
    }

    /** Runs a request on the room's executor; {@code done} follows whatever happens. */
    private void onRoom(Room r, Runnable done, Runnable task) {
        if (r == null) {
            done.run();
            return;
        }
        r.executor.execute(() -> {
            try {
                task.run();
            } finally {
                // the connection's next request waits until this one's replies are out (after the force)
                r.executor.outbox().then(done);
            }
        });
    }

    private void hello(Session s, ClientMessage.Hello h, String re, Runnable done) {
        if (h.protocol() != ProtocolCodec.PROTOCOL_VERSION) {
            s.error(ErrorCodes.BAD_PROTOCOL, "this server speaks protocol " + ProtocolCodec.PROTOCOL_VERSION + ", not " + h.protocol(), re);
            done.run();
            return;
        }
        s.name = h.name();
        s.greeted = true;
        if (h.resume() == null) {
            s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name), re);
            done.run();
            return;
        }
        Room r = tokens.get(h.resume());
        if (r == null) {
            s.error(ErrorCodes.BAD_TOKEN, "no seat has that token (tokens survive restarts; check for a typo)", re);
            done.run();
            return;
        }
        s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name), re);
        onRoom(r, done, () -> r.resume(s, h.resume(), re));
    }

    private void create(Session s, ClientMessage.CreateRoom c, String re, Runnable done) {
        try {
            Scenario sc = catalog.get(c.scenario());
            if (sc == null) {
                s.error(ErrorCodes.UNKNOWN_SCENARIO, "no scenario '" + c.scenario() + "' (send scenarios to list them)", re);
                return;
            }
            Map<String, String> bots = new LinkedHashMap<>();
            for (String party : sc.info().partyIds()) {
                String strategy = c.bots().get(party);
                if (strategy != null) {
                    if (!Bot.isKnown(strategy)) {
                        s.error(ErrorCodes.UNKNOWN_STRATEGY, "no bot strategy '" + strategy + "' (known: "
                                + String.join(", ", Bot.STRATEGIES) + ")", re);
                        return;
                    }
                    bots.put(party, strategy);
                }
            }
            for (String party : c.bots().keySet()) {
                if (sc.info().partyIndex(party) < 0) {
                    s.error(ErrorCodes.UNKNOWN_PARTY, "no party '" + party + "' in " + sc.id(), re);
                    return;
                }
            }
            Difficulty d = Difficulty.NORMAL;
            if (c.difficulty() != null) {
                d = Difficulty.parse(c.difficulty());
                if (d == null) {
                    s.error(ErrorCodes.BAD_FIELD, "'difficulty' must be easy, normal or hard", re);
                    return;
                }
            }
            int rounds = c.rounds() == null ? Math.min(sc.info().rounds(), Rules.MAX_ROUNDS) : c.rounds();
            long open = rooms.values().stream().filter(r -> !"ended".equals(r.summary().phase())).count();
            if (open >= config.maxRooms()) {
                s.error(ErrorCodes.TOO_MANY_ROOMS, "this server already hosts " + open + " rooms in progress", re);
                return;
            }
            String code;
            do {
                code = Secrets.joinCode();
            } while (rooms.containsKey(code) || Files.exists(RoomLog.fileFor(roomsDir, code)));
            RoomLog.Setup setup = new RoomLog.Setup(code, sc.id(), rounds,
                    c.turnSeconds() == null ? config.turnSeconds() : c.turnSeconds(),
                    c.voteSeconds() == null ? config.voteSeconds() : c.voteSeconds(),
                    d.id(), c.seed() == null ? Secrets.seed() : c.seed(),
                    c.botDelayMs() == null ? config.botDelayMs() : c.botDelayMs(),
                    bots, Secrets.token(), System.currentTimeMillis());
            Room room = new Room(this, sc, setup, List.of());
            if (rooms.putIfAbsent(code, room) != null) {
                s.error(ErrorCodes.SERVER_ERROR, "join code clash; try again", re);
                return;
            }
            // the set-up is written on the room's executor, off the event loop
            onRoom(room, done, () -> room.open(s, re));
            done = null;
        } finally {
            if (done != null) {
                done.run();
            }
        }
    }

    private List<ServerMessage.RoomSummary> summaries() {
        List<ServerMessage.RoomSummary> out = new ArrayList<>();
        for (Room r : rooms.values()) {
            out.add(r.summary());
        }
        out.sort(java.util.Comparator.comparing(ServerMessage.RoomSummary::code));
        return out;
    }

    /** A connection closed: its room (if any) forgets it on the room's executor. */
    void closed(Session s) {
        Room r = s.room;
        if (r != null) {
            r.executor.execute(() -> r.disconnected(s));
        }
    }

    /** Tells everyone, closes every room's log on its executor, then stops the pools. */
    void shutdown(long timeoutMs) {
        CountDownLatch latch = new CountDownLatch(rooms.size());
        for (Room r : rooms.values()) {
            r.executor.execute(() -> {
                try {
                    r.close();
                } finally {
                    latch.countDown();
                }
            });
        }
        try {
            if (!latch.await(timeoutMs, TimeUnit.MILLISECONDS)) {
                log.warn("shutdown: {} room(s) did not close in time", latch.getCount());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        fsync.shutdownNow();
    }
}
