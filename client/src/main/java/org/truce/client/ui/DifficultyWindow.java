package org.truce.client.ui;

import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.function.Consumer;

/** Solo play's second screen: how hard the bots bargain. */
final class DifficultyWindow extends FullWindow {
    private final Label header = Style.bar(new Label(""));
    private final Label keys = Style.bar(new Label(""));
    private final Runnable onBack;
    private final String partyName;

    DifficultyWindow(App app, org.truce.client.model.Names names, String party, Consumer<String> chosen, Runnable onBack) {
        super(app, "Difficulty");
        this.onBack = onBack;
        this.partyName = names.party(party);
        ActionListBox list = Style.marked(new ActionListBox());
        list.addItem("Easy    — the bots concede sooner and accept more", () -> chosen.accept("easy"));
        list.addItem("Normal  — the bots bargain like seasoned diplomats", () -> chosen.accept("normal"));
        list.addItem("Hard    — the bots hold out and read your moves", () -> chosen.accept("hard"));
        list.setSelectedIndex(1);
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(new Label(""));
        root.addComponent(new Label(" You will represent " + names.inText(party) + ". Bots take the other seats."));
        root.addComponent(new Label(""));
        root.addComponent(new Label(" How hard should they bargain?"));
        root.addComponent(list);
        root.addComponent(new Label(""));
        root.addComponent(keys);
        setComponent(root);
        setFocusedInteractable(list);
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        header.setText(Text.pad(" TRUCE · solo game · " + partyName, cols));
        keys.setText(Text.pad(" ↑↓ Choose  Enter Start the talks  Esc Back  ? Help  Q Quit", cols));
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        return false;
    }

    @Override
    protected void back() {
        onBack.run();
    }

    @Override
    protected String help() {
        return Help.START;
    }
}
