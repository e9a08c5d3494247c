package org.truce.client.ui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** Shown over everything while the terminal is smaller than 80×24. */
final class EnlargeWindow extends BasicWindow {
    private final Label label = new Label("");

    EnlargeWindow() {
        super("");
        setHints(List.of(Hint.FULL_SCREEN, Hint.NO_DECORATIONS, Hint.MODAL));
        setComponent(label);
    }

    void show(int cols, int rows) {
        label.setText("Please enlarge the terminal to at least 80×24\n(now " + cols + "×" + rows + ").\n\nCtrl+C quits.");
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        return true;
    }
}
