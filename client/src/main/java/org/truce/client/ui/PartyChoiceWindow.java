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
    private final ActionListBox list = Style.marked(new ActionListBox());
    private final Label keys = Style.bar(new Label(""));
    private final LabelColumn detail = new LabelColumn(7);
    private final Consumer<String> chosen;

    /** {@code selected}: the party the marker starts on (the one chosen before, on the way back), or null for the first. */
    PartyChoiceWindow(App app, ScenarioInfo info, String selected, Consumer<String> chosen) {
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
        list.setSelectedIndex(Math.max(0, selected == null ? 0 : info.partyIndex(selected)));
        setFocusedInteractable(list);
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        String head = " TRUCE · " + info.title() + " · solo game";
        // a long title gives way to its short form rather than being cut
        header.setText(Text.pad(Text.cols(head) <= cols ? head : " TRUCE · " + TableWindow.shortTitle(info.title()) + " · solo game", cols));
        intro.clear(cols);
        List<String> lines = Text.wrap(info.summary(), cols - 2);
        for (int i = 0; i < lines.size() && i < intro.rows() - 1; i++) {
            intro.set(i + 1, " " + lines.get(i), cols);
        }
        int selected = Math.max(0, list.getSelectedIndex());
        List<Party> parties = info.parties();
        list.clearItems();
        // the names' column is as wide as the longest name (up to half the screen): none is cut
        int nameW = 0;
        for (Party p : parties) {
            nameW = Math.max(nameW, Text.cols(p.name()));
        }
        nameW = Math.min(nameW, Math.max(16, cols / 2));
        for (Party p : parties) {
            // the description when it fits whole; the marked party's is shown whole below the list anyway
            String about = Text.cols(p.description()) <= cols - nameW - 8 ? " " + p.description() : "";
            list.addItem(Text.pad(p.name(), nameW) + about, () -> chosen.accept(p.id()));
        }
        list.setSelectedIndex(selected);
        list.setPreferredSize(new TerminalSize(cols - 2, parties.size()));
        detail.clear(cols);
        Party sel = parties.get(Math.min(selected, parties.size() - 1));
        List<String> about = Text.wrap(sel.name() + ": " + sel.description(), cols - 2);
        int row = 0;
        for (int i = 0; i < about.size() && row < detail.rows() - 1; i++) {
            detail.set(row++, " " + about.get(i), cols, Style.ACCENT, i == 0);
        }
        // what everyone knows this party will never sign: the first thing a new player should learn
        List<org.truce.shared.scenario.RedLine> red = sel.declaredRedLines();
        detail.set(row++, red.isEmpty() ? " Declared no red line in public."
                : " Red lines it declared in public (it rejects any draft with one):", cols);
        org.truce.client.model.Names names = new org.truce.client.model.Names(info);
        // with the reasons if they fit, else one line each
        for (boolean why : new boolean[] {true, false}) {
            List<String> out = new java.util.ArrayList<>();
            for (org.truce.shared.scenario.RedLine r : red) {
                String line = "✗ " + names.term(r.term()) + ": " + names.option(r.term(), r.option())
                        + (why && !r.why().isEmpty() ? " — " + r.why() : "");
                List<String> wrapped = why ? Text.wrap(line, cols - 6) : List.of(Text.fit(line, cols - 4));
                for (int i = 0; i < wrapped.size(); i++) {
                    out.add((i == 0 ? "  " : "    ") + wrapped.get(i));
                }
            }
            if (!why || row + out.size() <= detail.rows()) {
                for (String l : out) {
                    detail.set(row++, l, cols);
                }
                break;
            }
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
