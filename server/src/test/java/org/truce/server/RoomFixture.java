package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Rooms run by hand, with no network and no waiting on a real clock: the rooms' pool is a queue
 * the test drains ({@link #settle}), the rooms' time and timer are a {@link HandTimer} the test
 * moves ({@link #advance}), and each player is a connection on an {@link EmbeddedChannel} through
 * the real pipeline that records every line it is sent. The only real thread is the fsync pool:
 * {@link #settle} waits (on a condition) for a room's journal force to come back.
 */
final class RoomFixture implements AutoCloseable {
    /** The rooms' pool, run by hand: tasks queue until the test runs them, one at a time, on its own thread. */
    static final class HandPool implements java.util.concurrent.Executor {
        final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
        private volatile boolean atOnce;

        @Override
        public void execute(Runnable r) {
            if (atOnce) {
                r.run();
            } else {
                tasks.add(r);
            }
        }

        /**
         * From now on runs every task at once on the caller's thread, those queued first: a
         * test's {@code Rooms.shutdown} then closes its rooms instead of waiting out its timeout.
         */
        void runAtOnce() {
            atOnce = true;
            for (Runnable r; (r = tasks.poll()) != null; ) {
                r.run();
            }
        }
    }

    final HandTimer timer = new HandTimer();
    final HandPool pool = new HandPool();
    final ServerConfig config;
    final Rooms rooms;
    private final List<Player> players = new ArrayList<>();

    /** {@code tweak} adjusts the fast test configuration (grace seconds, limits, ...). */
    RoomFixture(Path dir, UnaryOperator<ServerConfig> tweak) throws IOException {
        this.config = tweak.apply(TestServers.config(dir));
        this.rooms = new Rooms(config, ScenarioCatalog.load(config), pool, timer, timer);
    }

    /** A new connection that has said nothing yet. */
    Player open() {
        Player p = new Player(new EmbeddedChannel(new TruceChannelInitializer(rooms, null, config)));
        players.add(p);
        return p;
    }

    /** A connection that said hello as {@code name}. */
    Player connect(String name) {
        Player p = open();
        p.send("{\"type\":\"hello\",\"name\":\"" + name + "\",\"protocol\":1,\"features\":[\"classroom\"]}");
        p.expect("welcome");
        return p;
    }

    /** Runs every queued room task, waiting for journal forces in flight, until the rooms are idle. */
    void settle() {
        while (true) {
            Runnable t = pool.tasks.poll();
            if (t == null) {
                if (!forcing()) {
                    return;
                }
                try {
                    t = pool.tasks.poll(10, TimeUnit.SECONDS); // the fsync pool hands the force back
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                assertThat(t).as("a journal force comes back").isNotNull();
            }
            t.run();
        }
    }

    private boolean forcing() {
        for (String code : rooms.summariesForTest()) {
            Room r = rooms.room(code);
            if (r != null && r.journal.forcing()) {
                return true;
            }
        }
        return false;
    }

    /** Moves the rooms' time on by {@code ms} (running the timers that fall due), then settles. */
    void advance(long ms) {
        settle();
        timer.advance(ms);
        settle();
    }

    /** The one room (its code). */
    Room room(String code) {
        return rooms.room(code);
    }

    /** Shuts the rooms down as the server does, running the rooms' closing tasks on this thread meanwhile. */
    @Override
    public void close() throws InterruptedException {
        for (Player p : players) {
            p.ch.finishAndReleaseAll();
        }
        Thread stopper = new Thread(() -> rooms.shutdown(10_000), "fixture-shutdown");
        stopper.start();
        while (stopper.isAlive()) {
            Runnable t = pool.tasks.poll(10, TimeUnit.MILLISECONDS);
            if (t != null) {
                t.run();
            }
        }
    }

    /** One connection: what it sends is handled at once; what it is sent is recorded, line by line. */
    final class Player {
        final EmbeddedChannel ch;
        private final StringBuilder partial = new StringBuilder();
        private final List<JsonObject> unread = new ArrayList<>();

        Player(EmbeddedChannel ch) {
            this.ch = ch;
        }

        /** Sends one JSON line and lets the rooms settle. */
        void send(String json) {
            ch.writeInbound(Unpooled.copiedBuffer(json + "\n", StandardCharsets.UTF_8));
            settle();
        }

        /** The connection drops; the rooms settle. */
        void drop() {
            ch.close();
            settle();
        }

        /** Everything sent to this connection that the test has not read yet, oldest first. */
        List<JsonObject> unread() {
            for (Object o; (o = ch.readOutbound()) != null; ) {
                ByteBuf b = (ByteBuf) o;
                partial.append(b.toString(StandardCharsets.UTF_8));
                b.release();
            }
            for (int nl; (nl = partial.indexOf("\n")) >= 0; ) {
                unread.add(JsonParser.parseString(partial.substring(0, nl)).getAsJsonObject());
                partial.delete(0, nl + 1);
            }
            return unread;
        }

        /** The first unread message that matches, dropping it and everything before it; fails if none came. */
        JsonObject take(String what, Predicate<JsonObject> match) {
            List<JsonObject> all = unread();
            for (int i = 0; i < all.size(); i++) {
                if (match.test(all.get(i))) {
                    JsonObject o = all.get(i);
                    all.subList(0, i + 1).clear();
                    return o;
                }
            }
            throw new AssertionError("no " + what + " among " + all);
        }

        /** The first unread message of {@code type}. */
        JsonObject expect(String type) {
            return take(type, o -> type.equals(Wire.type(o)));
        }

        /** The newest state this connection has been sent (and forgets what came before it). */
        JsonObject lastState() {
            List<JsonObject> all = unread();
            for (int i = all.size() - 1; i >= 0; i--) {
                if ("state".equals(Wire.type(all.get(i)))) {
                    JsonObject o = all.get(i);
                    all.subList(0, i + 1).clear();
                    return o;
                }
            }
            throw new AssertionError("no state among " + all);
        }

        /** True if an unread message matches (nothing is dropped). */
        boolean got(Predicate<JsonObject> match) {
            return unread().stream().anyMatch(match);
        }

        /** Creates a room of test-mini ({@code extra}: more create_room fields) and returns its code. */
        String create(String extra) {
            send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"seed\":7" + extra + "}");
            JsonObject r = expect("room_created");
            return r.get("code").getAsString();
        }

        /** Joins {@code party} in {@code room}; returns the seat token. */
        String join(String room, String party) {
            send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + party + "\"}");
            return expect("joined").get("seatToken").getAsString();
        }
    }
}
