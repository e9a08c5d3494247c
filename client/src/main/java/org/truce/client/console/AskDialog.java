package org.truce.client.console;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Function;
import org.truce.client.ui.App;
import org.truce.client.ui.CharTextBox;
import org.truce.client.ui.Dialog;
import org.truce.client.ui.Style;
import org.truce.client.ui.Text;

/**
 * Asks for one line (a number of seconds, an announcement): Enter hands it to the action, which
 * returns null when it took it (the dialog closes) or the problem to show (it stays open); Esc
 * cancels. Never waits for the network.
 */
final class AskDialog extends Dialog {
    private static final int WIDTH = 60;
    private final TextBox box = new CharTextBox(new TerminalSize(WIDTH, 1));
    private final Label problem = new Label("");
    private final Function<String, String> action;

    AskDialog(App app, String title, String question, String initial, Function<String, String> action) {
        super(app, title);
        this.action = action;
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        for (String l : Text.wrap(question, WIDTH)) {
            p.addComponent(new Label(l));
        }
        box.setText(initial == null ? "" : initial);
        box.setCaretPosition(box.getText().length()); // typing goes after the suggestion; Backspace takes it away
        p.addComponent(box);
        Style.colour(problem, Style.RED, true);
        p.addComponent(problem);
        p.addComponent(Style.bar(new Label(Text.pad(" type   Enter OK   Esc Cancel", WIDTH))));
        setComponent(p);
        setFocusedInteractable(box);
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (key.getKeyType() != KeyType.Enter) {
            return false;
        }
        String why = action.apply(box.getText().strip());
        if (why == null) {
            close();
        } else {
            problem.setText(Text.fit(why, WIDTH));
        }
        return true;
    }

    /** A whole number lo..hi typed as {@code text}, or null. */
    static Integer number(String text, int lo, int hi) {
        try {
            int n = Integer.parseInt(text.strip());
            return n < lo || n > hi ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
