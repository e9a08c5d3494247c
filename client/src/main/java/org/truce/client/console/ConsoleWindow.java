package org.truce.client.console;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.truce.client.ui.App;
import org.truce.client.ui.FullWindow;
import org.truce.client.ui.Keys;

/**
 * The class console's overview: every room, live from the server's {@code class_state}, and the
 * keys that run them ({@link Controls}). Paints {@link OverviewView}'s lines.
 */
public final class ConsoleWindow extends FullWindow {
    private final Console console;
    private final Controls controls;
    private final Lines lines = new Lines();

    ConsoleWindow(App app, Console console) {
        super(app, "Class console");
        this.console = console;
        this.controls = new Controls(app, console);
        setComponent(lines);
    }

    /** The controls (the watched room's too). */
    Controls controls() {
        return controls;
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        int rows = size().getRows();
        lines.paint(OverviewView.render(console.model(), console.server(), app.banner(), app.now(), console::scenario, cols, rows), cols);
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        ClassModel m = console.model();
        KeyType t = key.getKeyType();
        if (t == KeyType.ArrowUp || t == KeyType.ArrowDown) {
            m.move(t == KeyType.ArrowUp ? -1 : 1);
            m.say("", false); // the last line was about the room or mode left
            refresh();
            return true;
        } else if ((t == KeyType.Enter || Keys.is(key, 'w')) && m.selected() != null && m.selected().closed()) {
            m.say(Controls.closed(m.selected().code()), true); // the server keeps no room to watch
        } else if (t == KeyType.Enter || Keys.is(key, 'w')) {
            console.watch(m.selected() == null ? null : m.selected().code());
            return true;
        } else if (Keys.is(key, 'a') || t == KeyType.Tab) {
            m.toggleAll();
            m.say("", false);
        } else if (Keys.is(key, 's')) {
            controls.setUp();
            return true;
        } else if (Keys.is(key, 'j')) {
            console.showSheet();
            return true;
        } else if (Keys.is(key, 'o')) {
            // a roster over the class's waiting rooms: who sits where goes on the join sheet
            app.openDialog(new AskDialog(app, "Roster", "Spread a roster over the human seats of the rooms waiting for players:"
                    + " the number of students, or a text file with one name per line. The join sheet prints who sits where.", "", text -> {
                try {
                    return console.spread(Roster.read(text, console.rosterDir()));
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }));
            return true;
        } else if (Keys.is(key, 'd')) {
            if (controls.connected()) {
                app.request(new org.truce.shared.protocol.ClientMessage.WriteReports());
                m.say("Writing the debrief reports of the finished rooms…", false);
            }
        } else if (!controls.key(key)) {
            return false;
        }
        refresh();
        return true;
    }

    @Override
    protected String help() {
        return "The class console: every room on the server, as it changes.\n"
                + "  ↑↓      choose a room (its seats, draft and votes show below)\n"
                + "  Enter/W watch the chosen room ([ ] next/previous room, Esc back here)\n"
                + "  A/Tab   all rooms on/off: the controls then act on every room\n"
                + "  S       set up a class: N rooms at once, then the join sheet\n"
                + "  J       the join sheet again\n"
                + "  O       spread a roster (a count, or a file of names) over the seats: the sheet says who sits where\n"
                + "  L       name the lead of a seat's team (a seat several students share)\n"
                + "  K       remove a member from a seat's team (their place goes)\n"
                + "  D       debrief: write every finished room's report (on the server)\n"
                + "  P / R   pause / resume      X  extend the clock (seconds)\n"
                + "  +       add rounds          N  announce a message\n"
                + "  I       fire a news inject  B  hand a seat to a bot\n"
                + "  F       free a seat         C  close the room (asks first)";
    }
}
