package org.truce.client.ui;

import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.truce.client.model.GameModel;
import org.truce.client.model.Worth;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * The package editor for the pen holder: one option per term, the worth to you updated live,
 * start from the draft on the table or an earlier one, then table it.
 */
final class EditorWindow extends FullWindow {
    private final Label header = Style.bar(new Label(""));
    private final LabelColumn body = new LabelColumn(21);
    private final Label keys = Style.bar(new Label(""));
    private final int round;
    private final java.util.function.BiConsumer<ClientMessage.Propose, String> tabled;
    private final int[] choice;
    private int term;
    private int earlier = -1;
    private String source;

    /** Whether Enter sends the package to the team's lead as a suggestion (a team member's editor) instead of tabling it. */
    private final boolean suggesting;
    /** Where the edits stay for the round when the player leaves the editor (owned by the table), or null. */
    private final Kept kept;
    /** After A: how many private lines of the round the log held when the question went, or -1 when not waiting for an answer. */
    private int privateAtAsk = -1;

    /**
     * The editor's package kept for the round, so that leaving it (Esc, to read the log) and
     * coming back with E finds the edits where they were, not the latest draft again.
     */
    static final class Kept {
        private int round = -1;
        private boolean suggesting;
        private int[] choice;

        private boolean holds(int round, boolean suggesting) {
            return choice != null && this.round == round && this.suggesting == suggesting;
        }
    }

    /** {@code tabled}: told the draft sent and its request id once it is sent. */
    EditorWindow(App app, java.util.function.BiConsumer<ClientMessage.Propose, String> tabled) {
        this(app, false, null, null, tabled);
    }

    /** As {@link #EditorWindow(App, boolean, java.util.Map, String, java.util.function.BiConsumer)}, keeping its edits for the round in {@code kept}. */
    EditorWindow(App app, boolean suggesting, java.util.Map<String, String> start, String from, Kept kept,
                 java.util.function.BiConsumer<ClientMessage.Propose, String> tabled) {
        this(app, suggesting, start, from, tabled, kept);
    }

    /**
     * {@code suggesting}: a team member's editor (Enter suggests the package to the lead);
     * {@code start}: a package to start from (a member's suggestion, called {@code from}), or null.
     */
    EditorWindow(App app, boolean suggesting, java.util.Map<String, String> start, String from,
                 java.util.function.BiConsumer<ClientMessage.Propose, String> tabled) {
        this(app, suggesting, start, from, tabled, null);
    }

    private EditorWindow(App app, boolean suggesting, java.util.Map<String, String> start, String from,
                         java.util.function.BiConsumer<ClientMessage.Propose, String> tabled, Kept kept) {
        super(app, suggesting ? "Package editor: a suggestion for your lead" : "Package editor");
        this.tabled = tabled;
        this.suggesting = suggesting;
        this.kept = kept;
        GameModel m = app.model();
        this.round = m.state().round();
        ScenarioInfo info = m.scenario();
        choice = new int[info.terms().size()];
        List<DraftView> drafts = m.drafts();
        if (start != null) {
            load(new DraftView(round, m.party(), start, false, null), from);
        } else if (kept != null && kept.holds(round, suggesting)) {
            System.arraycopy(kept.choice, 0, choice, 0, choice.length);
            source = "your edits of this round (C the latest draft)";
        } else if (!drafts.isEmpty()) {
            load(drafts.get(drafts.size() - 1), "the latest draft (round " + drafts.get(drafts.size() - 1).round() + ")");
        } else {
            loadIdeal();
        }
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(body);
        root.addComponent(keys);
        setComponent(root);
    }

    private void load(DraftView d, String from) {
        ScenarioInfo info = app.model().scenario();
        for (int t = 0; t < choice.length; t++) {
            Term term = info.terms().get(t);
            int o = term.indexOf(d.terms().get(term.id()));
            choice[t] = Math.max(0, o);
        }
        source = from;
    }

    private void loadIdeal() {
        Package best = app.model().worth().ideal();
        for (int t = 0; t < choice.length; t++) {
            choice[t] = best.choice(t);
        }
        source = "your ideal package that avoids everyone's declared red lines";
    }

    private Package pkg() {
        return new Package(choice);
    }

    @Override
    public void refresh() {
        GameModel m = app.model();
        State s = m.state();
        if (s == null || s.round() != round || !(suggesting ? m.isSeatPen() : m.isMyPen())) {
            close();
            m.add(org.truce.client.model.LogEntry.Kind.EVENT, round, suggesting ? "The editor closed: your team no longer holds the pen."
                    : "The editor closed: you no longer hold the pen.");
            return;
        }
        showAnswer(m);
        int cols = size().getColumns();
        body.resize(Math.max(1, size().getRows() - 2));
        ScenarioInfo info = m.scenario();
        Worth worth = m.worth();
        String left = Text.timeLeft(app.model().millisLeft());
        header.setText(Text.pad((suggesting ? " SUGGEST A DRAFT TO YOUR LEAD" : " WRITE YOUR DRAFT") + " · Round " + round + " of " + s.rounds()
                + (m.paused() ? " · paused" + (left == null ? "" : ", " + left + " left")
                        : left == null ? " · no clock" : " · " + left + " left"), cols));
        body.clear(cols);
        body.set(0, "Starting from " + source + ".", cols);
        // widths from the scenario's own names, so that nothing is cut at 80 columns if it can fit
        int longestName = 4;
        int longestLabel = 6;
        for (Term tm : info.terms()) {
            longestName = Math.max(longestName, Text.cols(tm.name()));
            for (var o : tm.options()) {
                longestLabel = Math.max(longestLabel, Text.cols(o.label()));
            }
        }
        int room = cols - 2 - 12; // cursor and red-line marks; "gives" and "best"
        int nameW = Math.max(12, Math.min(longestName, room - 1 - longestLabel));
        int optW = Math.max(10, room - 1 - nameW);
        body.set(1, "  " + Text.pad("Term", nameW) + " " + Text.pad("Option", optW) + " gives  best", cols, Style.FG, true);
        for (int t = 0; t < choice.length; t++) {
            Term tm = info.terms().get(t);
            boolean red = worth.isRedLine(t, choice[t]);
            String line = (t == term ? "▶" : " ") + (red ? "✗" : " ") + Text.pad(tm.name(), nameW) + " " + Text.pad(tm.option(choice[t]).label(), optW)
                    + Text.padLeft(Text.num(worth.contribution(t, choice[t])), 6) + Text.padLeft(Text.num(worth.bestContribution(t)), 6);
            body.set(2 + t, line, cols, red ? Style.RED : t == term ? Style.ACCENT : Style.FG, t == term || red);
        }
        Term cur = info.terms().get(term);
        int row = 3 + choice.length;
        body.set(row++, "Options for " + cur.name() + " (← → or 1-" + cur.options().size() + "):", cols, Style.FG, true);
        for (int o = 0; o < cur.options().size() && o < 6; o++) {
            boolean red = worth.isRedLine(term, o);
            String declared = declaredBy(info, cur, o);
            String line = "  " + (o + 1) + (o == choice[term] ? " ● " : " ○ ") + Text.pad(cur.option(o).label(), cols - 40)
                    + Text.padLeft(Text.num(worth.contribution(term, o)), 6) + (red ? "  ✗ your red line" : declared.isEmpty() ? "" : "  ⚑ " + declared);
            body.set(row++, line, cols, red ? Style.RED : o == choice[term] ? Style.ACCENT : Style.FG, o == choice[term]);
        }
        row++;
        Package p = pkg();
        double u = worth.utility(p);
        double nd = worth.noDeal(round);
        List<Term> crossed = worth.redLinesCrossed(p);
        body.set(row++, "Worth to you " + Text.num(u) + " · No deal now " + Text.num(nd) + " · Score " + Text.gain(u, nd), cols, u >= nd ? Style.GOOD : Style.RED, true);
        body.set(row++, crossed.isEmpty() ? "✓ No red line of yours crossed." : "✗ Crosses your red line on " + names(crossed) + "!",
                cols, crossed.isEmpty() ? Style.GOOD : Style.RED, !crossed.isEmpty());
        List<String> others = m.names().declaredRedLinesCrossed(info.space().toTerms(p), m.party());
        body.set(row++, others.isEmpty() ? "⚑ No red line the others declared is crossed."
                : "⚑ Others will reject it: crosses declared red lines: " + String.join(", ", others), cols,
                others.isEmpty() ? Style.GOOD : Style.RED, !others.isEmpty());
        DraftView onTable = s.draft();
        if (onTable != null) {
            Package t = worth.pkg(onTable.terms());
            if (t != null) {
                body.set(row, String.format("(The latest draft is worth %.1f to you; yours differs on %d terms.)", worth.utility(t), t.distance(p)), cols);
            }
        }
        keys.setText(Text.pad(suggesting ? " ↑↓ Term ←→ Option  C Current P Earlier I Ideal  Enter Suggest to lead  Esc Back"
                : " ↑↓ Term ←→ Option  C Current P Earlier I Ideal  Enter Table  Esc Back  ? Help", cols));
    }

    /** Private lines of the editor's round in the log. */
    private int privateLines(GameModel m) {
        int n = 0;
        for (var e : m.log()) {
            if (e.kind() == org.truce.client.model.LogEntry.Kind.PRIVATE && e.round() == round) {
                n++;
            }
        }
        return n;
    }

    /** After A: the first private line to this player since the question is shown here, over the editor, not only in the table's log. */
    private void showAnswer(GameModel m) {
        if (privateAtAsk < 0) {
            return;
        }
        int seen = 0;
        for (var e : m.log()) {
            if (e.kind() != org.truce.client.model.LogEntry.Kind.PRIVATE || e.round() != round) {
                continue;
            }
            if (++seen > privateAtAsk && e.text().contains("→ you: ")) {
                privateAtAsk = -1;
                String t = e.text().replaceFirst("^\\(private\\) ", "");
                int colon = t.indexOf("→ you: ");
                app.showMessage("Answer from " + t.substring(0, colon).trim(), t.substring(colon + "→ you: ".length()));
                return;
            }
        }
    }

    /** Parties that publicly declared this option a red line, e.g. "RU UA". */
    private static String declaredBy(ScenarioInfo info, Term term, int option) {
        StringBuilder b = new StringBuilder();
        String opt = term.option(option).id();
        for (var party : info.parties()) {
            for (var r : party.declaredRedLines()) {
                if (r.term().equals(term.id()) && r.option().equals(opt)) {
                    b.append(b.length() == 0 ? "" : " ").append(party.id());
                }
            }
        }
        return b.length() == 0 ? "" : b + " red line";
    }

    private static String names(List<Term> terms) {
        StringBuilder b = new StringBuilder();
        for (Term t : terms) {
            b.append(b.length() == 0 ? "" : ", ").append(t.name());
        }
        return b.toString();
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        ScenarioInfo info = app.model().scenario();
        int options = info.terms().get(term).options().size();
        KeyType k = key.getKeyType();
        if (k == KeyType.ArrowUp) {
            term = (term + choice.length - 1) % choice.length;
        } else if (k == KeyType.ArrowDown) {
            term = (term + 1) % choice.length;
        } else if (k == KeyType.ArrowLeft) {
            choice[term] = (choice[term] + options - 1) % options;
        } else if (k == KeyType.ArrowRight) {
            choice[term] = (choice[term] + 1) % options;
        } else if (Keys.digit(key) >= 1 && Keys.digit(key) <= options) {
            choice[term] = Keys.digit(key) - 1;
        } else if (Keys.is(key, 'c')) {
            DraftView d = app.model().state().draft();
            List<DraftView> drafts = app.model().drafts();
            if (d == null && !drafts.isEmpty()) {
                d = drafts.get(drafts.size() - 1);
            }
            if (d != null) {
                load(d, "the latest draft (round " + d.round() + ")");
            }
        } else if (Keys.is(key, 'i')) {
            loadIdeal();
        } else if (Keys.is(key, 'p')) {
            List<DraftView> drafts = app.model().drafts();
            if (!drafts.isEmpty()) {
                earlier = earlier <= 0 ? drafts.size() - 1 : earlier - 1;
                DraftView d = drafts.get(earlier);
                load(d, "the draft of round " + d.round() + " by " + app.model().names().inText(d.by()));
            }
        } else if (k == KeyType.Enter || Keys.is(key, 't')) {
            confirmTable();
        } else if (Keys.is(key, 'a')) {
            keep();
            privateAtAsk = privateLines(app.model()); // its answer is shown here when it comes (see showAnswer)
            app.openDialog(new TalkDialog(app, null, pkg())); // ask a bot whether it would accept this package
            return true;
        } else {
            return false;
        }
        keep();
        refresh();
        return true;
    }

    /** Keeps the package as edited now for this round (see {@link Kept}). */
    private void keep() {
        if (kept != null) {
            kept.round = round;
            kept.suggesting = suggesting;
            kept.choice = choice.clone();
        }
    }

    private void confirmTable() {
        if (suggesting) {
            // a member's package goes to the lead, who sees who suggested it and loads it (U)
            app.send(new ClientMessage.Suggest(app.model().scenario().space().toTerms(pkg()), null));
            close();
            return;
        }
        if (app.model().paused()) {
            // the server would refuse it (paused): the draft stays here to be tabled once the game resumes
            app.showMessage("Paused by the facilitator", "The game is paused: moves wait until it resumes. Your draft stays"
                    + " in the editor; table it once the game goes on.");
            return;
        }
        Worth worth = app.model().worth();
        Package p = pkg();
        double u = worth.utility(p);
        String q = "Table this draft? It is worth " + Text.num(u) + " to you (score " + Text.gain(u, worth.noDeal(round)) + ").";
        List<DraftView> drafts = app.model().drafts();
        DraftView latest = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (latest != null && !latest.by().equals(app.model().party())
                && latest.terms().equals(app.model().scenario().space().toTerms(p))) {
            // the editor starts from the latest draft: say so when it goes back on the table unchanged
            q += " It is " + app.model().names().possessive(latest.by()) + " draft of round " + latest.round() + ", unchanged.";
        }
        if (!worth.redLinesCrossed(p).isEmpty()) {
            q += " ✗ It crosses your own red line on " + names(worth.redLinesCrossed(p)) + "!";
        }
        app.openDialog(new ConfirmDialog(app, "Table the draft", q, () -> {
            // the dialog may have stayed open while the clock moved the pen on
            var now = app.model().state();
            if (now == null || now.round() != round || Phase.fromWire(now.phase()) != Phase.PROPOSING
                    || !java.util.Objects.equals(now.pen(), app.model().party())) {
                app.model().add(org.truce.client.model.LogEntry.Kind.EVENT, round,
                        "The pen moved on before you confirmed: the draft was not tabled.");
            } else {
                ClientMessage.Propose draft = new ClientMessage.Propose(round, app.model().scenario().space().toTerms(p));
                String id = app.request(draft);
                close();
                tabled.accept(draft, id);
                return;
            }
            close();
        }));
    }

    @Override
    protected void back() {
        close();
    }

    @Override
    protected String help() {
        return Help.EDITOR;
    }
}
