package org.truce.client.ui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/** A centred modal window over the current screen; Esc closes it, F1 or ? shows help. */
public abstract class Dialog extends BasicWindow implements Refreshable {
    /** The client this dialog belongs to. */
    protected final App app;

    /** A centred modal dialog with this title. */
    protected Dialog(App app, String title) {
        super(title);
        this.app = app;
        setHints(List.of(Hint.CENTERED, Hint.MODAL));
    }

    /** The dialog's own keys; return true if used. */
    protected abstract boolean onKey(KeyStroke key);

    @Override
    public void refresh() {
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (onKey(key)) {
            return true;
        }
        if (key.getKeyType() == KeyType.Escape) {
            close();
            return true;
        }
        return super.handleInput(key);
    }
}
