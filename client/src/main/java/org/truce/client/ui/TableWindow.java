package org.truce.client.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.client.model.GameModel;
import org.truce.client.model.LogEntry;
import org.truce.client.model.Names;
import org.truce.client.model.Worth;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage.DraftView;
import org.truce.shared.protocol.ServerMessage.RoundView;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * The negotiation table, on one 80×24 screen: the draft, the votes, the clock, your brief and
 * what the draft is worth to you, the talk and event log, and what you can do now.
 */
final class TableWindow extends FullWindow {
    private static final int DRAFT_ROWS = 13;

    private final Label header = Style.bar(new Label(""));
    private final LabelColumn status = new LabelColumn(1);
    private final LabelColumn draft = new LabelColumn(DRAFT_ROWS);
    private final Label separator = new Label("");
    private final LabelColumn logLines = new LabelColumn(6);
    private final LabelColumn action = new LabelColumn(1);
    private final Label keys = Style.bar(new Label(""));
    private int votedRound = -1;
    private int votedEpoch;
    private int votedStates;
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
        int rows = size().getRows();
        GameModel m = app.model();
        State s = m.state();
        ScenarioInfo info = m.scenario();
        // the scenario's title names the table (paris-summit and its four-seat variant share a start):
        // the game's own name gives way to it first; the round, the pen and the clock matter more than both
        String head = headerText(m, s, info, true, true);
        if (Text.cols(head) > cols) {
            head = headerText(m, s, info, true, false);
        }
        if (Text.cols(head) > cols) {
            head = headerText(m, s, info, false, true);
        }
        header.setText(Text.pad(head, cols));
        String banner = app.banner();
        String summary = roundSummary(m, s, cols);
        // a summary no short form fits goes on two rows (the talk gives one up) rather than being cut
        List<String> wrapped = banner == null && summary != null ? Text.wrap(summary, cols) : List.of();
        status.resize(Math.max(1, Math.min(2, wrapped.size())));
        status.clear(cols);
        if (banner != null) {
            status.set(0, banner, cols, Style.RED, true);
        } else if (summary != null) {
            // how the last round ended, in reverse video until the player's next move
            for (int i = 0; i < status.rows(); i++) {
                status.set(i, wrapped.get(i), cols, Style.ACCENT, true);
                status.reverse(i, true);
            }
        } else {
            status.set(0, prompt(m, s), cols, Style.ACCENT, true);
        }
        draft.clear(cols);
        drawDraft(m, s, info, cols);
        drawYou(m, s, info, cols);
        separator.setText(Text.pad("── Talk & events " + "─".repeat(Math.max(0, cols - 17)), cols));
        drawAction(m, s, cols);
        // nothing to do now: the action line's row goes to the talk
        logLines.resize(Math.max(1, rows - 16 - status.rows() - action.rows()));
        drawLog(m, cols);
        keys.setText(Text.pad(keyBar(m), cols));
    }

    private String headerText(GameModel m, State s, ScenarioInfo info, boolean title, boolean brand) {
        StringBuilder b = new StringBuilder(brand || info == null ? " TRUCE" : "");
        if (info != null && title) {
            b.append(brand ? " · " : " ").append(shortTitle(info.title()));
        }
        if (s == null) {
            return b.append(" · joining…").toString();
        }
        if (Phase.fromWire(s.phase()) == Phase.LOBBY) {
            return b.append(" · waiting for the seats to fill").toString();
        }
        b.append(" · Round ").append(s.round()).append(" of ").append(s.rounds());
        if (s.pen() != null && m.names() != null) {
            // the short name: a long one would push the clock off an 80-column header
            b.append(" · Pen: ").append(m.names().shortName(s.pen())).append(m.isStandIn(s.pen()) ? " (stand-in)" : "");
        }
        String left = Text.timeLeft(m.millisLeft());
        b.append(" · ").append(left == null ? "no clock" : left + " left");
        return b.toString();
    }

    static String shortTitle(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon) : title;
    }

    private String prompt(GameModel m, State s) {
        if (s == null) {
            return "Taking your seat…";
        }
        Names n = m.names();
        Phase phase = Phase.fromWire(s.phase());
        if (phase == null) {
            return "";
        }
        switch (phase) {
            case LOBBY:
                return "Waiting for the other seats to be taken…";
            case ENDED:
                return "The talks are over.";
            case PROPOSING:
                if (m.isMyPen()) {
                    return "▶ You hold the pen: press E to write your draft and table it.";
                }
                return (m.isStandIn(s.pen()) ? m.who(s.pen()) : n.subject(s.pen())) + " is writing a draft…";
            case VOTING:
                if (m.isMyVote() && !voteSent(s)) {
                    return "▶ Your vote: A to accept the draft, R to reject it.";
                }
                if (m.party() != null && s.draft() != null && m.party().equals(s.draft().by()) && !s.draft().automatic()) {
                    return "Your draft is on the table: the others are voting…";
                }
                return "Waiting for the other votes…";
            default:
                return "";
        }
    }

    private void drawDraft(GameModel m, State s, ScenarioInfo info, int w) {
        if (info == null) {
            return;
        }
        Names n = m.names();
        Worth worth = m.worth();
        DraftView d = s == null ? null : s.draft();
        int nameW = Math.min(28, Math.max(14, w - 52));
        // the worth column: what this option gives you out of the most the term can give (its weight for you)
        int optW = Math.max(8, w - nameW - 1 - (worth == null ? 0 : 12));
        String column = worth == null ? "" : Text.padLeft(d == null ? "max" : "gives/max", 9);
        if (d == null) {
            draft.set(0, Text.pad("No draft on the table yet.", nameW + 1 + optW) + column, w, Style.FG, true);
        } else {
            int origin = m.originRound(d);
            String by = d.automatic()
                    ? "Re-tabled by the clock: " + author(m, d) + " draft" + (origin > 0 ? " of round " + origin : "")
                    : "Draft on the table: by " + (d.by().equals(m.party()) ? "you" : n.inText(d.by())) + ", round " + d.round();
            if (Text.cols(by) > nameW + 1 + optW && d.automatic() && !d.by().equals(m.party())) {
                // a long name: its short form rather than a cut line
                by = "Re-tabled by the clock: " + n.possessiveShort(d.by()) + " draft" + (origin > 0 ? " of round " + origin : "");
            }
            draft.set(0, Text.pad(by, nameW + 1 + optW) + column, w, Style.FG, true);
        }
        Package p = worth == null || d == null ? null : worth.pkg(d.terms());
        for (int t = 0; t < info.terms().size() && t < 9; t++) {
            Term term = info.terms().get(t);
            String opt = d == null ? "—" : n.option(term.id(), d.terms().get(term.id()));
            String line = Text.pad(term.name(), nameW) + " " + Text.pad(opt, optW);
            String max = String.valueOf(Math.round(worth == null ? 0 : worth.bestContribution(t)));
            boolean red = false;
            if (p != null) {
                int o = p.choice(t);
                red = worth.isRedLine(t, o);
                line += Text.padLeft(Text.num(worth.contribution(t, o)), 6) + "/" + Text.pad(max, 2) + (red ? " ✗" : "");
            } else if (worth != null) {
                line += Text.padLeft(max, 9);
            }
            draft.set(1 + t, line, w, red ? Style.RED : Style.FG, red);
        }
        draft.set(10, votesLine(m, s, w), w);
    }

    private String votesLine(GameModel m, State s, int w) {
        if (s == null || m.scenario() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("Votes:");
        Map<String, String> votes = s.votes() == null ? Map.of() : s.votes();
        String pen = s.pen();
        RoundView last = lastClosed(s);
        if (Phase.fromWire(s.phase()) != Phase.VOTING && last != null && last.round() == s.round() - 1) {
            // while the next draft is written, the last round's votes stay in sight
            String whose = last.draft() == null ? "no draft" : author(m, last.draft()) + " draft";
            if (Text.cols(whose) + 5 * m.scenario().partyIds().size() + 20 > w && last.draft() != null && !last.draft().by().equals(m.party())) {
                whose = m.names().possessiveShort(last.draft().by()) + " draft"; // a long name: its short form, not a cut line
            }
            b = new StringBuilder("Round " + last.round() + " votes (" + whose + "):");
            votes = last.votes() == null ? Map.of() : last.votes();
            pen = last.draft() == null || last.draft().automatic() ? null : last.draft().by();
        } else if (s.draft() != null) {
            // the draft's author accepts by tabling it; on one the clock re-tabled, everyone votes
            pen = s.draft().automatic() ? null : s.draft().by();
        }
        for (String p : m.scenario().partyIds()) {
            b.append(' ').append(p).append(' ');
            if (p.equals(pen)) {
                b.append('✎');
            } else {
                VoteStatus v = VoteStatus.fromWire(votes.get(p));
                b.append(v == VoteStatus.ACCEPTED ? "✓" : v == VoteStatus.REJECTED ? "✗" : Phase.fromWire(s.phase()) == Phase.VOTING ? "…" : "·");
            }
        }
        return b.toString();
    }

    private static RoundView lastClosed(State s) {
        RoundView last = null;
        if (s != null && s.history() != null) {
            for (RoundView r : s.history()) {
                if (last == null || r.round() > last.round()) {
                    last = r;
                }
            }
        }
        return last;
    }

    /**
     * "✗ Round 3: your draft was rejected by RU, US · accepted by FR, UK, DE" for the round that
     * closed last, until the player's next move; null when there is none to show. Too long for
     * {@code cols}: the author's short name, then without who accepted (the votes line shows
     * every vote); a sentence that still does not fit is wrapped by the caller.
     */
    private String roundSummary(GameModel m, State s, int cols) {
        RoundView r = lastClosed(s);
        if (r == null || r.agreed() || r.round() <= summarySeen || m.names() == null || s.round() != r.round() + 1) {
            return null;
        }
        String me = m.party();
        String head = "✗ Round " + r.round() + ": ";
        if (r.draft() == null) {
            boolean mine = me != null && me.equals(r.pen());
            return head + (mine ? "you tabled no draft" : m.names().inText(r.pen()) + " tabled no draft") + " in time.";
        }
        String author = r.draft().automatic() ? null : r.draft().by();
        List<String> no = new ArrayList<>();
        List<String> yes = new ArrayList<>();
        if (r.votes() != null) {
            for (String p : m.scenario().partyIds()) {
                VoteStatus v = VoteStatus.fromWire(r.votes().get(p));
                // a vote a stand-in cast is its, not the returning player's
                boolean stood = r.standIns() != null && r.standIns().contains(p);
                String who = p + (stood ? " (stand-in)" : p.equals(me) ? " (you)" : "");
                if (v == VoteStatus.REJECTED) {
                    no.add(who);
                } else if (v == VoteStatus.ACCEPTED && !p.equals(author)) {
                    yes.add(who);
                }
            }
        }
        String rejected = " draft was rejected by " + (no.isEmpty() ? "nobody (the clock)" : String.join(", ", no));
        String accepted = yes.isEmpty() ? "" : " · accepted by " + String.join(", ", yes);
        String whose = author(m, r.draft());
        String full = head + whose + rejected + accepted;
        if (Text.cols(full) <= cols) {
            return full;
        }
        String shortWhose = r.draft().by().equals(me) ? whose : m.names().possessiveShort(r.draft().by());
        for (String form : new String[] {head + shortWhose + rejected + accepted, head + whose + rejected}) {
            if (Text.cols(form) <= cols) {
                return form;
            }
        }
        return head + shortWhose + rejected;
    }

    /** "your", "Ukraine's", "the United States'", "the stand-in's" (one a stand-in wrote for this seat): whose draft it is. */
    private static String author(GameModel m, DraftView d) {
        if (d.by().equals(m.party())) {
            return d.byStandIn() ? "the stand-in's" : "your";
        }
        return m.names().possessive(d.by());
    }

    private void drawYou(GameModel m, State s, ScenarioInfo info, int w) {
        Worth worth = m.worth();
        if (worth == null || info == null) {
            draft.set(11, m.party() == null && m.room() != null ? "You are watching (spectator)." : "", w, Style.FG, true);
            DraftView d = s == null ? null : s.draft();
            if (d != null && m.names() != null) {
                List<String> crossed = m.names().declaredRedLinesCrossed(d.terms(), null);
                draft.set(12, crossed.isEmpty() ? "⚑ Crosses no declared red line." : crossedLine(crossed, w), w);
            }
            return;
        }
        int round = s == null || s.round() < 1 ? 1 : s.round();
        double nd = worth.noDeal(round);
        StringBuilder b = new StringBuilder(m.names().shortName(m.party())).append(" (you) · no deal now ").append(Text.num(nd));
        DraftView d = s == null ? null : s.draft();
        Package p = d == null ? null : worth.pkg(d.terms());
        boolean red = false;
        boolean good = true;
        if (p != null) {
            double u = worth.utility(p);
            b.append(" · this draft ").append(Text.num(u)).append(" · score ").append(Text.signed(u - nd));
            List<Term> crossed = worth.redLinesCrossed(p);
            red = !crossed.isEmpty();
            good = u >= nd;
            String verdict = red ? " · ✗ RED LINE: " + crossed.get(0).name() : " · ✓ no red line";
            // long names: keep the verdict's mark whole rather than cut it mid-word (the draft's rows mark the term ✗)
            b.append(Text.cols(b + verdict) <= w ? verdict : red ? " · ✗ RED LINE" : " · ✓");
        }
        draft.set(11, b.toString(), w, red ? Style.RED : good ? Style.GOOD : Style.ACCENT, true);
        // the others' public red lines: a draft crossing one will be rejected out of hand
        String tail = " · your brief: B";
        String others;
        if (p == null) {
            others = "The others declared " + m.names().declaredRedLines(m.party()) + " red lines: E marks them ⚑.";
            draft.set(12, Text.fit(others, w - tail.length()) + tail, w);
        } else {
            List<String> crossed = m.names().declaredRedLinesCrossed(d.terms(), m.party());
            others = crossed.isEmpty() ? "⚑ Crosses no red line the others declared." : crossedLine(crossed, w - tail.length());
            draft.set(12, Text.fit(others, w - tail.length()) + tail, w, crossed.isEmpty() ? Style.FG : Style.ACCENT, !crossed.isEmpty());
        }
    }

    /**
     * "⚑ Crosses declared red lines: RU on NATO membership, …"; when that is too long for
     * {@code w}, whose red lines they are ("⚑ Crosses red lines declared by RU, US"), not a cut list.
     */
    private static String crossedLine(List<String> crossed, int w) {
        String full = "⚑ Crosses declared red lines: " + String.join(", ", crossed);
        if (Text.cols(full) <= w) {
            return full;
        }
        java.util.Set<String> parties = new java.util.LinkedHashSet<>();
        for (String c : crossed) {
            parties.add(c.substring(0, c.indexOf(" on ") < 0 ? c.length() : c.indexOf(" on ")));
        }
        return "⚑ Crosses " + crossed.size() + " red lines declared by " + String.join(", ", parties);
    }

    private void drawLog(GameModel m, int cols) {
        List<LogEntry> entries = m.log();
        List<String> lines = new ArrayList<>();
        List<TextColor> colours = new ArrayList<>();
        int need = logLines.rows();
        for (int i = entries.size() - 1; i >= 0 && lines.size() < need; i--) {
            LogEntry e = entries.get(i);
            List<String> wrapped = Text.wrap(e.text(), cols - 1);
            for (int j = wrapped.size() - 1; j >= 0 && lines.size() < need; j--) {
                lines.add(0, (j == 0 ? "" : " ") + wrapped.get(j));
                colours.add(0, colour(e.kind()));
            }
        }
        logLines.clear(cols);
        int offset = need - lines.size();
        for (int i = 0; i < lines.size(); i++) {
            logLines.set(offset + i, lines.get(i), cols, colours.get(i), false);
        }
    }

    private static TextColor colour(LogEntry.Kind k) {
        switch (k) {
            case PRIVATE:
                return Style.PRIVATE;
            case EVENT:
                return Style.EVENT;
            case ERROR:
                return Style.RED;
            default:
                return Style.FG;
        }
    }

    private void drawAction(GameModel m, State s, int cols) {
        action.resize(1);
        if (s == null) {
            action.resize(0);
            return;
        }
        if (m.isMyVote() && !voteSent(s)) {
            Worth worth = m.worth();
            Package p = worth == null || s.draft() == null ? null : worth.pkg(s.draft().terms());
            String tail = "";
            if (p != null) {
                double u = worth.utility(p);
                tail = "   worth " + Text.num(u) + " to you, score " + Text.signed(u - worth.noDeal(s.round()))
                        + (worth.redLinesCrossed(p).isEmpty() ? "" : "  ✗ red line!");
            }
            action.set(0, "▶ Your vote: A accept · R reject" + tail, cols, Style.ACCENT, true);
        } else if (m.isMyPen()) {
            action.set(0, "▶ You hold the pen: E writes your draft for round " + s.round(), cols, Style.ACCENT, true);
        } else if (Phase.fromWire(s.phase()) == Phase.VOTING && m.party() != null && s.votes() != null) {
            VoteStatus mine = VoteStatus.fromWire(s.votes().get(m.party()));
            String text = mine == VoteStatus.ACCEPTED ? "You accepted this draft." : mine == VoteStatus.REJECTED ? "You rejected this draft." : "";
            action.set(0, text, cols);
            if (text.isEmpty()) {
                action.resize(0);
            }
        } else {
            action.resize(0);
        }
    }

    private String keyBar(GameModel m) {
        StringBuilder b = new StringBuilder();
        if (m.isMyVote()) {
            b.append(" A Accept  R Reject ");
        }
        if (m.isMyPen()) {
            b.append(" E Edit draft ");
        }
        b.append(m.party() == null ? " H Drafts  L Log  ? Help  Q Quit" : " T Talk  B Brief  H Drafts  L Log  ? Help  Q Quit");
        if (canGoBack(m)) {
            b.append(m.party() == null ? "  Esc Lobby" : "  Esc Leave seat");
        }
        if (app.facilitatorKey() != null && (m.state() == null || Phase.fromWire(m.state().phase()) != Phase.ENDED)) {
            b.append("  F Room");
        }
        return b.toString();
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        GameModel m = app.model();
        State s = m.state();
        if (Keys.is(key, 'a') || Keys.is(key, 'r')) {
            boolean accept = Keys.is(key, 'a');
            if (m.isMyVote() && !voteSent(s)) {
                vote(s, accept);
            }
            return true;
        }
        if (Keys.is(key, 'e')) {
            if (m.isMyPen()) {
                summarySeen = s.round() - 1;
                app.openDialog(new EditorWindow(app));
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

    /**
     * Whether Esc leaves the table: a spectator always may (back to the lobby), a player only
     * while the room still waits for players (the seat is freed); never in solo, which has no
     * lobby. During a game a seat is not dropped by a stray Esc: Q quits, and the seat waits.
     */
    private boolean canGoBack(GameModel m) {
        State s = m.state();
        return app.hasLobby() && m.room() != null && (m.party() == null || (s != null && Phase.fromWire(s.phase()) == Phase.LOBBY));
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
     * Whether this client's vote for the round is on its way. Not any more after a link-up or a
     * server error (it may be lost or refused), or once a later state still shows it pending.
     */
    private boolean voteSent(State s) {
        if (votedRound != s.round()) {
            return false;
        }
        if (app.sendEpoch() != votedEpoch || (app.statesSeen() > votedStates && app.model().isMyVote())) {
            votedRound = -1;
            return false;
        }
        return true;
    }

    private void vote(State s, boolean accept) {
        Worth worth = app.model().worth();
        Package p = worth == null || s.draft() == null ? null : worth.pkg(s.draft().terms());
        Runnable send = () -> {
            votedRound = s.round();
            votedEpoch = app.sendEpoch();
            votedStates = app.statesSeen();
            summarySeen = s.round() - 1;
            app.send(new ClientMessage.Vote(s.round(), accept));
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
