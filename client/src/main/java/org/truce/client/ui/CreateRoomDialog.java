package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.ComboBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.bot.Bot;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;

/** Open a room: the scenario, which seats bots take (and how they bargain), rounds and clocks. */
final class CreateRoomDialog extends Dialog {
    private static final String HUMAN = "human player";
    private final ComboBox<String> scenario = new ComboBox<>();
    private final Panel seatsPanel = new Panel(new GridLayout(2));
    private final Map<String, ComboBox<String>> seats = new LinkedHashMap<>();
    private final TextBox rounds = new TextBox(new TerminalSize(5, 1), "").setValidationPattern(java.util.regex.Pattern.compile("[0-9]{0,2}"));
    private final TextBox turn = new TextBox(new TerminalSize(5, 1), "180").setValidationPattern(java.util.regex.Pattern.compile("[0-9]{0,4}"));
    private final TextBox vote = new TextBox(new TerminalSize(5, 1), "90").setValidationPattern(java.util.regex.Pattern.compile("[0-9]{0,4}"));
    private final ComboBox<String> difficulty = new ComboBox<>("easy", "normal", "hard");

    CreateRoomDialog(App app) {
        super(app, "Create a room");
        for (ScenarioInfo s : app.model().scenarios()) {
            scenario.addItem(s.id());
        }
        difficulty.setSelectedIndex(1);
        scenario.addListener((selected, previous, byUser) -> seatsFor(selected));
        Panel form = new Panel(new GridLayout(2));
        form.addComponent(new Label("Scenario"));
        form.addComponent(scenario);
        form.addComponent(new Label("Rounds (empty: default)"));
        form.addComponent(rounds);
        form.addComponent(new Label("Seconds to write a draft (0: no clock)"));
        form.addComponent(turn);
        form.addComponent(new Label("Seconds to vote (0: no clock)"));
        form.addComponent(vote);
        form.addComponent(new Label("Bot difficulty"));
        form.addComponent(difficulty);
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL));
        root.addComponent(form);
        root.addComponent(new Label("Seats (Enter on a seat to choose human or a bot strategy):"));
        root.addComponent(seatsPanel);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button("Create", this::create));
        buttons.addComponent(new Button("Cancel", this::close));
        root.addComponent(buttons);
        setComponent(root);
        seatsFor(0);
    }

    private void seatsFor(int index) {
        seatsPanel.removeAllComponents();
        seats.clear();
        if (index < 0 || index >= app.model().scenarios().size()) {
            return;
        }
        ScenarioInfo info = app.model().scenarios().get(index);
        List<String> choices = new ArrayList<>();
        choices.add(HUMAN);
        for (String s : Bot.STRATEGIES) {
            choices.add("bot: " + s);
        }
        for (Party p : info.parties()) {
            ComboBox<String> c = new ComboBox<>(choices);
            seatsPanel.addComponent(new Label(p.name()));
            seatsPanel.addComponent(c);
            seats.put(p.id(), c);
        }
    }

    private static Integer number(TextBox t) {
        String s = t.getText().strip();
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    private void create() {
        int i = scenario.getSelectedIndex();
        if (i < 0) {
            return;
        }
        Map<String, String> bots = new LinkedHashMap<>();
        seats.forEach((party, c) -> {
            String v = c.getSelectedItem();
            if (v != null && v.startsWith("bot: ")) {
                bots.put(party, v.substring(5));
            }
        });
        try {
            app.send(new ClientMessage.CreateRoom(scenario.getSelectedItem(), bots, number(rounds), number(turn), number(vote),
                    difficulty.getSelectedItem(), null, null));
            close();
        } catch (RuntimeException e) {
            app.showMessage("Create a room", e.getMessage());
        }
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        return false;
    }
}
