package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.function.Consumer;

/** The GUI on a headless 80×24 terminal: type keys, read the screen, wait for text. */
public final class VirtualScreen implements AutoCloseable {
    public final DefaultVirtualTerminal terminal;
    public final UiRunner runner;

    public VirtualScreen(int cols, int rows, Consumer<App> setup) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        runner = UiRunner.start(terminal, setup);
    }

    public App app() {
        return runner.app();
    }

    /** The screen as text, one line per row. */
    public String text() {
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
        long end = System.currentTimeMillis() + ms;
        String now = text();
        while (!now.contains(text)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("screen never showed \"" + text + "\"; it shows:\n" + now);
            }
            Thread.sleep(20);
            now = text();
        }
        return settled(now);
    }

    /** Waits until two reads 40 ms apart agree (the GUI finished drawing). */
    private String settled(String now) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Thread.sleep(40);
            String again = text();
            if (again.equals(now)) {
                return now;
            }
            now = again;
        }
        return now;
    }

    /** Waits until the screen no longer shows {@code text} (e.g. a banner going away). */
    public String waitForGone(String text, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        String now = text();
        while (now.contains(text)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("screen still shows \"" + text + "\":\n" + now);
            }
            Thread.sleep(20);
            now = text();
        }
        return settled(now);
    }

    /** Waits until the screen satisfies {@code test}; fails with the screen after {@code ms}. */
    public String waitUntil(String what, java.util.function.Predicate<String> test, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        String now = text();
        while (!test.test(now)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("screen never showed " + what + "; it shows:\n" + now);
            }
            Thread.sleep(20);
            now = text();
        }
        return now;
    }

    public String waitFor(String text) throws InterruptedException {
        return waitFor(text, 5000);
    }

    @Override
    public void close() {
        runner.close();
    }
}
