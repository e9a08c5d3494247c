package org.truce.server;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: each room owns one, so its
 * state is only ever touched by one thread at a time without a thread per room. At most one
 * drain task per room sits in the pool's queue, so the pool's queue is bounded by the number of
 * rooms.
 */
final class SerialExecutor implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
    /** Tasks run per drain before yielding the pool thread, so one busy room cannot starve others. */
    private static final int BATCH = 64;

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor pool;
    private final String name;
    private volatile Thread runner;
    /** Set by {@link #executeYielding} on the draining thread: stop this drain after the current task. */
    private boolean yieldRequested;
    /** The room's sends waiting for its journal to reach the disk; current on the draining thread. */
    private final Outbox outbox = new Outbox();

    SerialExecutor(Executor pool, String name) {
        this.pool = pool;
        this.name = name;
    }

    Outbox outbox() {
        return outbox;
    }

    /** True on the thread that is running this executor's tasks now (Velocity's {@code inEventLoop}). */
    boolean inThread() {
        return runner == Thread.currentThread();
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    /**
     * Queues a task and, if called from this executor's own drain, ends that drain after the
     * current task: the room goes back to the end of the pool's queue, so other rooms run first.
     */
    void executeYielding(Runnable task) {
        if (inThread()) {
            yieldRequested = true;
        }
        execute(task);
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                LOG.debug("room {}: pool shut down, {} task(s) dropped", name, tasks.size());
            }
        }
    }

    private void drain() {
        runner = Thread.currentThread();
        Outbox.enter(outbox);
        try {
            yieldRequested = false;
            for (int i = 0; i < BATCH && !yieldRequested; i++) {
                Runnable r = tasks.poll();
                if (r == null) {
                    break;
                }
                try {
                    r.run();
                } catch (RuntimeException | Error e) {
                    LOG.error("room {}: task failed", name, e);
                }
            }
        } finally {
            Outbox.exit();
            runner = null;
            scheduled.set(false);
        }
        if (!tasks.isEmpty()) {
            schedule();
        }
    }
}
