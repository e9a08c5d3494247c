package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.function.Consumer;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;

/** Solo play's first screen: which party you will play, each with its line of description. */
final class PartyChoiceWindow extends FullWindow {
    private final ScenarioInfo info;
    private final Label header = Style.bar(new Label(""));
    private final LabelColumn intro = new LabelColumn(6);
    private final ActionListBox list = new ActionListBox();
    private final Label keys = Style.bar(new Label(""));
    private final LabelColumn detail = new LabelColumn(3);
    private final Consumer<String> chosen;

    PartyChoiceWindow(App app, ScenarioInfo info, Consumer<String> chosen) {
        super(app, "Choose your party");
        this.info = info;
        this.chosen = chosen;
        for (Party p : info.parties()) {
            list.addItem(p.name(), () -> chosen.accept(p.id()));
        }
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(intro);
        root.addComponent(new Label(" Whom will you represent?"));
        root.addComponent(list);
        root.addComponent(new Label(""));
        root.addComponent(detail);
        root.addComponent(keys);
        setComponent(root);
        setFocusedInteractable(list);
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        header.setText(Text.pad(" TRUCE · " + info.title() + " · solo game", cols));
        intro.clear(cols);
        List<String> lines = Text.wrap(info.summary(), cols - 2);
        for (int i = 0; i < lines.size() && i < intro.rows() - 1; i++) {
            intro.set(i + 1, " " + lines.get(i), cols);
        }
        int selected = Math.max(0, list.getSelectedIndex());
        List<Party> parties = info.parties();
        list.clearItems();
        for (Party p : parties) {
            list.addItem(Text.pad(p.name(), 16) + " " + Text.fit(p.description(), cols - 22), () -> chosen.accept(p.id()));
        }
        list.setSelectedIndex(selected);
        list.setPreferredSize(new TerminalSize(cols - 2, parties.size()));
        detail.clear(cols);
        Party sel = parties.get(Math.min(selected, parties.size() - 1));
        List<String> about = Text.wrap(sel.name() + ": " + sel.description(), cols - 2);
        for (int i = 0; i < about.size() && i < detail.rows(); i++) {
            detail.set(i, " " + about.get(i), cols, Style.ACCENT, i == 0);
        }
        keys.setText(Text.pad(" ↑↓ Choose  Enter Play this party  ? Help  Q Quit", cols));
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        boolean used = super.handleInput(key);
        if (app.main() == this) {
            refresh();
        }
        return used;
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        return false;
    }

    @Override
    protected String help() {
        return Help.START;
    }
}
