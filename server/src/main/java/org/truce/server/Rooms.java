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
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.PlainText;
import org.truce.shared.scenario.Scenario;

/**
 * Every room on the server, the seat-token index (by token hash), and the request router. Event-loop threads
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
    /** The address (see {@link AddressLimiter#key}) each room was created from, while it is in memory. */
    private final Map<String, String> creators = new ConcurrentHashMap<>();
    /** Room creation per address and for the server. */
    private final AddressLimiter creates;
    /** Wrong seat tokens and facilitator keys per address and for the server. */
    private final AddressLimiter badSecrets;
    /** Open connections per address. */
    private final Map<String, Integer> connections = new ConcurrentHashMap<>();
    /** Revoked tokens and why, for a returning player. */
    private final RevokedTokens revoked = new RevokedTokens();
    /** Runs the rooms' serial executors: {@link #ownPool}, or a test's executor. */
    private final java.util.concurrent.Executor pool;
    private final ThreadPoolExecutor ownPool;
    /** The clocks' timer: its own thread, or a test's timer driven by hand (with {@link #millis}). */
    private final ScheduledExecutorService scheduler;
    /** The time the clocks read (epoch ms): the system's, or a test's hand-driven one. */
    private final java.util.function.LongSupplier millis;
    /** Forces room logs to disk, so room threads never wait for it (see {@link RoomJournal}). */
    private final ThreadPoolExecutor fsync;

    Rooms(ServerConfig config, ScenarioCatalog catalog) throws IOException {
        this(config, catalog, null);
    }

    /** With {@code roomPool} null, a fixed pool of {@code roomThreads}; tests may pass their own. */
    Rooms(ServerConfig config, ScenarioCatalog catalog, java.util.concurrent.Executor roomPool) throws IOException {
        this(config, catalog, roomPool, null, null);
    }

    /**
     * With {@code timer} and {@code millis} null, a clock thread and the system's time; tests may
     * pass a timer and a time they move by hand (both or neither).
     */
    Rooms(ServerConfig config, ScenarioCatalog catalog, java.util.concurrent.Executor roomPool,
          ScheduledExecutorService timer, java.util.function.LongSupplier millis) throws IOException {
        this.config = config;
        this.catalog = catalog;
        ServerConfig.Limits l = config.limits();
        long now = System.nanoTime();
        this.creates = new AddressLimiter("rooms", 2 * l.createBurst(), 1 / l.createEverySeconds(),
                l.serverCreateBurst(), l.serverCreatesPerSecond(), now);
        this.badSecrets = new AddressLimiter("wrong seat tokens or facilitator keys", l.badSecretBurst(),
                l.badSecretsPerSecond(), l.serverBadSecretBurst(), l.serverBadSecretsPerSecond(), now);
        this.roomsDir = config.dataDir().resolve("rooms");
        OwnerOnly.directory(roomsDir);
        OwnerOnly.secure(config.dataDir(), roomsDir);
        // fixed size, so at most roomThreads rooms run at once; the queue holds ≤ one drain per room
        this.ownPool = roomPool != null ? null : new ThreadPoolExecutor(config.roomThreads(), config.roomThreads(), 0,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads("truce-room"));
        this.pool = roomPool != null ? roomPool : ownPool;
        // the clock only enqueues onto room executors, so one thread is plenty
        if (timer == null) {
            ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(1, threads("truce-clock"));
            own.setRemoveOnCancelPolicy(true);
            timer = own;
        }
        this.scheduler = timer;
        this.millis = millis != null ? millis : System::currentTimeMillis;
        this.scheduler.scheduleWithFixedDelay(() -> sweep(now()), SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
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

    java.util.concurrent.Executor pool() {
        return pool;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Now, in epoch ms, as the rooms' clocks read it. */
    long now() {
        return millis.getAsLong();
    }

    /** The same time as a {@link java.time.Clock}, for the rooms. */
    java.time.Clock clock() {
        return new MillisClock(millis);
    }

    Path roomsDir() {
        return roomsDir;
    }

    ScenarioCatalog catalog() {
        return catalog;
    }

    /** Opens a room's log (tests substitute a failing disk). */
    interface LogOpener {
        RoomLog open(Path file) throws IOException;
    }

    volatile LogOpener logOpener = RoomLog::open;

    /** How many lines each new room's {@link EventStream} holds (tests make it small). */
    volatile int eventsKept = EventStream.KEPT; // events:

    void registerToken(String token, Room room) {
        tokens.put(token, room);
    }

    /** The token stops working; {@code why} (the player's words) answers a later resume with it. */
    void unregisterToken(String token, String why) {
        if (token != null) {
            tokens.remove(token);
            revoked.add(token, why);
        }
    }

    void forget(Room room) {
        if (rooms.remove(room.code, room)) {
            creators.remove(room.code);
        }
    }

    /**
     * Visits every room that may be due: ended games leave memory after the retention time,
     * idle lobbies close. The work runs on each room's executor. Called by the clock every
     * {@link #SWEEP_SECONDS} (and by tests with a made-up {@code now}).
     */
    void sweep(long now) {
        ServerConfig.Limits l = config.limits();
        creates.prune(System.nanoTime());
        badSecrets.prune(System.nanoTime());
        for (Room r : rooms.values()) {
            long ended = r.endedAt();
            long empty = r.emptySince();
            if ((ended > 0 && now - ended >= l.endedRetentionSeconds() * 1000L)
                    || (empty > 0 && r.inLobby() && now - empty >= l.lobbyIdleSeconds() * 1000L)) {
                r.executor.execute(() -> r.sweep(now));
            } else if (r.paused()) {
                r.executor.execute(r::heal); // the disk may have room again
            }
        }
    }

    static final int SWEEP_SECONDS = 30;

    Room room(String code) {
        return rooms.get(code);
    }

    /** The codes of the rooms in memory (tests). */
    List<String> summariesForTest() {
        return new ArrayList<>(rooms.keySet());
    }

    int size() {
        return rooms.size();
    }

    /**
     * Replays every room log in the data dir. Never fatal: a torn last line (no newline: a crash
     * mid-write) is cut off; a file with a complete line that cannot be read is renamed to
     * {@code CODE.jsonl.corrupt} and skipped, untouched; a closed room, or a game that ended longer
     * ago than the retention time, stays on disk only.
     */
    void recover() {
        int n = 0;
        long now = System.currentTimeMillis();
        // oldest first, so that the revocations the newest logs hold are the ones remembered
        List<Map.Entry<Path, Long>> logs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(roomsDir, "*.jsonl")) {
            files.forEach(f -> logs.add(Map.entry(f, modified(f))));
        } catch (IOException e) {
            log.error("cannot list {}: {}", roomsDir, e.getMessage());
        }
        logs.sort(Map.Entry.comparingByValue());
        for (Map.Entry<Path, Long> e : logs) {
            Path f = e.getKey();
            try {
                if (Files.size(f) == 0) {
                    // a room whose set-up never got written (an older server left these on a full disk)
                    Files.delete(f);
                    log.info("{}: empty (its room was never set up); removed", f);
                    continue;
                }
                if (recover(f, now)) {
                    n++;
                }
            } catch (RoomLog.CorruptLogException x) {
                quarantine(f, x);
            } catch (IOException | RuntimeException x) {
                log.error("{}: cannot replay, room skipped (file left as it is)", f, x);
            }
        }
        if (n > 0) {
            log.info("recovered {} room(s) from {}", n, roomsDir);
        }
    }

    /** A file's modification time (epoch ms), 0 when it cannot be read. */
    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean recover(Path f, long now) throws IOException {
        RoomLog.Contents c = RoomLog.read(f);
        String name = f.getFileName().toString();
        String expected = name.substring(0, name.length() - ".jsonl".length());
        String code = c.setup().code();
        if (!expected.equals(code)) {
            throw new RoomLog.CorruptLogException(name + ": its set-up is for room " + code, null);
        }
        Scenario sc = catalog.get(c.setup().scenario());
        // a returning player whose token was revoked before the restart still hears why
        long at = Files.getLastModifiedTime(f).toMillis();
        for (RoomLog.Unseated u : c.unseated()) {
            revoked.add(u.token(), RoomTexts.unseatedWhy(code, partyName(sc, u.party()), u.reason()));
        }
        if (c.closed() != null) {
            for (RoomLog.SeatTaken t : c.seats()) {
                revoked.add(t.token(), RoomTexts.closedWhy(code, Closing.ofJournal(c.closed()), config.limits().lobbyIdleSeconds()));
            }
            log.debug("{}: room was closed ({}); kept on disk only", f, c.closed());
            return false;
        }
        if (sc == null) {
            log.error("{}: scenario {} is not available; room skipped", f, c.setup().scenario());
            return false;
        }
        Room room = new Room(this, sc, c.setup(), c.events());
        if (room.isOver() && now - at >= config.limits().endedRetentionSeconds() * 1000L) {
            for (RoomLog.SeatTaken t : c.seats()) {
                revoked.add(t.token(), RoomTexts.archivedWhy(code));
            }
            return false; // a finished game: its record is on disk, no need to hold it in memory
        }
        if (c.tornAt() >= 0) {
            RoomLog.truncate(f, c.tornAt());
            log.warn("{}: torn last line cut off at byte {}", f, c.tornAt());
        }
        rooms.put(room.code, room);
        room.recovered(c.seats(), c.standIns());
        return true;
    }

    /** A party's name in a scenario, or its id if the scenario is no longer served. */
    private static String partyName(Scenario sc, String party) {
        if (sc != null && sc.info().partyIndex(party) >= 0) {
            return sc.info().party(party).name();
        }
        return party;
    }

    private void quarantine(Path f, IOException why) {
        Path to = f.resolveSibling(f.getFileName() + ".corrupt");
        try {
            Files.move(f, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.error("{}: {}; renamed to {} and skipped", f, why.getMessage(), to.getFileName());
        } catch (IOException e) {
            log.error("{}: {}; skipped (cannot rename: {})", f, why.getMessage(), e.toString());
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
        String limited = rateLimited(s, msg);
        if (limited != null) {
            s.error(ErrorCode.RATE_LIMITED, limited, re);
            done.run();
            return;
        }
        if (msg instanceof ClientMessage.Hello h) {
            hello(s, h, re, done);
            return;
        }
        if (!s.greeted) {
            s.error(ErrorCode.NOT_HELLO, "say hello first: {\"type\":\"hello\",\"name\":\"...\",\"protocol\":1}", re);
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
            onRoom(s, re, r, done, () -> r.join(s, j, re));
        } else if (msg instanceof ClientMessage.Spectate sp) {
            Room r = lookup(s, sp.room(), re);
            onRoom(s, re, r, done, () -> r.spectate(s, sp.since(), re)); // events: since
        } else if (msg instanceof ClientMessage.CloseRoom c) {
            Room r = lookup(s, c.room(), re);
            onRoom(s, re, r, done, () -> r.closeRoom(s, c, re));
        } else if (msg instanceof ClientMessage.FreeSeat f) {
            Room r = lookup(s, f.room(), re);
            onRoom(s, re, r, done, () -> r.freeSeat(s, f, re));
        } else {
            Room r = s.room;
            if (r == null) {
                s.error(ErrorCode.NOT_JOINED, "join a room first", re);
                done.run();
            } else if (msg instanceof ClientMessage.Propose p) {
                onRoom(s, re, r, done, () -> r.propose(s, p, re));
            } else if (msg instanceof ClientMessage.Vote v) {
                onRoom(s, re, r, done, () -> r.vote(s, v, re));
            } else if (msg instanceof ClientMessage.Say m) {
                onRoom(s, re, r, done, () -> r.say(s, m, re));
            } else if (msg instanceof ClientMessage.Leave) {
                onRoom(s, re, r, done, () -> r.leave(s, re));
            } else {
                s.error(ErrorCode.UNKNOWN_TYPE, "unhandled message", re);
                done.run();
            }
        }
    }

    /**
     * Per-connection token buckets (on the connection's event loop): every request but ping,
     * chat, and room creation. Null when the request may go ahead, else why not.
     */
    private String rateLimited(Session s, Object msg) {
        ServerConfig.Limits l = config.limits();
        long now = System.nanoTime();
        if (s.requests == null) {
            s.requests = new TokenBucket(l.requestBurst(), l.requestsPerSecond(), now);
            s.says = new TokenBucket(l.sayBurst(), l.saysPerSecond(), now);
            s.creates = new TokenBucket(l.createBurst(), 1 / l.createEverySeconds(), now);
        }
        if (!s.requests.tryTake(now)) {
            return "too many requests: at most " + l.requestBurst() + " at once, then " + fmt(l.requestsPerSecond())
                    + " a second; this one was dropped";
        }
        if (msg instanceof ClientMessage.Say && !s.says.tryTake(now)) {
            return "too many chat lines: at most " + l.sayBurst() + " at once, then " + fmt(l.saysPerSecond())
                    + " a second; this one was not sent";
        }
        if (msg instanceof ClientMessage.CreateRoom && !s.creates.tryTake(now)) {
            return "too many rooms from this connection: at most " + l.createBurst() + ", then one every "
                    + fmt(l.createEverySeconds()) + " s (next in " + (int) Math.ceil(s.creates.secondsToNext()) + " s)";
        }
        if (msg instanceof ClientMessage.CreateRoom && !trusted(s)) {
            return creates.tryTake(s.address(), now); // reconnecting does not reset this one
        }
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private Room lookup(Session s, String code, String re) {
        Room r = code == null ? null : rooms.get(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (r == null) {
            s.error(ErrorCode.UNKNOWN_ROOM, "no room '" + code + "' on this server", re);
        }
        return r;
    }

    /** Runs a request on the room's executor; {@code done} follows whatever happens. */
    private void onRoom(Session s, String re, Room r, Runnable done, Runnable task) {
        if (r == null) {
            done.run();
            return;
        }
        r.executor.execute(() -> r.request(() -> {
            try {
                if (r.isGone()) {
                    s.error(ErrorCode.UNKNOWN_ROOM, "room " + r.code + " was closed", re);
                } else {
                    task.run();
                }
            } finally {
                // the connection's next request waits until this one's replies are out (after the force)
                r.executor.outbox().then(done);
            }
        }));
    }

    /**
     * {@code hello}: one reply (welcome or an error), and a refused hello changes nothing (name,
     * greeting, seat). With {@code resume}, the checks and the welcome run on the seat's room.
     */
    private void hello(Session s, ClientMessage.Hello h, String re, Runnable done) {
        if (h.protocol() != ProtocolCodec.PROTOCOL_VERSION) {
            s.error(ErrorCode.BAD_PROTOCOL, "this server speaks protocol " + ProtocolCodec.PROTOCOL_VERSION + ", not " + h.protocol(), re);
            done.run();
            return;
        }
        String clash = partyNamed(h.name());
        if (clash != null) {
            s.error(ErrorCode.BAD_NAME, "'name' " + clash + " labels a party (and its bot) here; pick a name of your own", re);
            done.run();
            return;
        }
        if (h.resume() == null && s.room != null) {
            // a connection in a room: its seat takes the new name too (see Room.rename)
            Room r = s.room;
            onRoom(s, re, r, done, () -> r.rename(s, h.name(), re));
            return;
        }
        if (h.resume() == null) {
            s.name = h.name();
            s.greeted = true;
            s.events = h.wantsEvents(); // events: stream mode from this hello
            s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name), re);
            done.run();
            return;
        }
        String guessing = guessing(s);
        if (guessing != null) {
            s.error(ErrorCode.RATE_LIMITED, guessing, re);
            done.run();
            return;
        }
        Room r = h.resume().startsWith(Secrets.HASH_PREFIX) ? null : tokens.get(Secrets.hash(h.resume()));
        if (r == null) {
            wrongSecret(s);
            s.error(ErrorCode.BAD_TOKEN, whyNoSeat(h.resume()), re);
            done.run();
            return;
        }
        onRoom(s, re, r, done, () -> r.resume(s, h, re));
    }

    /** Why a token returns to no seat, in the player's words (the revoked ones this server remembers). */
    String whyNoSeat(String token) {
        String why = revoked.why(token);
        return why != null ? why
                : "no seat on this server has that token: the seat was freed (by the facilitator, or because its player left "
                + "before the game started), the room was closed, or the game ended more than "
                + config.limits().endedRetentionSeconds() / 60 + " minutes ago (or the token is mistyped). Choose a seat again";
    }

    /** {@code name} quoted if it is a party's name (bots are labelled "Ukraine (bot)"), else null. */
    private String partyNamed(String name) {
        for (org.truce.shared.scenario.ScenarioInfo info : catalog.infos()) {
            for (org.truce.shared.scenario.Party p : info.parties()) {
                if (PlainText.sameName(name, p.name())) {
                    return "'" + name + "'";
                }
            }
        }
        return null;
    }

    /**
     * Null if this connection's address may present a seat token or facilitator key, else why
     * not: after too many wrong ones it waits (guessing is throttled; right ones are not counted).
     */
    String guessing(Session s) {
        return trusted(s) ? null : badSecrets.blocked(s.address(), System.nanoTime());
    }

    /** An address the operator exempted from per-address and server-wide limits ({@code --trust}). */
    private boolean trusted(Session s) {
        return config.limits().trusted().contains(s.address());
    }

    /** A wrong seat token or facilitator key was presented. */
    void wrongSecret(Session s) {
        badSecrets.failed(s.address(), System.nanoTime());
    }

    private void create(Session s, ClientMessage.CreateRoom c, String re, Runnable done) {
        try {
            Scenario sc = catalog.get(c.scenario());
            if (sc == null) {
                s.error(ErrorCode.UNKNOWN_SCENARIO, "no scenario '" + c.scenario() + "' (send scenarios to list them)", re);
                return;
            }
            Map<String, String> bots = new LinkedHashMap<>();
            for (String party : sc.info().partyIds()) {
                String strategy = c.bots().get(party);
                if (strategy != null) {
                    if (!Bot.isKnown(strategy)) {
                        s.error(ErrorCode.UNKNOWN_STRATEGY, "no bot strategy '" + strategy + "' (known: "
                                + String.join(", ", Bot.STRATEGIES) + ")", re);
                        return;
                    }
                    bots.put(party, strategy);
                }
            }
            for (String party : c.bots().keySet()) {
                if (sc.info().partyIndex(party) < 0) {
                    s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + party + "' in " + sc.id(), re);
                    return;
                }
            }
            Difficulty d = Difficulty.NORMAL;
            if (c.difficulty() != null) {
                d = Difficulty.parse(c.difficulty());
                if (d == null) {
                    s.error(ErrorCode.BAD_FIELD, "'difficulty' must be easy, normal or hard", re);
                    return;
                }
            }
            int rounds = c.rounds() == null ? Math.min(sc.info().rounds(), Rules.MAX_ROUNDS) : c.rounds();
            long open = rooms.values().stream().filter(r -> !"ended".equals(r.summary().phase())).count();
            if (open >= config.maxRooms()) {
                s.error(ErrorCode.TOO_MANY_ROOMS, "this server already hosts " + open + " rooms in progress", re);
                return;
            }
            String from = s.address();
            long lobbies = creators.entrySet().stream()
                    .filter(e -> e.getValue().equals(from) && rooms.containsKey(e.getKey()) && rooms.get(e.getKey()).inLobby())
                    .count();
            boolean startsAtOnce = bots.size() == sc.info().partyIds().size(); // never waits in the lobby
            if (!startsAtOnce && !trusted(s) && lobbies >= config.limits().lobbiesPerAddress()) {
                s.error(ErrorCode.RATE_LIMITED, "your address already has " + lobbies + " rooms waiting in the lobby "
                        + "(at most " + config.limits().lobbiesPerAddress() + "); fill or close one first", re);
                return;
            }
            String code;
            do {
                code = Secrets.joinCode();
            } while (rooms.containsKey(code));
            String key = Secrets.token();
            RoomLog.Setup setup = new RoomLog.Setup(code, sc.id(), rounds,
                    c.turnSeconds() == null ? config.turnSeconds() : c.turnSeconds(),
                    c.voteSeconds() == null ? config.voteSeconds() : c.voteSeconds(),
                    d.id(), c.seed() == null ? Secrets.seed() : c.seed(),
                    c.botDelayMs() == null ? config.botDelayMs() : c.botDelayMs(),
                    bots, Secrets.hash(key), System.currentTimeMillis());
            Room room = new Room(this, sc, setup, List.of());
            if (rooms.putIfAbsent(code, room) != null) {
                s.error(ErrorCode.SERVER_ERROR, "join code clash; try again", re);
                return;
            }
            creators.put(code, from);
            // the set-up is written on the room's executor, off the event loop (an old game's
            // file with the same code is checked for there)
            onRoom(s, re, room, done, () -> room.open(s, re, key));
            done = null;
        } finally {
            if (done != null) {
                done.run();
            }
        }
    }

    /**
     * Games in progress, then rooms in the lobby, then recently ended (ended ones leave memory
     * after the retention time), each by code; at most {@link ServerConfig.Limits#roomsListed()}.
     * Games in progress come first so a crowd of lobbies cannot push them off the list.
     */
    private List<ServerMessage.RoomSummary> summaries() {
        List<ServerMessage.RoomSummary> out = new ArrayList<>();
        for (Room r : rooms.values()) {
            if (!r.isGone()) {
                out.add(r.summary());
            }
        }
        out.sort(java.util.Comparator.comparingInt((ServerMessage.RoomSummary x) -> phaseRank(x.phase()))
                .thenComparing(ServerMessage.RoomSummary::code));
        int cap = config.limits().roomsListed();
        return out.size() <= cap ? out : new ArrayList<>(out.subList(0, cap));
    }

    private static int phaseRank(String phase) {
        return "lobby".equals(phase) ? 1 : "ended".equals(phase) ? 2 : 0;
    }

    /**
     * A connection opened: null if its address may have one more, else why not (the caller
     * says so and hangs up). Every connection counted here is released by {@link #closed}.
     */
    String opened(Session s) {
        int max = config.limits().connectionsPerAddress();
        int[] now = new int[1];
        connections.compute(s.address(), (k, n) -> {
            now[0] = n == null ? 1 : n + 1;
            return now[0];
        });
        s.counted = true;
        return now[0] > max && !trusted(s) ? "too many connections from your address (at most " + max + " at once)" : null;
    }

    /** A connection closed: its room (if any) forgets it on the room's executor. */
    void closed(Session s) {
        if (s.counted) {
            s.counted = false;
            connections.computeIfPresent(s.address(), (k, n) -> n <= 1 ? null : n - 1);
        }
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
                    r.close(Closing.SERVER_STOP, null);
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
        if (ownPool != null) {
            ownPool.shutdown();
            try {
                ownPool.awaitTermination(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ownPool.shutdownNow();
        }
        fsync.shutdownNow();
    }
}
