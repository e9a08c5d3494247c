package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.client.model.Names;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerMessage.GameOver;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/**
 * A text chart of what each round's draft was worth to each party (utility 0-100 up, rounds
 * across), with a digit per party; "*" where several parties meet. Each party's no-deal value by
 * round is drawn as a dotted line ("·") under the marks, named by its digit at the right end: the
 * value it had in that round (news may have changed it later), as the server's game_over says
 * per draft, else (an older server) read off the revealed brief. Under the axis, "▲" marks a
 * draft that was the Nash package of its round and "◆" one on the Pareto frontier.
 */
final class UtilityChart {
    private UtilityChart() {
    }

    static List<String> draw(ScenarioInfo info, Map<String, Brief> briefs, List<DraftView> drafts, int width, int height) {
        return draw(info, briefs, drafts, width, height, null);
    }

    /** The chart, with "▲"/"◆" on the axis under the drafts {@link #marks} names; {@code g} null: no marks. */
    static List<String> draw(ScenarioInfo info, Map<String, Brief> briefs, List<DraftView> drafts, int width, int height,
                             GameOver g) {
        List<String> parties = info.partyIds();
        int n = drafts.size();
        List<String> out = new ArrayList<>();
        if (n == 0) {
            out.add("No draft was tabled, so there is nothing to chart.");
            return out;
        }
        double[][] u = new double[parties.size()][n];
        for (int p = 0; p < parties.size(); p++) {
            Brief b = briefs.get(parties.get(p));
            Utility util = b == null ? null : new Utility(info, b);
            for (int r = 0; r < n; r++) {
                Double then = worthThen(g, drafts.get(r), parties.get(p));
                Package pkg = info.space().fromTerms(drafts.get(r).terms(), (k, msg) -> { });
                u[p][r] = then != null ? then : util == null || pkg == null ? Double.NaN : util.value(pkg);
            }
        }
        int axis = 5;
        int tags = parties.size() + 1; // room at the right for the no-deal lines' digits
        int step = Math.max(3, Math.min(8, (width - axis - 1 - tags) / n));
        int rows = Math.max(5, height);
        char[][] grid = new char[rows][n * step + tags];
        for (char[] line : grid) {
            java.util.Arrays.fill(line, ' ');
        }
        // the no-deal lines first: the drafts' marks go over them
        for (int p = 0; p < parties.size(); p++) {
            Brief b = briefs.get(parties.get(p));
            if (b == null) {
                continue;
            }
            int lastY = -1;
            for (int r = 0; r < n; r++) {
                int y = row(noDeal(g, drafts.get(r), parties.get(p), b), rows);
                for (int x = r * step; x < (r + 1) * step; x++) {
                    grid[y][x] = '·';
                }
                lastY = y;
            }
            int x = n * step + 1;
            while (grid[lastY][x] != ' ') {
                x++;
            }
            grid[lastY][x] = (char) ('1' + p);
        }
        for (int p = 0; p < parties.size(); p++) {
            for (int r = 0; r < n; r++) {
                if (Double.isNaN(u[p][r])) {
                    continue;
                }
                int y = row(u[p][r], rows);
                int x = r * step + step / 2;
                char mark = (char) ('1' + p);
                grid[y][x] = grid[y][x] == ' ' || grid[y][x] == '·' ? mark : '*';
            }
        }
        for (int y = 0; y < rows; y++) {
            double level = 100.0 * (rows - 1 - y) / (rows - 1);
            String label = y == 0 || y == rows - 1 || y == (rows - 1) / 2 ? Text.padLeft(String.format("%.0f", level), 3) + " ┤" : "    │";
            out.add(label + new String(grid[y]));
        }
        StringBuilder xs = new StringBuilder("    └");
        StringBuilder labels = new StringBuilder("Round");
        for (int r = 0; r < n; r++) {
            char glyph = g == null ? 0 : glyph(g, drafts.get(r));
            xs.append(glyph != 0 ? "─".repeat(step / 2) + glyph + "─".repeat(step - step / 2 - 1) : "─".repeat(step));
            String lab = String.valueOf(drafts.get(r).round());
            int pos = 5 + r * step + step / 2;
            while (labels.length() < pos) {
                labels.append(' ');
            }
            labels.append(lab);
        }
        out.add(xs.toString());
        out.add(labels.toString());
        StringBuilder legend = new StringBuilder();
        for (int p = 0; p < parties.size(); p++) {
            legend.append(p + 1).append(' ').append(info.party(parties.get(p)).name()).append("  ");
        }
        out.add(legend.toString().strip());
        out.add("···· no deal: what each party gets without an agreement (digit at the right)");
        return out;
    }

    /**
     * The lines under the chart naming the marked drafts, one line per kind, grouped by author
     * ("▲ The Nash package of its round: your round-2 draft"; "◆ On the Pareto frontier: your
     * round-1 draft, Russia's round-3 and round-5 drafts"), then what ▲ and ◆ mean, said once; none
     * when no draft is marked. As the server's game_over judges every draft; from an older server,
     * which judges only the outcome: the final round's Nash package and a Pareto-optimal agreement.
     */
    static List<String> marks(Names names, GameOver g, List<DraftView> drafts, String me, int width) {
        Map<String, List<Integer>> nash = new java.util.LinkedHashMap<>();
        Map<String, List<Integer>> pareto = new java.util.LinkedHashMap<>();
        for (DraftView d : drafts) {
            char glyph = glyph(g, d);
            if (glyph != 0) {
                String whose = d.by() == null ? "" : d.by().equals(me) ? "your" : names.possessive(d.by());
                (glyph == '▲' ? nash : pareto).computeIfAbsent(whose, k -> new ArrayList<>()).add(d.round());
            }
        }
        List<String> out = new ArrayList<>();
        if (!nash.isEmpty()) {
            out.addAll(Text.wrap("▲ The Nash package of its round: " + listed(nash), width));
        }
        if (!pareto.isEmpty()) {
            out.addAll(Text.wrap("◆ On the Pareto frontier: " + listed(pareto), width));
        }
        if (!out.isEmpty()) {
            out.addAll(Text.wrap((nash.isEmpty() ? "" : "▲ the fairest split of the gains over no deal. ")
                    + (pareto.isEmpty() ? "" : "◆ no other package was better for some party without being worse for another."), width));
        }
        return out;
    }

    /** "your round-1 draft, Russia's round-3 and round-5 drafts" (the authors in order of first mark). */
    private static String listed(Map<String, List<Integer>> byAuthor) {
        java.util.StringJoiner all = new java.util.StringJoiner(", ");
        byAuthor.forEach((whose, rounds) -> {
            List<String> r = rounds.stream().map(x -> "round-" + x).toList();
            String joined = r.size() == 1 ? r.get(0) : String.join(", ", r.subList(0, r.size() - 1)) + " and " + r.get(r.size() - 1);
            all.add((whose.isEmpty() ? "the " : whose + " ") + joined + (r.size() == 1 ? " draft" : " drafts"));
        });
        return all.toString();
    }

    /** The server's mark of a draft (by round and author), or null (none, or an older server). */
    static DraftMark markOf(GameOver g, DraftView d) {
        if (g == null || g.drafts() == null) {
            return null;
        }
        for (DraftMark m : g.drafts()) {
            if (m.round() == d.round() && java.util.Objects.equals(m.by(), d.by())) {
                return m;
            }
        }
        return null;
    }

    /** The axis mark under a draft: ▲ the Nash package, ◆ the Pareto frontier, 0 none. */
    private static char glyph(GameOver g, DraftView d) {
        String what = mark(g, d);
        return what == null ? 0 : what.startsWith("was the Nash package") ? '▲' : '◆';
    }

    /** What the analysis says of a draft ("was the Nash package …"), or null when it says nothing. */
    private static String mark(GameOver g, DraftView d) {
        if (g.drafts() != null) {
            DraftMark m = markOf(g, d);
            if (m == null) {
                return null;
            }
            return m.nash() ? "was the Nash package (the fairest split of the gains)."
                    : m.paretoOptimal() ? "was on the Pareto frontier: no other package was better for some party without being worse for another."
                    : null;
        }
        AgreementAnalysis a = g.analysis();
        if (a == null) {
            return null;
        }
        if (a.nash() != null && a.nash().equals(d.terms())) {
            return "was " + (d.round() == a.round() ? "the Nash package" : "the Nash package of round " + a.round() + ", the last")
                    + " (the fairest split of the gains).";
        }
        if (g.agreement() != null && a.paretoOptimal() && g.agreement().equals(d.terms())) {
            return "was Pareto-optimal: no other package was better for some party without being worse for another.";
        }
        return null;
    }

    /**
     * What a draft was worth to a party when it was tabled (the server's figure, news up to then
     * applied), or null: an older server, or the draft crossed the party's red line (the revealed
     * brief then decides, as before).
     */
    private static Double worthThen(GameOver g, DraftView d, String party) {
        DraftMark m = markOf(g, d);
        return m == null || m.utility() == null ? null : m.utility().get(party);
    }

    /** A party's no-deal value in a draft's round: the server's figure for that round, else the revealed brief's. */
    private static double noDeal(GameOver g, DraftView d, String party, Brief b) {
        DraftMark m = markOf(g, d);
        Double v = m == null || m.noDeal() == null ? null : m.noDeal().get(party);
        return v != null ? v : b.noDeal().valueAt(Math.max(1, d.round()));
    }

    /** The grid row of a utility (0 at the bottom row, 100 at the top). */
    private static int row(double utility, int rows) {
        double u = Math.max(0, Math.min(100, utility));
        return rows - 1 - (int) Math.round(u / 100.0 * (rows - 1));
    }
}
