package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The GUI on a headless 80×24 terminal: type keys, read the screen, wait for text. */
public final class VirtualScreen implements AutoCloseable {
    public final DefaultVirtualTerminal terminal;
    public final UiRunner runner;
    /** The flush monitor, shared by all screens so a test can wait for a change on any of them. */
    private static final Object LOCK = new Object();
    /** The most {@link #settled} waits for the GUI thread to go idle. */
    private static final long SETTLE_MS = 2000;
    /** Complete screen refreshes of this screen / of all screens; guarded by {@link #LOCK}. */
    private long flushes;
    /** The screen as of the last flush (a whole frame), or null before the first; guarded by {@link #LOCK}. */
    private String frame;
    /**
     * The latest frames, oldest first (the last is {@link #frame}), so that a wait sees every frame
     * drawn since it began, not only the one current when its thread wakes (on a loaded machine a
     * short-lived screen would otherwise be missed); guarded by {@link #LOCK}.
     */
    private final java.util.ArrayList<String> recent = new java.util.ArrayList<>();
    /** How many frames {@link #recent} keeps (more than any wait sees drawn between two wake-ups). */
    private static final int FRAMES_KEPT = 1024;
    private static long allFlushes;
    /** Passes of this screen's GUI loop that found nothing to do; guarded by {@link #LOCK}. */
    private long idles;
    /** Threads waiting in {@link #settled}: only then does an idle pass wake anyone; guarded by {@link #LOCK}. */
    private int idleWaiters;

    public VirtualScreen(int cols, int rows, Consumer<App> setup) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                String complete = liveText(); // on the GUI thread, at the end of a whole frame
                synchronized (LOCK) {
                    frame = complete;
                    flushes++;
                    recent.add(complete);
                    if (recent.size() > 2 * FRAMES_KEPT) {
                        recent.subList(0, recent.size() - FRAMES_KEPT).clear();
                    }
                    allFlushes++;
                    LOCK.notifyAll();
                }
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
                synchronized (LOCK) {
                    LOCK.notifyAll();
                }
            }

            @Override
            public void onResized(Terminal t, TerminalSize newSize) {
            }
        });
        runner = UiRunner.start(terminal, setup);
        runner.onIdle(() -> {
            synchronized (LOCK) {
                idles++;
                if (idleWaiters > 0) {
                    LOCK.notifyAll();
                }
            }
        });
    }

    public App app() {
        return runner.app();
    }

    /** The screen as text, one line per row, as of the last complete refresh. */
    public String text() {
        synchronized (LOCK) {
            if (frame != null) {
                return frame;
            }
        }
        return liveText();
    }

    /** The terminal's buffer now (mid-drawing it may mix two frames). */
    private String liveText() {
        TerminalSize s = terminal.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < s.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < s.getColumns(); c++) {
                line.append(terminal.getBufferCharacter(c, r).getCharacterString());
            }
            b.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        return b.toString();
    }

    public VirtualScreen key(char c) {
        terminal.addInput(new KeyStroke(c, false, false));
        return this;
    }

    public VirtualScreen key(KeyType type) {
        terminal.addInput(new KeyStroke(type));
        return this;
    }

    public VirtualScreen type(String s) {
        for (char c : s.toCharArray()) {
            key(c);
        }
        return this;
    }

    /** Waits until the screen shows {@code text}; fails with the screen after {@code ms}. */
    public String waitFor(String text, long ms) throws InterruptedException {
        String now = await(t -> t.contains(text), ms);
        if (!now.contains(text)) {
            throw new AssertionError("screen never showed \"" + text + "\"; it shows:\n" + now);
        }
        return settled(now);
    }

    /**
     * Waits until the GUI thread has finished a pass with nothing left to do after the frame the
     * caller saw: every key and task queued before it has run and been drawn (at most
     * {@link #SETTLE_MS}). Returns the screen then. Waits on the GUI loop's idle signal, never a sleep.
     */
    private String settled(String now) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MS);
        synchronized (LOCK) {
            long seen = idles;
            idleWaiters++;
            try {
                long remaining;
                while (idles == seen && (remaining = end - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(LOCK, remaining);
                }
            } finally {
                idleWaiters--;
            }
        }
        return text();
    }

    /** Waits until the screen no longer shows {@code text} (e.g. a banner going away). */
    public String waitForGone(String text, long ms) throws InterruptedException {
        String now = await(t -> !t.contains(text), ms);
        if (now.contains(text)) {
            throw new AssertionError("screen still shows \"" + text + "\":\n" + now);
        }
        return settled(now);
    }

    /** Waits until the screen satisfies {@code test}; fails with the screen after {@code ms}. */
    public String waitUntil(String what, Predicate<String> test, long ms) throws InterruptedException {
        String now = await(test, ms);
        if (!test.test(now)) {
            throw new AssertionError("screen never showed " + what + "; it shows:\n" + now);
        }
        return now;
    }

    /**
     * Reads every frame from the one current now on, as they are drawn, until one satisfies
     * {@code test} (returned) or {@code ms} pass (the last frame is returned; the caller checks it).
     * Every frame drawn meanwhile is tested, even one already replaced when this thread wakes.
     */
    private String await(Predicate<String> test, long ms) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        synchronized (LOCK) { // frames only: never the terminal under LOCK (onFlush holds the terminal's lock)
            long tested = frame == null ? flushes : flushes - 1; // the current frame is the first to test
            while (true) {
                long first = flushes - recent.size() + 1; // the number of the oldest frame kept
                for (long n = Math.max(tested + 1, first); n <= flushes; n++) {
                    String f = recent.get((int) (n - first));
                    if (test.test(f)) {
                        return f;
                    }
                }
                tested = flushes;
                long remaining = end - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(LOCK, remaining);
            }
            if (frame != null) {
                return frame;
            }
        }
        return liveText();
    }

    /** A mark of all screens' flushes so far, for {@link #awaitFlushSince}. */
    public static long flushMark() {
        synchronized (LOCK) {
            return allFlushes;
        }
    }

    /**
     * Waits until any screen has flushed since {@code mark} (at once if one has), or {@code ms}
     * pass; true if one did. Lets a test driving several screens wait for the next change of any.
     */
    public static boolean awaitFlushSince(long mark, long ms) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        synchronized (LOCK) {
            long remaining;
            while (allFlushes == mark && (remaining = end - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(LOCK, remaining);
            }
            return allFlushes != mark;
        }
    }

    public String waitFor(String text) throws InterruptedException {
        return waitFor(text, 5000);
    }

    @Override
    public void close() {
        runner.close();
    }
}
