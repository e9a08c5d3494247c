package org.truce.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import io.netty.buffer.Unpooled;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;

/**
 * The teachers' live overview: the connections greeted with the teacher key, each room's overview
 * as of its last journal force, and the {@code class_state} pushed to them after a change. A room
 * only records its overview and flips a flag; one push at a time runs on a serial executor on the
 * room pool (never a room's), reads the newest overviews and encodes them once for every teacher,
 * so a burst of moves costs one push. Pushes take at most a tenth of that thread's time (after a
 * push of {@code d} ms the next waits {@code 9d} ms, at most {@link #MAX_WAIT_MS}, changes meanwhile
 * joining it; time and the wait are the hall's, so tests drive them by hand): a few rooms are
 * pushed at once, hundreds of busy rooms a few times a second, never starving the rooms (measured
 * in docs/PERFORMANCE.md). A new teacher's first one goes out on the same executor, so it is never
 * older than a push before it. A teacher who reads slowly gets the newest one ({@link Session#sendClassState}).
 */
final class ClassStatePush {
    /** Connections greeted with the teacher key. */
    private final Set<Session> teachers = ConcurrentHashMap.newKeySet();
    /** Each room's overview as of its last journal force (room code → overview). */
    private final Map<String, ServerParts.RoomOverview> shown = new ConcurrentHashMap<>();
    /** A push is queued and has not yet read the overviews. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private final SerialExecutor executor;
    /** The overviews the last push was made of (the push executor only). */
    private List<ServerParts.RoomOverview> lastPushed = List.of();
    /** The hall's time (epoch ms, see {@link Rooms#now}) and its timer, for the wait between pushes. */
    private final java.util.function.LongSupplier millis;
    private final java.util.concurrent.ScheduledExecutorService scheduler;
    /** The time (ms) before which no push starts (the push executor only). */
    private long nextPushMs;
    /** A push waits at most this long (ms) for its turn, however long the last one took. */
    static final long MAX_WAIT_MS = 1_000;

    /** Pushes run on {@code executor}; {@code millis} and {@code scheduler} time the wait between them. */
    ClassStatePush(SerialExecutor executor, java.util.function.LongSupplier millis,
                   java.util.concurrent.ScheduledExecutorService scheduler) {
        this.executor = executor;
        this.millis = millis;
        this.scheduler = scheduler;
    }

    /** Something the teachers see may have changed: one push is queued unless one already is. */
    void changed() {
        if (!teachers.isEmpty() && queued.compareAndSet(false, true)) {
            executor.execute(this::push);
        }
    }

    /**
     * A room made a new overview (on its executor; {@code listed}: the room is in the hall, not
     * being made or forgotten). Teachers see it once what it shows is on disk, as players see a
     * move only after the force (see {@link Outbox}).
     */
    void overviewChanged(Room r, ServerParts.RoomOverview o, boolean listed) {
        if (!listed) {
            return;
        }
        Outbox out = Outbox.current();
        // a room that cannot record says so at once: nothing it shows waits for a force that will not come
        if (out != null && out.holding() && !Boolean.TRUE.equals(o.broken())) {
            // dropped if the force fails; and a room that broke meanwhile keeps showing it is broken
            out.send(() -> {
                if (!r.journal.broken()) {
                    show(r, o);
                }
            }, null);
        } else {
            show(r, o);
        }
    }

    private void show(Room r, ServerParts.RoomOverview o) {
        if (!r.isGone()) {
            shown.put(r.code, o);
            changed();
        }
    }

    /**
     * The room left the hall: archived (it leaves the overview) or closed ({@code closed}: it stays,
     * marked closed, so a teacher sees what became of it; the oldest go beyond {@link #CLOSED_KEPT}).
     */
    void forget(String code, boolean closed) {
        ServerParts.RoomOverview last = shown.remove(code);
        if (closed && last != null) {
            closedOrder.add(code);
            shown.put(code, ServerMessage.ClassState.at(last, null, true));
            while (closedOrder.size() > CLOSED_KEPT) {
                shown.remove(closedOrder.poll());
            }
        }
        changed();
    }

    /** The closed rooms kept in the overview, oldest first (any thread: the rooms' executors). */
    private final java.util.Queue<String> closedOrder = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** How many closed rooms the overview keeps. */
    static final int CLOSED_KEPT = 100;

    /**
     * A teacher's connection (its welcome sent): a {@code class_state} from the push executor, so
     * it is ordered with the pushes and never older than one sent before it; then one after every change.
     */
    void joined(Session s) {
        teachers.add(s);
        if (s.closed) {
            teachers.remove(s); // closed meanwhile: left() may have run before the add
            return;
        }
        executor.execute(() -> {
            if (teachers.contains(s)) {
                s.sendClassState(Unpooled.wrappedBuffer(encoded(new ArrayList<>(shown.values()))));
            }
        });
    }

    /** The {@code class_state} line of {@code rooms}. */
    private byte[] encoded(List<ServerParts.RoomOverview> rooms) {
        return (ProtocolCodec.encode(ClassOverview.of(rooms, millis.getAsLong())) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A connection closed. */
    void left(Session s) {
        teachers.remove(s);
    }

    private void push() {
        long wait = nextPushMs - millis.getAsLong();
        if (wait > 0) {
            // too soon after the last: run later, still queued, so changes meanwhile join this push
            try {
                scheduler.schedule(() -> executor.execute(this::push), wait, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // the server is stopping
            }
            return;
        }
        queued.set(false); // a change from now on queues the next push
        if (teachers.isEmpty()) {
            return;
        }
        List<ServerParts.RoomOverview> now = new ArrayList<>(shown.values());
        if (sameObjects(now, lastPushed)) {
            return; // nothing on disk changed since the last push (e.g. the call from publish, before the force)
        }
        long start = millis.getAsLong();
        lastPushed = now;
        byte[] line = encoded(now);
        for (Session t : teachers) {
            t.sendClassState(Unpooled.wrappedBuffer(line));
        }
        long end = millis.getAsLong();
        nextPushMs = end + Math.min(9 * Math.max(0, end - start), MAX_WAIT_MS);
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
