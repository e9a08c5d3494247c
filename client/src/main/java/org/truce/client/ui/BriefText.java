package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.truce.client.model.Worth;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.RedLine;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/** A brief in words: no-deal value, the news that changed it, red lines, situation, priorities, every option's score. */
final class BriefText {
    private BriefText() {
    }

    static String of(ScenarioInfo info, Brief brief, int round) {
        Worth worth = new Worth(info, brief);
        StringBuilder b = new StringBuilder();
        b.append(info.party(brief.party()).name().toUpperCase()).append("\n\n");
        b.append(noDealLine(brief, round, worth.noDeal(round))).append("\n\n");
        if (!brief.news().isEmpty()) {
            // the news that changed this party's own position (nobody else's): the weights below already include it
            b.append("NEWS (how your position changed; the priorities below are the new ones):\n");
            for (String line : brief.news()) {
                b.append(" • ").append(line).append('\n');
            }
            b.append('\n');
        }
        if (!brief.redLines().isEmpty()) {
            b.append("RED LINES (✗ never acceptable):\n");
            for (RedLine r : brief.redLines()) {
                int t = info.termIndex(r.term());
                Term term = t < 0 ? null : info.terms().get(t);
                String opt = term == null || term.indexOf(r.option()) < 0 ? r.option() : term.option(term.indexOf(r.option())).label();
                b.append(" ✗ ").append(term == null ? r.term() : term.name()).append(": ").append(opt);
                if (!r.why().isBlank()) {
                    b.append(" — ").append(r.why());
                }
                b.append('\n');
            }
            b.append('\n');
        }
        if (!brief.text().isBlank()) {
            b.append("YOUR SITUATION\n").append(brief.text().strip()).append("\n\n");
        }
        b.append("PRIORITIES AND SCORES (weight; each option's score 0-100):\n");
        List<Term> terms = new ArrayList<>(info.terms());
        terms.sort((x, y) -> Double.compare(worth.weight(y.id()), worth.weight(x.id())));
        for (Term t : terms) {
            b.append(String.format("%s  (weight %.0f%%)%n", t.name(), 100 * worth.weight(t.id())));
            for (var o : t.options()) {
                double s = brief.scores().getOrDefault(t.id(), java.util.Map.of()).getOrDefault(o.id(), 0.0);
                b.append(String.format("   %3.0f  %s%s%n", s, o.label(), brief.isRedLine(t.id(), o.id()) ? "  ✗ red line" : ""));
            }
        }
        return b.toString();
    }

    /** A news line's no-deal clause, as {@code Brief.after} writes it: "… your no-deal value falls by 4.0 points, to 46.0 in round 4." */
    private static final Pattern SHIFT = Pattern.compile(
            "^Round \\d+, \u201c.*\u201d: your no-deal value (rises|falls) by ([0-9.]+) points, to ([0-9.]+) in round (\\d+)\\.");

    /**
     * "NO DEAL: 56.0 in round 1, 2.0 less each round; news in round 4 set it to 48.0 (earlier rounds
     * keep the old value); now (round 5) 46.0." The brief holds the value as the news left it; the
     * value each round had before is rebuilt from the news lines (each says by how much and to what),
     * so round 1 reads what the table showed in round 1.
     */
    static String noDealLine(Brief brief, int round, double now) {
        double per = brief.noDeal().perRound();
        double start = brief.noDeal().start();
        Map<Integer, Double> set = new TreeMap<>();
        Double firstBefore = null;
        int firstRound = 0;
        for (String line : brief.news()) {
            Matcher m = SHIFT.matcher(line);
            if (!m.find()) {
                continue;
            }
            double by = Double.parseDouble(m.group(2)) * (m.group(1).equals("rises") ? 1 : -1);
            double to = Double.parseDouble(m.group(3));
            int at = Integer.parseInt(m.group(4));
            if (firstBefore == null) {
                firstBefore = to - by;
                firstRound = at;
            }
            set.put(at, to);
        }
        StringBuilder b = new StringBuilder("NO DEAL: ");
        if (firstBefore == null) {
            b.append(String.format("%.1f in round 1, %.1f less each round", start, per));
        } else {
            b.append(String.format("%.1f in round 1, %.1f less each round", firstBefore + per * (firstRound - 1), per));
            String sep = "; news in round ";
            for (Map.Entry<Integer, Double> e : set.entrySet()) {
                b.append(sep).append(e.getKey()).append(String.format(" set it to %.1f", e.getValue()));
                sep = ", in round ";
            }
            b.append(" (earlier rounds keep the old value)");
        }
        return b.append(String.format("; now (round %d) %.1f.", Math.max(1, round), now)).toString();
    }
}
