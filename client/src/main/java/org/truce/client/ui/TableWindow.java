package org.truce.client.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.truce.client.model.GameModel;
import org.truce.client.model.LogEntry;
import org.truce.client.model.Worth;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Package;

/**
 * The negotiation table, on one 80×24 screen: paints the lines {@link TableView} makes of the
 * model (the draft, the votes, the clock, what the draft is worth to you, the talk, what you can
 * do now) and turns keys into moves.
 */
final class TableWindow extends FullWindow {
    private final Label header = Style.bar(new Label(""));
    private final LabelColumn status = new LabelColumn(1);
    private final LabelColumn draft = new LabelColumn(TableView.DRAFT_ROWS);
    private final Label separator = new Label("");
    private final LabelColumn logLines = new LabelColumn(6);
    private final LabelColumn action = new LabelColumn(1);
    private final Label keys = Style.bar(new Label(""));
    /** The package editor's edits, kept for the round while the player looks at the table (E comes back to them). */
    private final EditorWindow.Kept editorKept = new EditorWindow.Kept();
    /**
     * This client's last vote and draft (null: none yet; their rounds say which round they were
     * for, and they go again if they died with a link) and the ids they were sent with (pending
     * until the server answers).
     */
    private ClientMessage.Vote lastVote;
    private String voteId;
    private ClientMessage.Propose lastDraft;
    private String tableId;
    /** The line a move key gets while the facilitator has paused the game. */
    static final String PAUSED_MOVE = "Paused by the facilitator: your move waits until the game resumes (T still talks).";
    /** The last closed round whose result the player has seen and acted after (the summary then goes). */
    private int summarySeen = -1;

    TableWindow(App app) {
        super(app, "Negotiation table");
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(status);
        root.addComponent(draft);
        root.addComponent(separator);
        root.addComponent(logLines);
        root.addComponent(action);
        root.addComponent(keys);
        setComponent(root);
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        GameModel m = app.model();
        State s = m.state();
        sendAgainWhatALinkLost(m, s);
        TableView.Context c = new TableView.Context(app.banner(), summarySeen, s != null && voteSent(s), s != null && draftSent(s),
                app.facilitatorKey() != null, app.hasLobby());
        TableView.Frame f = TableView.render(m, c, cols, size().getRows());
        header.setText(f.header().text());
        paint(status, f.status(), cols);
        paint(draft, f.draft(), cols);
        separator.setText(f.separator().text());
        paint(logLines, f.log(), cols);
        paint(action, f.action(), cols);
        keys.setText(app.consoleHooks().keyBar(f.keys().text()));
    }

    private static void paint(LabelColumn column, List<TableView.Line> lines, int cols) {
        column.resize(lines.size());
        column.clear(cols);
        for (int i = 0; i < lines.size(); i++) {
            TableView.Line l = lines.get(i);
            column.set(i, l.text(), cols, colour(l.tone()), l.bold());
            column.reverse(i, l.reverse());
        }
    }

    private static TextColor colour(TableView.Tone t) {
        switch (t) {
            case ACCENT:
                return Style.ACCENT;
            case RED:
                return Style.RED;
            case GOOD:
                return Style.GOOD;
            case PRIVATE:
                return Style.PRIVATE;
            case EVENT:
            case NEWS:
                return Style.EVENT;
            case FACILITATOR:
                return Style.ACCENT;
            default:
                return Style.FG;
        }
    }

    /** "The Paris summit" for "The Paris summit: …" (see {@link TableView#shortTitle}). */
    static String shortTitle(String title) {
        return TableView.shortTitle(title);
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        GameModel m = app.model();
        State s = m.state();
        if ((Keys.is(key, 'a') || Keys.is(key, 'r') || Keys.is(key, 'e')) && m.paused() && m.party() != null) {
            // the server would refuse the move (paused): say so here, once per key, without sending it
            m.add(LogEntry.Kind.ERROR, s.round(), PAUSED_MOVE);
            refresh();
            return true;
        }
        if (Keys.is(key, 'a') || Keys.is(key, 'r')) {
            boolean accept = Keys.is(key, 'a');
            if (m.isMember() && s != null && m.isSeatVote()) {
                // the server would answer not_lead: say so here, without sending the vote
                m.add(LogEntry.Kind.ERROR, s.round(), "Only the lead (" + m.lead() + ") votes for "
                        + m.names().party(m.party()) + ": + and - suggest a vote to them.");
                refresh();
                return true;
            }
            if (m.isMyVote() && !voteSent(s)) {
                vote(s, accept);
            }
            return true;
        }
        if (m.isMember() && !m.paused() && s != null) {
            // a team member suggests; only the lead moves
            if (Keys.is(key, 'e') && m.isSeatPen()) {
                summarySeen = s.round() - 1;
                app.openDialog(new EditorWindow(app, true, null, null, editorKept, this::tabled));
                return true;
            }
            if ((Keys.is(key, '+') || Keys.is(key, '-')) && m.isSeatVote()) {
                summarySeen = s.round() - 1;
                app.send(new ClientMessage.Suggest(null, Keys.is(key, '+')));
                refresh();
                return true;
            }
        }
        if (Keys.is(key, 'u')) {
            org.truce.client.model.Team.Suggestion pkg = TeamLines.latestPackage(m);
            if (m.isMyPen() && !draftSent(s) && pkg != null) {
                summarySeen = s.round() - 1;
                app.openDialog(new EditorWindow(app, false, pkg.terms(), pkg.by() + "'s suggestion", editorKept, this::tabled));
            }
            return true;
        }
        if (Keys.is(key, 'k')) {
            if (m.isLead() && !m.team().isEmpty()) {
                app.openDialog(new HandLeadDialog(app));
            }
            return true;
        }
        if (Keys.is(key, 'e')) {
            if (m.isMyPen() && !draftSent(s)) {
                summarySeen = s.round() - 1;
                app.openDialog(new EditorWindow(app, false, null, null, editorKept, this::tabled));
            }
            return true;
        }
        if (Keys.is(key, 't')) {
            if (m.party() != null) {
                app.openDialog(new TalkDialog(app));
            }
            return true;
        }
        if (Keys.is(key, 'b')) {
            if (m.brief() != null) {
                app.showMessage("Your brief: " + m.names().party(m.party()), BriefText.of(m.scenario(), m.brief(), m.state() == null ? 1 : m.state().round()));
            }
            return true;
        }
        if (Keys.is(key, 'h')) {
            app.showMessage("Drafts so far", HistoryText.of(m));
            return true;
        }
        if (Keys.is(key, 'f')) {
            if (app.facilitatorKey() != null) {
                app.openDialog(new FacilitatorDialog(app));
            }
            return true;
        }
        if (Keys.is(key, 'l')) {
            StringBuilder b = new StringBuilder();
            for (LogEntry e : m.log()) {
                b.append(e.round() > 0 ? "[" + e.round() + "] " : "").append(e.text()).append('\n');
            }
            app.showMessage("Talk and events", b.length() == 0 ? "Nothing yet." : b.toString());
            return true;
        }
        return false;
    }

    /** Whether Esc leaves the table (see {@link TableView#canGoBack}). */
    private boolean canGoBack(GameModel m) {
        return TableView.canGoBack(m, app.hasLobby());
    }

    @Override
    protected void back() {
        GameModel m = app.model();
        if (!canGoBack(m)) {
            return;
        }
        if (m.party() == null) {
            app.leaveTable();
            return;
        }
        String room = m.room();
        app.openDialog(new ConfirmDialog(app, "Leave your seat", "Leave your seat in room " + room + "? The game has not"
                + " started: the seat becomes free for someone else, and you choose a seat again.", () -> {
            if (room.equals(app.model().room()) && canGoBack(app.model())) {
                app.leaveTable();
            } else if (room.equals(app.model().room())) {
                // the last seat was taken while the question was open: a game in progress keeps its seats
                app.showMessage("Leave your seat", "The game in room " + room + " has started, so your seat stays yours."
                        + " Q quits Truce; your seat then waits for you.");
            }
        }));
    }

    /**
     * Whether this client's vote for the round is on its way: sent, and its reply (the state that
     * counts it, or the error refusing it) not yet in. Not any more after a link-up either (it may
     * be lost). A state some other move caused does not answer it.
     */
    private boolean voteSent(State s) {
        return lastVote != null && lastVote.round() == s.round() && app.link().pending(voteId);
    }

    /**
     * A vote or draft written to a link that then died (a half-open connection: the key press is
     * what finds it dead) would be lost without a word: once the link is back and the table still
     * waits for it in the same round, it goes again (a refusal, if the first arrived after all, is
     * quiet).
     */
    private void sendAgainWhatALinkLost(GameModel m, State s) {
        if (s == null || app.banner() != null) {
            return;
        }
        if (lastVote != null && lastVote.round() == s.round() && app.link().dropped(voteId) && m.isMyVote()) {
            voteId = app.link().requestAgain(lastVote);
        }
        if (lastDraft != null && lastDraft.round() == s.round() && app.link().dropped(tableId) && m.isMyPen()) {
            tableId = app.link().requestAgain(lastDraft);
        }
    }

    /** The editor tabled this player's draft as request {@code id}. */
    private void tabled(ClientMessage.Propose draft, String id) {
        lastDraft = draft;
        tableId = id;
        refresh(); // the editor has closed over a table that still offers the pen
    }

    /** Whether this client's draft for the round is on its way (as {@link #voteSent} for a vote). */
    private boolean draftSent(State s) {
        return lastDraft != null && lastDraft.round() == s.round() && app.link().pending(tableId);
    }

    private void vote(State s, boolean accept) {
        Worth worth = app.model().worth();
        Package p = worth == null || s.draft() == null ? null : worth.pkg(s.draft().terms());
        Runnable send = () -> {
            summarySeen = s.round() - 1;
            lastVote = new ClientMessage.Vote(s.round(), accept);
            voteId = app.request(lastVote);
            refresh();
        };
        if (accept && p != null && !worth.redLinesCrossed(p).isEmpty()) {
            app.openDialog(new ConfirmDialog(app, "Red line", "This draft crosses your red line on "
                    + worth.redLinesCrossed(p).get(0).name() + ". Accept it anyway?", send));
        } else {
            send.run();
        }
    }

    @Override
    protected String help() {
        GameModel m = app.model();
        return Help.table(m.party() == null, app.hasLobby());
    }
}
