package org.truce.server;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A room's time and timer, both injected (the system's, or a test's moved by hand): now from a
 * {@link Clock}, and work that runs later on the room's executor, scheduled on the rooms' timer.
 */
final class RoomTimer {
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;

    RoomTimer(Clock clock, ScheduledExecutorService scheduler, Executor executor) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.executor = executor;
    }

    /** Now, epoch ms. */
    long now() {
        return clock.millis();
    }

    /**
     * Runs {@code task} on the room's executor after {@code ms}. Null if the timer is shut down
     * (the server is stopping: nothing runs later, and the task asking carries on).
     */
    ScheduledFuture<?> after(long ms, Runnable task) {
        try {
            return scheduler.schedule(() -> executor.execute(task), ms, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }
}
