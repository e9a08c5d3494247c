package org.truce.client.ui;

import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.client.model.GameModel;
import org.truce.client.model.Names;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.protocol.ServerMessage.GameOver;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/** The end: the outcome and scores, a chart of the drafts' worth to everyone, every brief revealed. */
final class DebriefWindow extends FullWindow {
    /** The chart's fewest rows (0 to 100) where the screen has them: fewer and the parties' marks pile up as "*". */
    static final int CHART_MIN = 11;
    private final Label header = Style.bar(new Label(""));
    private final LabelColumn body = new LabelColumn(22);
    private final Label keys = Style.bar(new Label(""));
    private int page = 1;
    private int briefParty;
    private int scroll;

    DebriefWindow(App app) {
        super(app, "Debrief");
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(body);
        root.addComponent(keys);
        setComponent(root);
        ScenarioInfo info = app.model().scenario();
        String me = app.model().party();
        briefParty = info == null || me == null ? 0 : Math.max(0, info.partyIndex(me));
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        int rows = Math.max(1, size().getRows() - 2);
        body.resize(rows);
        body.clear(cols);
        GameModel m = app.model();
        GameOver g = m.gameOver();
        if (g == null || m.scenario() == null) {
            return;
        }
        String title = g.agreement() == null ? "NO DEAL" : "AGREEMENT IN ROUND " + g.round();
        String[] pages = {"", "1 Outcome", "2 Chart", "3 Briefs"};
        header.setText(Text.pad(Text.fit(app.consoleHooks().heading(" DEBRIEF · " + title + " · " + pages[page]), cols), cols));
        List<String> lines;
        if (page == 1) {
            lines = outcome(m, g, cols);
        } else if (page == 2) {
            lines = new ArrayList<>();
            lines.add("What each round's draft was worth to each party (utility 0-100; * several):");
            List<String> marks = UtilityChart.marks(m.names(), g, m.drafts(), m.party(), cols - 1);
            // the chart gives way to the marks' lines, but keeps CHART_MIN rows to stay readable (the page scrolls)
            int height = Math.max(Math.min(CHART_MIN, rows - 7), Math.min(rows - 7, rows - 5 - marks.size()));
            lines.addAll(UtilityChart.draw(m.scenario(), g.briefs() == null ? Map.of() : g.briefs(), m.drafts(), cols - 2,
                    height, g));
            lines.addAll(marks);
        } else {
            lines = briefPage(m, g, cols);
        }
        int max = Math.max(0, lines.size() - rows);
        scroll = Math.min(scroll, max);
        for (int i = 0; i < rows && scroll + i < lines.size(); i++) {
            String l = lines.get(scroll + i);
            body.set(i, l, cols, l.contains("✗") ? Style.RED : l.startsWith("▶") ? Style.ACCENT : Style.FG, l.startsWith("▶"));
        }
        String again = app.playAgainLabel();
        // a watcher goes back to the lobby (the console rewrites the bar: Esc back to its overview)
        keys.setText(app.consoleHooks().keyBar(Text.pad(" 1 Outcome  2 Chart  3 Briefs" + (page == 3 ? "  ←→ Party" : "") + "  ↑↓ Scroll"
                + (again == null ? "" : "  N " + again) + "  ? Help" + (watcherCanLeave() ? "  Esc Lobby" : "") + "  Q Quit", cols)));
    }

    /** The outcome page's lines: the agreement (or none), the scores, Pareto and Nash in plain words, the epilogue. */
    static List<String> outcome(GameModel m, GameOver g, int cols) {
        Names n = m.names();
        ScenarioInfo info = m.scenario();
        List<String> out = new ArrayList<>();
        if (g.agreement() == null) {
            out.add("No agreement: every party gets its no-deal value.");
        } else {
            out.add("The agreement:");
            for (Term t : info.terms()) {
                out.add("  " + Text.pad(t.name(), 28) + " " + n.option(t.id(), g.agreement().get(t.id())));
            }
        }
        out.add("");
        // the names' column fits the longest name with "(you)": none is cut
        int nameW = 18;
        for (String p : info.partyIds()) {
            nameW = Math.max(nameW, Text.cols(n.party(p) + (p.equals(m.party()) ? " (you)" : "")));
        }
        nameW = Math.min(nameW, 40);
        out.add(Text.pad("Party", nameW + 2) + Text.padLeft("utility", 9) + Text.padLeft("no deal", 9) + Text.padLeft("score", 9));
        Map<String, PartyResult> results = g.results() == null ? Map.of() : g.results();
        for (String p : info.partyIds()) {
            PartyResult r = results.get(p);
            if (r == null) {
                continue;
            }
            boolean me = p.equals(m.party());
            // final figures with the server's 2 decimals, as the console and the reports show them (Text.score)
            out.add((me ? "▶ " : "  ") + Text.pad(n.party(p) + (me ? " (you)" : ""), nameW) + Text.padLeft(Text.points(r.utility()), 9)
                    + Text.padLeft(Text.points(r.noDeal()), 9) + Text.padLeft(Text.score(r.score()), 9));
        }
        String winner = winner(info, results);
        if (winner != null) {
            out.add(winner);
        }
        AgreementAnalysis a = g.analysis();
        if (a != null) {
            out.add("");
            List<String> words = new ArrayList<>(DebriefWords.explain(info, n, a, m.party()));
            String better = DebriefWords.betterTabled(info, n, g, m.drafts(), m.party());
            if (better != null) {
                words.add(Math.min(1, words.size()), better); // with the Pareto sentence it makes concrete
            }
            for (String l : words) {
                out.addAll(Text.wrap(l, cols - 1));
            }
            if (a.nash() != null && !a.nash().isEmpty() && !a.nash().equals(g.agreement())) {
                out.add("  The Nash package:");
                for (Term t : info.terms()) {
                    String o = a.nash().get(t.id());
                    if (o != null) {
                        out.add("    " + Text.pad(t.name(), 28) + " " + n.option(t.id(), o));
                    }
                }
            }
        }
        epilogue(out, g.epilogue(), cols);
        return out;
    }

    /** "Will the truce hold?": the scenario's epilogue of this outcome (none when the scenario has none). */
    private static void epilogue(List<String> out, org.truce.shared.analysis.Epilogue e, int cols) {
        if (e == null) {
            return;
        }
        out.add("");
        out.add("WILL THE TRUCE HOLD?  " + e.headline());
        out.addAll(Text.wrap(e.narrative(), cols - 1));
        out.addAll(Text.wrap(e.caveat(), cols - 1));
    }

    /**
     * "Winner: France (+40.1): gained 64 % of what it could, the largest share" — by the shared rule
     * ({@link Scoring#winner}) — or a tie / nobody-gained line.
     */
    private static String winner(ScenarioInfo info, Map<String, PartyResult> results) {
        if (results == null || results.isEmpty()) {
            return null;
        }
        if (results.values().stream().allMatch(r -> r.share() == 0)
                && results.values().stream().anyMatch(r -> r.score() > 0)) {
            return byScore(info, results); // an older server sends no share: its rule was the highest score
        }
        String best = Scoring.winner(results);
        if (best != null) {
            String name = new Names(info).party(best);
            return "Winner: " + name + " (" + Text.score(results.get(best).score()) + "): gained "
                    + Math.round(results.get(best).share()) + " % of what it could, the largest share.";
        }
        double top = results.values().stream().mapToDouble(PartyResult::share).max().orElse(0);
        return top <= 1e-9 ? "No winner: nobody gained from the outcome."
                : "No single winner: parties share the top share of what they could gain (" + Math.round(top) + " %).";
    }

    /** The winner as servers before the share decided it: the single highest score. */
    private static String byScore(ScenarioInfo info, Map<String, PartyResult> results) {
        String best = Scoring.highestScore(results);
        double top = results.values().stream().mapToDouble(PartyResult::score).max().orElse(0);
        if (best == null) {
            return "No single winner: parties share the top score (" + Text.score(top) + ").";
        }
        String name = new Names(info).party(best);
        return "Winner: " + name + " (" + Text.score(top) + "), the highest score.";
    }

    private List<String> briefPage(GameModel m, GameOver g, int cols) {
        ScenarioInfo info = m.scenario();
        String p = info.partyIds().get(briefParty);
        Brief b = g.briefs() == null ? null : g.briefs().get(p);
        List<String> out = new ArrayList<>();
        out.add("◀ " + (briefParty + 1) + "/" + info.parties().size() + " ▶  (← → another party)");
        if (b == null) {
            out.add("No brief was revealed for " + m.names().party(p) + ".");
            return out;
        }
        for (String l : BriefText.of(info, b, Math.max(1, g.round())).split("\n")) {
            out.addAll(Text.wrap(l, cols - 1));
        }
        return out;
    }

    /** A spectator with somewhere to go (a lobby, the class console's overview) leaves the ended room with Esc. */
    private boolean watcherCanLeave() {
        return app.hasLobby() && app.model().party() == null && app.model().room() != null;
    }

    @Override
    protected void back() {
        if (watcherCanLeave()) {
            app.leaveTable();
        }
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        int d = Keys.digit(key);
        if (Keys.is(key, 'n') && app.playAgainLabel() != null) {
            app.playAgain();
            return true;
        }
        if (d >= 1 && d <= 3) {
            page = d;
            scroll = 0;
        } else if (key.getKeyType() == KeyType.ArrowDown) {
            scroll++;
        } else if (key.getKeyType() == KeyType.ArrowUp) {
            scroll = Math.max(0, scroll - 1);
        } else if (key.getKeyType() == KeyType.PageDown) {
            scroll += 10;
        } else if (key.getKeyType() == KeyType.PageUp) {
            scroll = Math.max(0, scroll - 10);
        } else if (page == 3 && (key.getKeyType() == KeyType.ArrowRight || key.getKeyType() == KeyType.ArrowLeft)) {
            int n = app.model().scenario().parties().size();
            briefParty = (briefParty + (key.getKeyType() == KeyType.ArrowRight ? 1 : n - 1)) % n;
            scroll = 0;
        } else {
            return false;
        }
        refresh();
        return true;
    }

    @Override
    protected String help() {
        return Help.DEBRIEF;
    }
}
