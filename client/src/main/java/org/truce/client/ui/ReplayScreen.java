package org.truce.client.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.List;
import org.truce.client.replay.ReplaySteps;

/**
 * {@code truce replay}'s screen: one step of a finished game at a time ({@link ReplayView}), moved
 * by the keys until Q (or Esc, or the end of input). Read only, no network.
 */
public final class ReplayScreen {
    private final ReplaySteps steps;
    private int at;

    /** A replay of {@code steps}, at the start. */
    public ReplayScreen(ReplaySteps steps) {
        this.steps = steps;
    }

    /** Shows the replay on {@code terminal} until Q; the terminal is left as it was found (the screen stopped). */
    public void run(Terminal terminal) throws IOException {
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            screen.setCursorPosition(null);
            draw(screen);
            while (true) {
                KeyStroke k = screen.readInput();
                if (k == null || k.getKeyType() == KeyType.EOF || k.getKeyType() == KeyType.Escape
                        || k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'q') {
                    return;
                }
                if (move(k.getKeyType())) {
                    draw(screen);
                } else if (k.getKeyType() == KeyType.Character || screen.doResizeIfNecessary() != null) {
                    draw(screen);
                }
            }
        } finally {
            screen.stopScreen();
        }
    }

    /** The step shown, counted from 0. */
    int at() {
        return at;
    }

    /** Moves for a key; false when the key does not move. */
    boolean move(KeyType key) {
        int last = steps.steps().size() - 1;
        int round = steps.steps().get(at).round();
        int to = at;
        switch (key) {
            case ArrowRight -> to = Math.min(last, at + 1);
            case ArrowLeft -> to = Math.max(0, at - 1);
            case Home -> to = 0;
            case End -> to = last;
            case PageDown -> {
                to = last;
                for (int i = at + 1; i <= last; i++) {
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
        at = to;
        return true;
    }

    private void draw(Screen screen) throws IOException {
        screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        List<String> rows = ReplayView.render(steps, at, size.getColumns(), size.getRows());
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
