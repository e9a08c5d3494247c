package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.shared.protocol.ServerMessage.DraftView;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/**
 * A text chart of what each round's draft was worth to each party (utility 0-100 up, rounds
 * across), with a digit per party; "*" where several parties meet.
 */
final class UtilityChart {
    private UtilityChart() {
    }

    static List<String> draw(ScenarioInfo info, Map<String, Brief> briefs, List<DraftView> drafts, int width, int height) {
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
                Package pkg = info.space().fromTerms(drafts.get(r).terms(), (k, msg) -> { });
                u[p][r] = util == null || pkg == null ? Double.NaN : util.value(pkg);
            }
        }
        int axis = 5;
        int step = Math.max(3, Math.min(8, (width - axis - 1) / n));
        int rows = Math.max(5, height);
        char[][] grid = new char[rows][n * step];
        for (char[] line : grid) {
            java.util.Arrays.fill(line, ' ');
        }
        for (int p = 0; p < parties.size(); p++) {
            for (int r = 0; r < n; r++) {
                if (Double.isNaN(u[p][r])) {
                    continue;
                }
                int y = rows - 1 - (int) Math.round(u[p][r] / 100.0 * (rows - 1));
                int x = r * step + step / 2;
                char mark = (char) ('1' + p);
                grid[y][x] = grid[y][x] == ' ' ? mark : '*';
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
            xs.append("─".repeat(step));
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
        return out;
    }
}
