package org.truce.client.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the client runs: the ticker that redraws the screens once a second (the clocks) until
 * the end, the clean-up on quit, and the wait for the player to quit.
 */
final class Lifetime {
    private static final Logger LOG = LoggerFactory.getLogger(Lifetime.class);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "truce-clock");
        t.setDaemon(true);
        return t;
    });
    private volatile Runnable onQuit = () -> { };

    /** Starts the ticker: {@code tick} once a second. */
    Lifetime(Runnable tick) {
        ticker.scheduleAtFixedRate(tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Extra clean-up on quit. */
    void onQuit(Runnable action) {
        this.onQuit = action;
    }

    /** The player quit: stops the ticker, runs the clean-up, releases the waits. */
    void end() {
        ticker.shutdownNow();
        try {
            onQuit.run();
        } catch (RuntimeException e) {
            LOG.warn("clean-up failed", e);
        }
        finished.countDown();
    }

    /** Stops the ticker only (the GUI is gone without a quit). */
    void stopTicker() {
        ticker.shutdownNow();
    }

    boolean isFinished() {
        return finished.getCount() == 0;
    }

    void await() throws InterruptedException {
        finished.await();
    }

    boolean await(long ms) throws InterruptedException {
        return finished.await(ms, TimeUnit.MILLISECONDS);
    }
}
