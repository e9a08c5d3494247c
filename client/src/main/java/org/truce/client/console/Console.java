package org.truce.client.console;

import com.googlecode.lanterna.gui2.TextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.net.Connector;
import org.truce.client.ui.App;
import org.truce.client.ui.FullWindow;
import org.truce.client.ui.Keys;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * The teacher's console put together on a client ({@link App}): greets with the teacher key, takes
 * the facilitator's messages ({@code class_state}, {@code rooms_created}, {@code facilitated}, and
 * errors and notices while the overview shows), shows the overview, the join sheet, and a room
 * watched on the player's table (spectating; [ and ] go to the previous or next room, Esc back).
 * GUI thread only, but for {@link #start}.
 */
public final class Console {
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);

    private final App app;
    private final String server;
    private final Path sheetDir;
    private final ClassModel model = new ClassModel();
    private final ConsoleWindow overview;
    /** The settings of the last set-up (the sheet's scenario; the next set-up starts from them), or null. */
    private ClientMessage.CreateRoom creating;
    /** Who sits where, once a roster was spread over the class's rooms (see {@link #spread}). */
    private final List<Roster.Place> seating = new ArrayList<>();
    /** The rooms set up from this console, in the order made (the sheet waits until a class state lists them). */
    private final List<String> ownCodes = new ArrayList<>();
    /** Every room code a class state has shown (a room set up here and gone from it is not "just created"). */
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    /** Rooms were just created: their sheet shows once a class state lists them. */
    private boolean sheetDue;
    /** Why the last join sheet could not be saved, in words, or null. */
    private String saveProblem;
    /** What the last control of each action did, in words ("Added 2 rounds in"), for its reply. */
    private final Map<String, String> did = new java.util.HashMap<>();
    /** The room asked to watch (null: none; the overview shows). */
    private String watched;
    /** Where the last join sheet was saved, or null. */
    private String savedAs;

    private Console(App app, String server, Path sheetDir) {
        this.app = app;
        this.server = server;
        this.sheetDir = sheetDir;
        this.overview = new ConsoleWindow(app, this);
    }

    /**
     * Opens the console on {@code app} (on its GUI thread): greets {@code server} (shown as the join
     * address) through {@code connector} with the teacher {@code key}; join sheets are saved in
     * {@code sheetDir}.
     */
    public static Console start(App app, String server, String key, String name, Connector connector, Path sheetDir) {
        Console c = new Console(app, server, sheetDir);
        app.name(name == null ? "facilitator" : name).teacherKey(key).noFacilitator()
                .onSeatLost(room -> c.showOverview())
                .onFirstLink(a -> a.send(new ClientMessage.ListScenarios()));
        app.consoleHooks()
                .quitQuestion("Quit the console? The rooms go on.")
                .intercept(c::take)
                .tableKeys(bar -> WatchWords.keyBar(bar, c.watched))
                .debriefHeading(h -> c.watchedRoom() == null ? h : h + " · Watching " + c.watched)
                .keysFirst(c::watchControl);
        app.gui().addListener(new TextGUI.Listener() {
            @Override
            public boolean onUnhandledKeyStroke(TextGUI gui, KeyStroke key) {
                return c.watchKey(key);
            }
        });
        app.showMain(c.overview);
        app.connect(connector);
        return c;
    }

    /** What the console knows (GUI thread). */
    public ClassModel model() {
        return model;
    }

    /** The server's address as students type it. */
    String server() {
        return server;
    }

    /** The public face of the scenario with this id, from the server's list, or null. */
    ScenarioInfo scenario(String id) {
        for (ScenarioInfo s : app.model().scenarios()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** The class being created has these settings (its sheet names the scenario; the next set-up starts from them). */
    /**
     * Spreads {@code r} over the human seats (not a bot's) of the class's open rooms that have not
     * started, in the overview's order, and shows the join sheet with who sits where. Returns null,
     * or why not (no such room).
     */
    String spread(Roster r) {
        List<java.util.Map.Entry<String, String>> seats = new ArrayList<>();
        for (ServerParts.RoomOverview room : model.rooms()) {
            if (room.closed() || Phase.fromWire(room.phase()) != Phase.LOBBY) {
                continue;
            }
            for (ServerParts.SeatStatus s : room.seats()) {
                if (s.presenceKind() != ServerParts.Presence.BOT) {
                    seats.add(java.util.Map.entry(room.code(), s.party()));
                }
            }
        }
        if (seats.isEmpty()) {
            return "No room waiting for players: S sets up a class first.";
        }
        seating.clear();
        seating.addAll(r.spread(seats));
        model.sheet(null); // made again with the seating
        model.say(r.names().size() + " students spread over " + seats.size() + " seats; the join sheet says who sits where.", false);
        showSheet();
        return null;
    }

    /** The folder a roster file is read from (where the sheet is saved). */
    java.nio.file.Path rosterDir() {
        return sheetDir;
    }

    void creating(ClientMessage.CreateRoom settings) {
        this.creating = settings;
    }

    /** The settings of the last set-up from this console, or null. */
    ClientMessage.CreateRoom lastSetUp() {
        return creating;
    }

    /** A control of this wire {@code action} was sent; its reply says it {@code did} ("Added 2 rounds in" + the rooms). */
    void sending(String action, String did) {
        this.did.put(action, did);
    }

    /** The room watched on the screen now (the controls then act on it), or null: the overview or the sheet shows. */
    String watchedRoom() {
        return watching() && app.model().party() == null ? watched : null;
    }

    /**
     * While watching, before the table sees it: ? shows the console's watch help and the
     * facilitator's keys (P R X + N I B F C) act on the watched room, with the overview's dialogs.
     */
    private boolean watchControl(KeyStroke key) {
        if (watchedRoom() == null) {
            return false;
        }
        if (Keys.isHelp(key)) {
            app.showHelp(WatchWords.HELP);
            return true;
        }
        Character ch = key.getKeyType() == KeyType.Character ? key.getCharacter() : null;
        if (ch == null || "prx+nibfcPRXNIBFC".indexOf(ch) < 0) {
            return false;
        }
        String before = model.status();
        overview.controls().key(key);
        if (!model.status().equals(before) && model.statusBad()) {
            tell(model.status(), true); // a refusal before sending (not connected…): the table's log shows it
        }
        return true;
    }

    /** Says {@code line} at the overview's bottom and, while watching, in the table's log too. */
    private void tell(String line, boolean bad) {
        model.say(line, bad);
        if (watchedRoom() != null) {
            org.truce.shared.protocol.ServerMessage.State st = app.model().state();
            app.model().add(bad ? org.truce.client.model.LogEntry.Kind.ERROR : org.truce.client.model.LogEntry.Kind.EVENT,
                    st == null ? 0 : st.round(), line);
            app.refreshAll();
        }
    }

    /** Whether a room is being watched on the table (asked for, or shown). */
    private boolean watching() {
        return watched != null && !(app.main() instanceof ConsoleWindow) && !(app.main() instanceof SheetWindow);
    }

    /** Takes the console's own messages (see the class comment); true: taken. */
    private boolean take(ServerMessage m) {
        if (m instanceof ServerMessage.ClassState cs) {
            model.classState(cs, app.now());
            model.rooms().forEach(r -> seen.add(r.code()));
            sheetOnceListed();
            return true;
        }
        if (m instanceof ServerMessage.Welcome w) {
            model.welcomed(w.isFacilitator());
            model.say("", false); // a welcome: the link is (back) up; what was said before it is stale (a shutdown, a drop)
            if (!w.isFacilitator()) {
                model.say("The server did not take the teacher key: this console cannot see or run the rooms.", true);
            }
            return true;
        }
        if (m instanceof ServerMessage.RoomsCreated rc) {
            created(rc);
            return true;
        }
        if (m instanceof ServerMessage.ReportsWritten w) {
            tell(Replies.reports(w), false);
            return true;
        }
        if (m instanceof ServerMessage.Facilitated f) {
            tell(Replies.done(f, did.get(f.action())), f.skipped() != null && f.rooms().isEmpty());
            return true;
        }
        if (watching() && m instanceof ServerMessage.Error e && app.model().room() == null) {
            // the next room could not be watched (closed meanwhile): back to the overview, which says why
            showOverview();
            model.say(Replies.refusal(e), true);
            return true;
        }
        if (watching()) {
            return false; // the table shows it
        }
        if (m instanceof ServerMessage.Error e) {
            model.say(Replies.refusal(e), true);
            return true;
        }
        if (m instanceof ServerMessage.Notice n) {
            model.say(Replies.sentence(n.text() == null || n.text().isBlank() ? n.kind() : n.text()), false);
            return true;
        }
        return false;
    }

    private void created(ServerMessage.RoomsCreated rc) {
        ownCodes.addAll(rc.codes());
        if (!rc.codes().isEmpty()) {
            model.select(rc.codes().get(0));
        }
        sheetDue = true;
        model.say("Created " + rc.codes().size() + " room" + (rc.codes().size() == 1 ? "" : "s")
                + (rc.codes().size() <= 4 ? ": " + String.join(", ", rc.codes()) : "") + ". The join sheet follows.", false);
        app.refreshAll();
        sheetOnceListed();
    }

    /**
     * Shows (or, while watching, saves) the class's new sheet once a class state lists the rooms just
     * created, so that it is numbered in the overview's order (the push may come before or after
     * {@code rooms_created}).
     */
    private void sheetOnceListed() {
        if (!sheetDue || !seen.containsAll(ownCodes)) {
            return;
        }
        sheetDue = false;
        if (!watching()) {
            showSheet();
        } else {
            classSheet(); // saved now; J shows it
        }
    }

    /**
     * The class's join sheet as it stands, saved when its rooms changed (the bottom line says where,
     * or why not), or null when no room is open: every open room on the server (the class's, whichever
     * set-up or console run made them; closed and finished ones left out), numbered in the overview's
     * order; rooms just created that no class state has shown yet come last, in the order made.
     */
    private JoinSheet classSheet() {
        List<ServerParts.RoomOverview> rooms = model.rooms();
        List<String> open = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        String scenario = null;
        for (ServerParts.RoomOverview r : rooms) {
            if (!r.closed() && Phase.fromWire(r.phase()) != Phase.ENDED) {
                open.add(r.code());
                scenarios.add(r.scenario() == null ? "" : r.scenario());
                scenario = scenario == null || scenario.equals(r.scenario()) ? r.scenario() : "several";
            }
        }
        for (String code : ownCodes) {
            if (model.room(code) == null && !seen.contains(code)) {
                open.add(code); // just created: the next class state shows it
                String sc = creating == null ? "" : creating.scenario();
                scenarios.add(sc);
                scenario = scenario == null || scenario.equals(sc) ? sc : "several";
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        List<Roster.Place> here = seating.stream().filter(p -> open.contains(p.room())).toList();
        if (model.sheet() == null || !model.sheet().codes().equals(open) || !java.util.Objects.equals(model.sheet().scenario(), scenario)
                || !model.sheet().scenarios().equals(scenarios)) {
            sheet(new JoinSheet(server, scenario, open, scenarios, Roster.sheetLines(server, here)));
        }
        return model.sheet();
    }

    /** Keeps {@code sheet} as the class's join sheet and saves it (the bottom line says where, or why not). */
    private void sheet(JoinSheet sheet) {
        model.sheet(sheet);
        savedAs = null;
        saveProblem = null;
        try {
            Path file = sheet.save(sheetDir, LocalDateTime.now());
            savedAs = file.toAbsolutePath().toString();
            model.say(sheet.codes().size() + " room" + (sheet.codes().size() == 1 ? "" : "s") + " on the join sheet (J), saved as "
                    + file.getFileName(), false);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("could not save the join sheet", e);
            saveProblem = JoinSheet.whyNotSaved(sheetDir, e);
            model.say(saveProblem, true);
        }
    }

    /** Shows the class's join sheet (or says there is none). */
    void showSheet() {
        JoinSheet sheet = classSheet();
        if (sheet == null) {
            model.say("No open rooms for a join sheet: S sets up a class.", true);
            app.refreshAll();
            return;
        }
        app.showMain(new SheetWindow(app, sheet, savedAs, saveProblem, this::showOverview));
    }

    /** Back to the overview (from the sheet, or from a watched room once the table is left). */
    void showOverview() {
        watched = null;
        if (app.main() != overview) {
            app.showMain(overview);
        }
        app.refreshAll();
    }

    /** Watches the room {@code code} on the player's table (spectating). */
    void watch(String code) {
        if (code == null) {
            model.say("No room to watch yet: S sets up a class.", true);
            app.refreshAll();
            return;
        }
        model.select(code);
        watched = code;
        app.model().resetGame(); // the table starts from this room's own log
        app.model().expect(code);
        app.send(new ClientMessage.Spectate(code, null));
    }

    /** While watching, [ and ] (or PgUp/PgDn) watch the previous or next room without going back. */
    private boolean watchKey(KeyStroke key) {
        if (!watching() || app.model().party() != null) {
            return false;
        }
        int d = Keys.is(key, ']') || key.getKeyType() == KeyType.PageDown ? 1 : Keys.is(key, '[') || key.getKeyType() == KeyType.PageUp ? -1 : 0;
        if (d == 0 || model.rooms().size() < 2) {
            return false;
        }
        model.select(watched);
        ServerParts.RoomOverview next = model.move(d);
        for (int i = 0; i < model.rooms().size() && next.closed(); i++) {
            next = model.move(d); // a closed room has nothing to watch: passed over
        }
        if (next.closed() || next.code().equals(watched)) {
            model.select(watched);
            return true; // no other room to watch
        }
        app.send(new ClientMessage.Leave());
        watched = next.code();
        app.model().resetGame(); // the table starts from the next room's own log
        app.model().expect(next.code()); // not a room passed over by a quick [ ] [ ]
        app.send(new ClientMessage.Spectate(next.code(), null));
        app.refreshAll();
        return true;
    }

    /** The overview window (tests). */
    public FullWindow overview() {
        return overview;
    }
}
