package org.truce.client.ui;

import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;

/** A yes/no question: Y or Enter on "Yes" confirms, N or Esc cancels. Never blocks the GUI thread. */
public final class ConfirmDialog extends Dialog {
    private final Runnable onYes;

    /** A yes/no question; {@code onYes} runs if the player says yes. */
    public ConfirmDialog(App app, String title, String question, Runnable onYes) {
        super(app, title);
        this.onYes = onYes;
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        for (String line : Text.wrap(question, 56)) {
            p.addComponent(new Label(line));
        }
        p.addComponent(new Label(""));
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        Button yes = new Button("Yes (Y)", this::yes);
        buttons.addComponent(yes);
        buttons.addComponent(new Button("No (N)", this::close));
        p.addComponent(buttons);
        setComponent(p);
        setFocusedInteractable(yes);
    }

    private void yes() {
        close();
        onYes.run();
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (Keys.is(key, 'y')) {
            yes();
            return true;
        }
        if (Keys.is(key, 'n')) {
            close();
            return true;
        }
        return false;
    }
}
