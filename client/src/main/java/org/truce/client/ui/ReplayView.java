package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.client.model.GameModel;
import org.truce.client.replay.ReplaySteps;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.engine.Draft;
import org.truce.shared.protocol.ServerMessage;

/**
 * One step of {@code truce replay} as screen rows: the table view of the state rebuilt from the
 * events, with a replay header, the step's draft judged in plain words under the draft, and the
 * replay's keys. No terminal types.
 */
final class ReplayView {
    private ReplayView() {
    }

    /**
     * Step {@code k} of {@code r} on a {@code cols}×{@code rows} screen, top to bottom; {@code k} one
     * past the last step is the debrief ({@link #debrief}).
     */
    static List<String> render(ReplaySteps r, int k, int cols, int rows) {
        return render(r, k, cols, rows, 0);
    }

    /** As {@link #render(ReplaySteps, int, int, int)}, the debrief scrolled down {@code scroll} lines. */
    static List<String> render(ReplaySteps r, int k, int cols, int rows, int scroll) {
        if (k >= r.steps().size()) {
            return debrief(r, cols, rows, scroll);
        }
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Spectating(r.code(), r.scenarioAt(0).info()));
        m.apply(r.state(k));
        // a round's votes show how it ended (the table has moved on to the next round's pen)
        TableView.Context c = new TableView.Context(null, r.steps().get(k).votes() ? 0 : Integer.MAX_VALUE, false, false, false, false);
        List<String> said = new ArrayList<>();
        for (String a : analysis(r, k)) {
            said.addAll(a.isEmpty() ? List.of("") : Text.wrap(a, cols));
        }
        TableView.Frame f = TableView.render(m, c, cols, rows - said.size());
        List<String> out = new ArrayList<>();
        out.add(Text.fit(header(r, k), cols));
        f.status().forEach(l -> out.add(l.text()));
        f.draft().forEach(l -> out.add(l.text()));
        for (String a : said) {
            out.add(Text.pad(Text.fit(a, cols), cols));
        }
        out.add(f.separator().text());
        List<TableView.Line> log = f.log();
        // a screen too short for it all: the talk's oldest lines give way first
        int room = Math.max(0, rows - 1 - out.size());
        log.subList(Math.max(0, log.size() - room), log.size()).forEach(l -> out.add(l.text()));
        while (out.size() < rows - 1) {
            out.add(Text.pad("", cols));
        }
        out.add(Text.pad(Text.fit("←/→ step · PgUp/PgDn round · Home/End start/end · Q quit", cols), cols));
        return out;
    }

    /** "REPLAY · room CODE · round r of n · step k of m" (steps counted from 1, the debrief the last). */
    static String header(ReplaySteps r, int k) {
        int of = r.steps().size() + 1;
        if (k >= r.steps().size()) {
            return "REPLAY · room " + r.code() + " · the debrief · step " + of + " of " + of;
        }
        return "REPLAY · room " + r.code() + " · round " + r.steps().get(k).round() + " of " + r.rounds()
                + " · step " + (k + 1) + " of " + of;
    }

    /**
     * The last step: the debrief's outcome page as a spectator sees it (the agreement or no deal,
     * scores, Pareto and Nash in plain words, the draft that would have given everyone more, and
     * "will the truce hold?" when the scenario has an epilogue), scrolled by {@code scroll} lines.
     */
    static List<String> debrief(ReplaySteps r, int cols, int rows, int scroll) {
        List<String> lines = debriefLines(r, cols);
        int room = Math.max(1, rows - 2);
        int from = Math.max(0, Math.min(scroll, lines.size() - room));
        List<String> out = new ArrayList<>();
        out.add(Text.fit(header(r, r.steps().size()), cols));
        for (int i = from; i < lines.size() && out.size() < rows - 1; i++) {
            out.add(Text.pad(Text.fit(lines.get(i), cols), cols));
        }
        while (out.size() < rows - 1) {
            out.add(Text.pad("", cols));
        }
        out.add(Text.pad(Text.fit("←/→ step · ↑/↓ scroll · Home/End start/end · Q quit", cols), cols));
        return out;
    }

    /** How far the debrief can scroll on a screen of {@code rows}. */
    static int debriefScrollMax(ReplaySteps r, int cols, int rows) {
        return Math.max(0, debriefLines(r, cols).size() - Math.max(1, rows - 2));
    }

    /** The debrief's outcome page for a spectator of the finished game. */
    private static List<String> debriefLines(ReplaySteps r, int cols) {
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Spectating(r.code(), r.scenarioAt(0).info()));
        m.apply(r.state(r.steps().size() - 1));
        ServerMessage.GameOver g = r.gameOver();
        m.apply(g);
        return DebriefWindow.outcome(m, g, cols);
    }

    /** The step's draft in plain words: what it is worth to each party, Pareto, the round's Nash package. */
    static List<String> analysis(ReplaySteps r, int k) {
        Draft d = r.draft(k);
        AgreementAnalysis a = r.analysis(k);
        if (d == null || a == null) {
            return List.of("No draft tabled yet.", "", "", "");
        }
        String what = "Round " + d.round() + "'s draft, tabled by " + new org.truce.client.model.Names(r.scenarioAt(0).info()).inText(d.by())
                + ", is worth to each party (utility):";
        StringBuilder worth = new StringBuilder();
        String sep = "";
        for (Map.Entry<String, PartyResult> e : a.results().entrySet()) {
            worth.append(sep).append(e.getKey()).append(' ').append(Text.num(e.getValue().utility()));
            sep = " · ";
        }
        String pareto = a.paretoOptimal()
                ? "Pareto-optimal: yes (no package helps one party without hurting another)."
                : "Pareto-optimal: no (" + Text.num(a.distanceToPareto()) + " points from the nearest package that is).";
        String nash;
        if (a.distanceToNash() == null) {
            nash = "Round " + d.round() + " has no Nash package (none beats no deal for everyone).";
        } else if (a.distanceToNash() < 0.05) {
            nash = "It is round " + d.round() + "'s Nash package (the fairest split of the gains).";
        } else {
            nash = Text.num(a.distanceToNash()) + " points from round " + d.round() + "'s Nash package (the fairest split of the gains).";
        }
        return List.of(what, worth.toString(), pareto, nash);
    }
}
