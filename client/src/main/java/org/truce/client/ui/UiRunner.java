package org.truce.client.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the GUI on a terminal (real or virtual) on a thread of its own, and stops it restoring
 * the terminal. Lanterna errors go to the log file, never to the screen.
 *
 * <p>Why not Lanterna's {@code SeparateTextGUIThread}: its {@code start()} starts the thread
 * before marking itself started, and a thread that checks first leaves its loop at once — the
 * GUI then never draws (seen as a blank screen on a loaded machine). Here the GUI thread is
 * ours: it builds the GUI with a {@link SameTextGUIThread} (so {@code invokeLater} from network
 * threads queues work for it) and drives {@code processEventsAndUpdate} until stopped.
 */
public final class UiRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UiRunner.class);
    /** Pause between polls when nothing happened: keeps keys snappy and an idle GUI cheap. */
    private static final long IDLE_MS = 5;

    private final Screen screen;
    private final MultiWindowTextGUI gui;
    private final App app;
    private final Thread thread;
    private final CountDownLatch stopped;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private volatile boolean interrupted;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Run on the GUI thread after each pass that found nothing to do (tests: all queued work is drawn). */
    private volatile Runnable onIdle;

    private UiRunner(Screen screen, MultiWindowTextGUI gui, App app, Thread thread, CountDownLatch stopped) {
        this.screen = screen;
        this.gui = gui;
        this.app = app;
        this.thread = thread;
        this.stopped = stopped;
    }

    /** Starts the GUI thread and runs {@code setup} on it; returns once the GUI exists. */
    public static UiRunner start(Terminal terminal, Consumer<App> setup) throws IOException {
        TruceScreen screen = new TruceScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        CompletableFuture<UiRunner> built = new CompletableFuture<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            UiRunner runner;
            try {
                // built on this thread, so this thread is the GUI thread
                MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen,
                        new DefaultWindowManager(), null, new EmptySpace(TextColor.ANSI.DEFAULT));
                App app = new App(gui);
                terminal.addResizeListener((term, size) -> app.resized());
                UiRunner r = new UiRunner(screen, gui, app, Thread.currentThread(), stopped);
                screen.onInterrupt(() -> {
                    // Ctrl+C: leave as Q would, without asking; the launcher exits with 130
                    r.interrupted = true;
                    app.quit();
                });
                runner = r;
                built.complete(runner);
            } catch (RuntimeException | Error e) {
                built.completeExceptionally(e);
                stopped.countDown();
                return;
            }
            if (runner.closed.get()) {
                // the caller gave up waiting (its session ended): no first screen, no connection
                stopped.countDown();
                return;
            }
            try {
                setup.accept(runner.app);
            } catch (RuntimeException | Error e) {
                // nothing to show and nobody to press Q: end the session, the caller reports it
                LOG.error("setting up the first screen failed", e);
                runner.failure = e;
                runner.app.quit();
                stopped.countDown();
                return;
            }
            runner.loop();
        }, "truce-gui");
        t.setDaemon(true);
        t.start();
        try {
            return built.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            built.thenAccept(UiRunner::close); // the GUI thread may still come up: it stops before its first screen
            throw new IOException("interrupted while starting the GUI", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            try {
                screen.stopScreen();
            } catch (IOException | RuntimeException ignored) {
                // the terminal is being given up anyway
            }
            throw new IOException("the GUI did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code r} on the GUI thread each time a pass of its loop finds no key, no task and
     * nothing to redraw: a test's sign that everything queued before has been drawn.
     */
    void onIdle(Runnable r) {
        this.onIdle = r;
    }

    private void loop() {
        TextGUIThread gt = gui.getGUIThread();
        try {
            while (running) {
                boolean busy = false;
                try {
                    busy = gt.processEventsAndUpdate();
                } catch (java.io.EOFException e) {
                    LOG.info("terminal closed");
                    app.quit();
                    break;
                } catch (IOException e) {
                    busy = false;
                    failed("terminal I/O failed", e);
                } catch (RuntimeException e) {
                    busy = false;
                    failed("GUI error", e);
                } catch (Error e) {
                    // e.g. OutOfMemoryError while drawing: this GUI ends (its session with it), nothing else does
                    LOG.error("GUI failed, closing it: {}", e.toString());
                    failure = e;
                    app.quit();
                    break;
                }
                if (!busy) {
                    Runnable idle = onIdle;
                    if (idle != null) {
                        idle.run();
                    }
                    try {
                        Thread.sleep(IDLE_MS);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    private String lastError;
    private long errorCount;

    /**
     * Logs a GUI failure: the first of a kind with its stack, then the same one only at the
     * 2nd, 4th, 8th… time with a count (a failing redraw repeats every few milliseconds).
     */
    private void failed(String what, Exception e) {
        String kind = what + ": " + e;
        if (!kind.equals(lastError)) {
            lastError = kind;
            errorCount = 0;
        }
        errorCount++;
        if (errorCount == 1) {
            LOG.error(what, e);
        } else if (Long.bitCount(errorCount) == 1) {
            LOG.error("{} (the same error {} times so far)", kind, errorCount);
        }
    }

    /** True if the player ended the session with Ctrl+C. */
    public boolean interrupted() {
        return interrupted;
    }

    /** Why the session ended on its own (the first screen could not be set up), or null. */
    public Throwable failure() {
        return failure;
    }

    /** The client running on this screen. */
    public App app() {
        return app;
    }

    /** The Lanterna screen the GUI draws on. */
    public Screen screen() {
        return screen;
    }

    /** Blocks until the player quits. */
    public void awaitQuit() throws InterruptedException {
        app.awaitQuit();
    }

    /**
     * Stops the GUI and restores the terminal. Safe to call more than once and from any thread
     * (the main thread and a shutdown hook may race): only the first call does anything, and
     * nothing it meets is thrown (the terminal may already be restored by the library's own hook).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            app.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("shutdown", e);
        }
        running = false;
        if (Thread.currentThread() != thread) {
            try {
                if (!stopped.await(2, TimeUnit.SECONDS)) {
                    thread.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // e.g. IllegalStateException: the terminal already left private mode
            LOG.warn("could not restore the terminal", e);
        }
    }
}
