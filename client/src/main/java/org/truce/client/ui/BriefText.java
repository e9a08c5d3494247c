package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
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
        b.append(String.format("NO DEAL: %.1f in round 1, %.1f less each round; now (round %d) %.1f.%n%n",
                brief.noDeal().start(), brief.noDeal().perRound(), Math.max(1, round), worth.noDeal(round)));
        if (!brief.news().isEmpty()) {
            // the news that changed this party's own position (nobody else's): the values above already include it
            b.append("NEWS (how your position changed; the values here are the new ones):\n");
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
}
