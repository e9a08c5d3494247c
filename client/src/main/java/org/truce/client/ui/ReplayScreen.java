package org.truce.client.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import java.io.IOException;
import java.util.List;
import org.truce.client.replay.ReplaySteps;

/**
 * {@code truce replay}'s screen: one step of a finished game at a time ({@link ReplayView}), then
 * the debrief as the last step, moved by the keys until Q (or Esc, or the end of input). A resize
 * of the terminal redraws at once, not at the next key: the resize listener only wakes the loop,
 * which polls the keys and does all the drawing (a listener may run holding the terminal's lock,
 * and a terminal may hold it while it blocks reading a key, so neither may draw from the other).
 * Read only, no network.
 */
public final class ReplayScreen {
    /** How long the loop waits for a resize between two looks at the keyboard. */
    private static final long POLL_MS = 25;

    private final ReplaySteps steps;
    private int at;
    /** How far the debrief is scrolled down. */
    private int scroll;
    private final Object wake = new Object();
    private boolean resized;

    /** A replay of {@code steps}, at the start. */
    public ReplayScreen(ReplaySteps steps) {
        this.steps = steps;
    }

    /** Shows the replay on {@code terminal} until Q; the terminal is left as it was found (the screen stopped). */
    public void run(Terminal terminal) throws IOException {
        Screen screen = new TerminalScreen(terminal); // its own resize listener comes first: the size is pending when ours runs
        TerminalResizeListener listener = (t, size) -> {
            synchronized (wake) {
                resized = true;
                wake.notifyAll();
            }
        };
        screen.startScreen();
        terminal.addResizeListener(listener);
        try {
            screen.setCursorPosition(null);
            draw(screen);
            while (true) {
                KeyStroke k = screen.pollInput();
                if (k == null) {
                    if (waitForResize()) {
                        draw(screen);
                    }
                    continue;
                }
                if (k.getKeyType() == KeyType.EOF || k.getKeyType() == KeyType.Escape
                        || k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'q') {
                    return;
                }
                if (move(k.getKeyType()) || k.getKeyType() == KeyType.Character || screen.doResizeIfNecessary() != null) {
                    draw(screen);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.removeResizeListener(listener);
            screen.stopScreen();
        }
    }

    /** Waits a moment for a resize (woken at once by one); true if the terminal was resized. */
    private boolean waitForResize() throws InterruptedException {
        synchronized (wake) {
            if (!resized) {
                wake.wait(POLL_MS);
            }
            boolean r = resized;
            resized = false;
            return r;
        }
    }

    /** The step shown, counted from 0. */
    int at() {
        return at;
    }

    /** Moves for a key (↑/↓ scroll the debrief, the last step); false when the key does not move. */
    boolean move(KeyType key) {
        int last = steps.steps().size(); // the debrief
        int round = at < last ? steps.steps().get(at).round() : steps.rounds() + 1;
        int to = at;
        if (at == last && (key == KeyType.ArrowDown || key == KeyType.ArrowUp)) {
            scroll = Math.max(0, scroll + (key == KeyType.ArrowDown ? 1 : -1));
            return true;
        }
        switch (key) {
            case ArrowRight -> to = Math.min(last, at + 1);
            case ArrowLeft -> to = Math.max(0, at - 1);
            case Home -> to = 0;
            case End -> to = last;
            case PageDown -> {
                to = last;
                for (int i = at + 1; i < last; i++) {
                    if (steps.steps().get(i).round() > round) {
                        to = i;
                        break;
                    }
                }
            }
            case PageUp -> {
                to = 0;
                for (int i = 0; i < at; i++) {
                    if (steps.steps().get(i).round() >= round - 1) {
                        to = i;
                        break;
                    }
                }
            }
            default -> {
                return false;
            }
        }
        if (to != at) {
            scroll = 0;
        }
        at = to;
        return true;
    }

    private void draw(Screen screen) throws IOException {
        screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        if (at == steps.steps().size()) {
            scroll = Math.min(scroll, ReplayView.debriefScrollMax(steps, size.getColumns(), size.getRows()));
        }
        List<String> rows = ReplayView.render(steps, at, size.getColumns(), size.getRows(), scroll);
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        for (int i = 0; i < rows.size() && i < size.getRows(); i++) {
            if (i == 0) {
                g.putString(0, i, rows.get(i), SGR.BOLD, SGR.REVERSE);
            } else {
                g.putString(0, i, rows.get(i));
            }
        }
        screen.refresh(Screen.RefreshType.COMPLETE);
    }
}
