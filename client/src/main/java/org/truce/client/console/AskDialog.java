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
 * Asks for one line (a number of seconds, an announcement), perhaps with a suggested value that the
 * first key typed replaces (as if selected): Enter hands it to the action, which
 * returns null when it took it (the dialog closes) or the problem to show (it stays open); Esc
 * cancels. Never waits for the network.
 */
final class AskDialog extends Dialog {
    private static final int WIDTH = 60;
    /** The suggested value stands until the first key: typing replaces it, Backspace clears it (a selected suggestion). */
    private boolean suggested;
    private final TextBox box = new CharTextBox(new TerminalSize(WIDTH, 1)) {
        @Override
        public synchronized Result handleKeyStroke(KeyStroke key) {
            if (suggested) {
                suggested = false;
                keys.setText(Text.pad(" type   Enter OK   Esc Cancel", WIDTH)); // the suggestion is gone: so is its hint
                KeyType t = key.getKeyType();
                if (t == KeyType.Character || t == KeyType.Backspace || t == KeyType.Delete) {
                    setText("");
                    if (t != KeyType.Character) {
                        return Result.HANDLED;
                    }
                }
            }
            return super.handleKeyStroke(key);
        }
    };
    private final Label problem = new Label("");
    private final Label keys = new Label("");
    /** The length against the limit ("12/500"), shown when a limit was given. */
    private final Label count = new Label("");
    private final Function<String, String> action;

    AskDialog(App app, String title, String question, String initial, Function<String, String> action) {
        this(app, title, question, initial, 0, action);
    }

    /** As above; {@code max} > 0: a live character count against it ("12/500"), as the students' talk box has. */
    AskDialog(App app, String title, String question, String initial, int max, Function<String, String> action) {
        super(app, title);
        this.action = action;
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        for (String l : Text.wrap(question, WIDTH)) {
            p.addComponent(new Label(l));
        }
        box.setText(initial == null ? "" : initial);
        box.setCaretPosition(box.getText().length());
        suggested = !box.getText().isEmpty(); // the first digit typed replaces the suggestion: 5 is 5, not 605
        p.addComponent(box);
        Style.colour(problem, Style.RED, true);
        p.addComponent(problem);
        if (max > 0) {
            p.addComponent(count);
            count.setText(length(box.getText()) + "/" + max + " characters");
            box.setTextChangeListener((t, byUser) -> {
                int n = length(t);
                count.setText(n > max ? "Too long: " + n + " of " + max + " characters. Shorten it to send." : n + "/" + max + " characters");
            });
        }
        keys.setText(Text.pad(suggested ? " type to replace " + initial + "   Enter OK   Esc Cancel" : " type   Enter OK   Esc Cancel", WIDTH));
        p.addComponent(Style.bar(keys));
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

    /** A message's length as the server counts it: characters (code points), invisible ones dropped. */
    static int length(String typed) {
        return org.truce.shared.text.Chars.count(org.truce.shared.scenario.PlainText.withoutInvisible(typed).strip());
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
