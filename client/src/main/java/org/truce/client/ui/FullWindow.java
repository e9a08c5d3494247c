package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * A whole-screen window with the common keys: F1 or ? for help, Esc for back, Q to quit (with
 * a confirmation). Screen-specific keys come first; while a text box has focus it gets the keys.
 */
public abstract class FullWindow extends BasicWindow implements Refreshable {
    /** The client this screen belongs to. */
    protected final App app;

    /** A full-screen window without decorations; {@code title} names it in logs and tests. */
    protected FullWindow(App app, String title) {
        super(title);
        this.app = app;
        setHints(List.of(Hint.FULL_SCREEN, Hint.NO_DECORATIONS));
    }

    /** Screen keys; return true if used. */
    protected abstract boolean onKey(KeyStroke key);

    /** Help text for this screen. */
    protected abstract String help();

    /** Esc: by default nothing (the first screens have nowhere to go back to). */
    protected void back() {
    }

    /** The terminal's size now, in columns and rows. */
    protected TerminalSize size() {
        return app.size();
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        Interactable focused = getFocusedInteractable();
        boolean typing = focused instanceof TextBox;
        if (typing) {
            if (key.getKeyType() == KeyType.F1) {
                app.showHelp(help());
                return true;
            }
            if (key.getKeyType() == KeyType.Escape) {
                back();
                return true;
            }
            return super.handleInput(key) || onKey(key);
        }
        if (app.consoleHooks().keyFirst(key) || onKey(key)) {
            return true;
        }
        if (Keys.isHelp(key)) {
            app.showHelp(help());
            return true;
        }
        if (Keys.is(key, 'q')) {
            app.confirmQuit();
            return true;
        }
        if (key.getKeyType() == KeyType.Escape) {
            back();
            return true;
        }
        return super.handleInput(key);
    }
}
