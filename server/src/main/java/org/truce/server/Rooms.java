package org.truce.server;

import org.truce.shared.protocol.ServerParts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
import org.truce.shared.engine.Phase;

/**
 * Every room on the server: the rooms by join code, the seat-token index (by token hash), the
 * executors and clock they run on, and their life in memory (recovery, sweeps, shutdown).
 * Requests reach rooms through the {@link Router}. Event-loop threads only read immutable or
 * concurrent structures here and hand the rest to a room's executor; all disk I/O and game work
 * runs on the bounded room pool.
 */
final class Rooms {
    private static final Logger LOG = LoggerFactory.getLogger(Rooms.class);

    private final ServerConfig config;
    private final ScenarioCatalog catalog;
    private final Path roomsDir;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Room> tokens = new ConcurrentHashMap<>();
    private final ConnectionLimits limits;
    private final RoomCreation creation;
    private final Router router;
    /** Revoked tokens and why, for a returning player. */
    private final RevokedTokens revoked = new RevokedTokens();
    /** Runs the rooms' serial executors: {@link #ownPool}, or a test's executor. */
    private final java.util.concurrent.Executor pool;
    private final ThreadPoolExecutor ownPool;
    /** The clocks' timer: its own thread, or a test's timer driven by hand (with {@link #millis}). */
    private final ScheduledExecutorService scheduler;
    /** The time the clocks read (epoch ms): the system's, or a test's hand-driven one. */
    private final java.util.function.LongSupplier millis;
    /** Forces room journals to disk, so room threads never wait for it (see {@link RoomJournal}). */
    private final ThreadPoolExecutor fsync;
    /** The teachers' connections and their pushed {@code class_state}. */
    private final ClassStatePush classPush;

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
        this.limits = new ConnectionLimits(l, System::nanoTime);
        this.creation = new RoomCreation(this, limits);
        this.router = new Router(this, limits, creation);
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
        this.classPush = new ClassStatePush(new SerialExecutor(pool, "class_state"), this.millis, scheduler);
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

    /** Opens a room's journal file (tests substitute a failing disk). */
    interface JournalOpener {
        JournalFile open(Path file) throws IOException;
    }

    volatile JournalOpener journalOpener = JournalFile::open;
    /** Lines each room's {@link EventStream} holds (tests make it small, as {@code journalOpener}). */
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
            creation.forget(room.code);
            // an archived room leaves the teachers' overview; a closed one stays there, marked closed
            classPush.forget(room.code, room.closedBy != null && room.closedBy != Closing.ARCHIVED);
        }
    }

    /**
     * Visits every room that may be due: ended games leave memory after the retention time,
     * idle lobbies close. The work runs on each room's executor. Called by the clock every
     * {@link #SWEEP_SECONDS} (and by tests with a made-up {@code now}).
     */
    void sweep(long now) {
        ServerConfig.Limits l = config.limits();
        limits.prune();
        for (Room r : rooms.values()) {
            if (!r.opened) {
                continue; // its set-up is not on disk yet
            }
            long ended = r.endedAt();
            long empty = r.emptySince();
            if ((ended > 0 && now - ended >= l.endedRetentionSeconds() * 1000L)
                    || (empty > 0 && r.phase() == Phase.LOBBY && now - empty >= r.lobbyIdleSeconds() * 1000L)) {
                r.executor.execute(() -> r.sweep(now));
            } else if (r.paused()) {
                r.executor.execute(r::heal); // the disk may have room again
            }
        }
    }

    static final int SWEEP_SECONDS = 30;

    /** The room with this join code (exactly), or null. */
    Room room(String code) {
        return rooms.get(code);
    }

    /** The room a seat token returns to, or null. */
    Room byToken(String token) {
        return tokens.get(Secrets.hash(token));
    }

    /** The rooms in memory (a live view). */
    Collection<Room> all() {
        return rooms.values();
    }

    /** Adds a room under its code; false if the code is taken. */
    boolean add(Room room) {
        return rooms.putIfAbsent(room.code, room) == null;
    }

    /** The codes of the rooms in memory (tests). */
    List<String> summariesForTest() {
        return new ArrayList<>(rooms.keySet());
    }

    int size() {
        return rooms.size();
    }

    /** Replays every room journal in the data dir (see {@link RoomRecovery}). */
    void recover() {
        new RoomRecovery(this, revoked).recover();
    }

    /** The request router every connection's requests go through. */
    Router router() {
        return router;
    }

    /** Why a token returns to no seat, in the player's words (the revoked ones this server remembers). */
    String whyNoSeat(String token) {
        String why = revoked.why(token);
        return why != null ? why
                : "no seat on this server has that token: the seat was freed (by the facilitator, or because its player left "
                + "before the game started), the room was closed, or the game ended more than "
                + config.limits().endedRetentionSeconds() / 60 + " minutes ago (or the token is mistyped). Choose a seat again";
    }

    /**
     * Null if this connection's address may present a seat token or facilitator key, else why
     * not (see {@link ConnectionLimits#guessing}).
     */
    String guessing(Session s) {
        return limits.guessing(s);
    }

    /** A wrong seat token or facilitator key was presented. */
    void wrongSecret(Session s) {
        limits.wrongSecret(s);
    }

    /**
     * A connection opened: null if its address may have one more, else why not (the caller
     * says so and hangs up). Every connection counted here is released by {@link #closed}.
     */
    String opened(Session s) {
        return limits.opened(s);
    }

    /** A connection closed: its room (if any) forgets it on the room's executor. */
    void closed(Session s) {
        limits.closed(s);
        classPush.left(s);
        Room r = s.room;
        if (r != null) {
            r.executor.execute(() -> r.disconnected(s));
        }
    }

    /**
     * Some room changed (called on its executor from {@link RoomViews#publish}): every facilitator
     * connection gets a fresh {@code class_state} (see {@link ClassStatePush}: coalesced, never
     * blocking the room).
     */
    void classChanged() {
        classPush.changed();
    }

    /** A room made a new overview (on its executor, from {@link RoomViews#publish}): see {@link ClassStatePush#overviewChanged}. */
    void overviewChanged(Room r, org.truce.shared.protocol.ServerParts.RoomOverview o) {
        classPush.overviewChanged(r, o, rooms.get(r.code) == r);
    }

    /** A connection greeted with the teacher key: the {@code class_state} now and after every change. */
    void teacherJoined(Session s) {
        classPush.joined(s);
    }

    /** Tells everyone, closes every room's journal on its executor, then stops the pools. */
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
                LOG.warn("shutdown: {} room(s) did not close in time", latch.getCount());
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
