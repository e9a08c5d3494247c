package org.truce.client.ui;

import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import org.truce.shared.protocol.ServerParts.RoomSummary;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * Before a saved seat is resumed under a name that only came from the saved settings (on a
 * shared OS account, whoever played last): "Return to Ukraine's seat in room R as Ana?" on a
 * clear screen. Y resumes it; N (or Esc) resumes nothing and lets the player type their own name.
 */
final class ReturnSeatWindow extends FullWindow {
    private final Label header = Style.bar(new Label(""));
    private final Panel body = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
    private final Label keys = Style.bar(new Label(""));
    private final String room;
    private final String party;
    private final Runnable yes;
    private final Runnable no;
    private String shown = "";

    ReturnSeatWindow(App app, String room, String party, Runnable yes, Runnable no) {
        super(app, "Your saved seat");
        this.room = room;
        this.party = party;
        this.yes = yes;
        this.no = no;
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(new Label(""));
        root.addComponent(body);
        root.addComponent(new Label(""));
        root.addComponent(keys);
        setComponent(root);
    }

    /** The party's name once the room list and scenarios are in (its id until then). */
    private String partyName() {
        if (party == null) {
            return null;
        }
        for (RoomSummary r : app.model().rooms()) {
            if (!r.code().equalsIgnoreCase(room)) {
                continue;
            }
            for (ScenarioInfo s : app.model().scenarios()) {
                if (s.id().equals(r.scenario()) && s.partyIndex(party) >= 0) {
                    return new org.truce.client.model.Names(s).inText(party); // "the United States" (its possessive follows)
                }
            }
        }
        return party;
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        String who = app.name();
        String p = partyName();
        String seat = p == null ? "your seat" : org.truce.client.model.Names.possessiveOf(p) + " seat";
        String text = "Return to " + seat + " in room " + room + " as " + who + "?\n\nThis computer last played as " + who
                + ", and that seat was saved for " + who + ". If you are not " + who + ", press N and type your own"
                + " name: the seat stays " + org.truce.client.model.Names.possessiveOf(who) + ".";
        header.setText(Text.pad(" TRUCE · Room " + room + " · Your saved seat", cols));
        keys.setText(Text.pad(" Y Return as " + who + "  ·  N Choose another name  ·  Q Quit", cols));
        if (text.equals(shown)) {
            return;
        }
        shown = text;
        body.removeAllComponents();
        for (String para : text.split("\n", -1)) {
            for (String line : para.isEmpty() ? java.util.List.of("") : Text.wrap(para, cols - 4)) {
                body.addComponent(new Label(" " + line));
            }
        }
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (Keys.is(key, 'y')) {
            yes.run();
            return true;
        }
        if (Keys.is(key, 'n')) {
            no.run();
            return true;
        }
        return false;
    }

    @Override
    protected void back() {
        no.run();
    }

    @Override
    protected String help() {
        return "YOUR SAVED SEAT\nThis computer holds a seat saved under the name it last played as. Several people may share"
                + " this account, so the seat is returned only when you say it is yours. Y returns to it; N (or Esc) goes to"
                + " the lobby to type your own name, and the seat stays as it is. Next time, `--name` skips this question.";
    }
}
