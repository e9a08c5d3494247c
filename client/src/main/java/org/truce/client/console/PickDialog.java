package org.truce.client.console;

import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.function.Consumer;
import org.truce.client.ui.App;
import org.truce.client.ui.Dialog;
import org.truce.client.ui.Style;
import org.truce.client.ui.Text;

/** Picks one of a few choices (an inject, a seat, a strategy): ↑↓ and Enter; Esc cancels. */
final class PickDialog extends Dialog {
    private static final int WIDTH = 64;

    /** {@code labels} are shown; Enter on one hands its index to {@code chosen}. */
    PickDialog(App app, String title, String question, List<String> labels, Consumer<Integer> chosen) {
        super(app, title);
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        for (String l : Text.wrap(question, WIDTH)) {
            p.addComponent(new Label(l));
        }
        ActionListBox list = Style.marked(new ActionListBox());
        for (int i = 0; i < labels.size(); i++) {
            int index = i;
            list.addItem(Text.fit(labels.get(i), WIDTH - 2), () -> {
                close();
                chosen.accept(index);
            });
        }
        p.addComponent(list);
        p.addComponent(Style.bar(new Label(Text.pad(" ↑↓ Choose   Enter OK   Esc Cancel", WIDTH))));
        setComponent(p);
        setFocusedInteractable(list);
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        return false;
    }
}
