package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** Long text to read (help, a brief, the full log): ↑↓ PgUp PgDn scroll, Esc closes. */
public final class TextDialog extends Dialog {

    /** A scrollable text sized to the screen (40..76 columns, 8..40 rows), wrapped to fit. */
    public TextDialog(App app, String title, String text) {
        super(app, title);
        TerminalSize screen = app.size();
        int width = Math.max(40, Math.min(76, screen.getColumns() - 6));
        int height = Math.max(8, Math.min(40, screen.getRows() - 6));
        StringBuilder wrapped = new StringBuilder();
        List<String> lines = Text.wrapHanging(text, width - 2);
        for (String l : lines) {
            wrapped.append(l).append('\n');
        }
        TextBox box = new TextBox(new TerminalSize(width, Math.min(height, lines.size() + 1)), wrapped.toString(),
                TextBox.Style.MULTI_LINE);
        box.setReadOnly(true);
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        p.addComponent(box);
        p.addComponent(Style.bar(new Label(Text.pad(" ↑↓ PgUp PgDn scroll   Esc close", width))));
        setComponent(p);
        setFocusedInteractable(box);
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (Keys.is(key, 'q')) {
            close();
            return true;
        }
        return false;
    }
}
