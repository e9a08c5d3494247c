package org.truce.client.ui;

import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.truce.shared.protocol.ClientMessage;

/** The lead of a seat's team hands the lead to a member: ↑↓ and Enter choose who; Esc cancels. */
final class HandLeadDialog extends Dialog {
    private static final int WIDTH = 60;

    HandLeadDialog(App app) {
        super(app, "Hand the lead over");
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        p.addComponent(new Label("Who leads your team now? They table and vote; you suggest."));
        ActionListBox list = Style.marked(new ActionListBox());
        List<String> team = app.model().team();
        for (String name : team.subList(Math.min(1, team.size()), team.size())) {
            list.addItem(Text.fit(name, WIDTH - 2), () -> {
                close();
                app.send(new ClientMessage.MakeLead(name));
            });
        }
        p.addComponent(list);
        p.addComponent(Style.bar(new Label(Text.pad(" ↑↓ Choose   Enter Hand over   Esc Cancel", WIDTH))));
        setComponent(p);
        setFocusedInteractable(list);
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        return false;
    }
}
