package org.truce.shared.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.shared.scenario.EpilogueSpec;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.Term;

/**
 * "Will the truce hold?": the deterrence index of an agreement by the formula kept in the scenario file
 * ({@link EpilogueSpec}), with the narrative of its score band — or the no-deal narrative — and the caveat.
 * The index is 100 × (the points of the agreed options) / (the highest possible points), rounded to a whole
 * number; each factor's contribution is on the same scale (unrounded), so they add up to the index before
 * rounding. A teaching device, not a forecast. Pure: the same scenario and package give the same epilogue.
 *
 * @param deal      whether there was an agreement
 * @param index     the deterrence index 0..100, or null without a deal
 * @param factors   each scored term's contribution, in the file's order (empty without a deal)
 * @param band      the band's heading, or null without a deal
 * @param narrative the band's narrative followed by what holds the agreement up and where it is weakest
 *                  (the agreed terms that gave the most and the least of their points), or the no-deal one
 * @param caveat    the scenario's caveat line
 */
public record Epilogue(boolean deal, Integer index, List<Factor> factors, String band, String narrative, String caveat) {
    /** Copies the factors (null: none). */
    public Epilogue {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /**
     * The epilogue of {@code agreed} (null: no deal) in {@code scenario}, or null if the scenario has none.
     * Throws {@link IllegalArgumentException} if the package does not fit the scenario's terms.
     */
    public static Epilogue of(Scenario scenario, Package agreed) {
        EpilogueSpec spec = scenario.epilogue();
        if (spec == null) {
            return null;
        }
        if (agreed == null) {
            return new Epilogue(false, null, List.of(), null, spec.noDeal(), spec.caveat());
        }
        List<Term> terms = scenario.terms();
        if (agreed.terms() != terms.size()) {
            throw new IllegalArgumentException("the package has " + agreed.terms() + " terms, the scenario " + terms.size());
        }
        double max = spec.maxPoints();
        List<Factor> factors = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<String, Map<String, Double>> e : spec.factors().entrySet()) {
            int t = termIndex(terms, e.getKey());
            Term term = terms.get(t);
            if (agreed.choice(t) >= term.options().size()) {
                throw new IllegalArgumentException("no option " + agreed.choice(t) + " for term " + term.id());
            }
            org.truce.shared.scenario.Option option = term.options().get(agreed.choice(t));
            double points = e.getValue().getOrDefault(option.id(), 0.0);
            double best = e.getValue().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            sum += points;
            factors.add(new Factor(term.id(), term.name(), option.id(), option.label(), points, 100 * points / max, 100 * best / max));
        }
        int index = (int) Math.round(Math.min(100, Math.max(0, 100 * sum / max)));
        EpilogueSpec.Band band = spec.band(index);
        return new Epilogue(true, index, factors, band.title(), band.text() + terms(factors), spec.caveat());
    }

    /**
     * The band's text is general; these sentences tie it to what was agreed: the (at most two) terms
     * that gave the most of what they could, and the (at most two) that gave the least, so that the
     * narrative never credits a term the table did not agree.
     */
    private static String terms(List<Factor> factors) {
        List<Factor> scored = factors.stream().filter(f -> f.best() > 0).toList();
        java.util.Comparator<Factor> share = java.util.Comparator.comparingDouble(f -> f.contribution() / f.best());
        List<Factor> strong = scored.stream().filter(f -> f.contribution() / f.best() >= 0.6)
                .sorted(share.reversed().thenComparing(Factor::best, java.util.Comparator.reverseOrder())).limit(2).toList();
        List<Factor> weak = scored.stream().filter(f -> f.contribution() / f.best() <= 0.4)
                .sorted(share.thenComparing(Factor::best, java.util.Comparator.reverseOrder())).limit(2).toList();
        StringBuilder b = new StringBuilder();
        if (!strong.isEmpty()) {
            b.append(" What holds it up — ").append(list(strong)).append('.');
        }
        if (!weak.isEmpty()) {
            b.append(" Where it is weakest — ").append(list(weak)).append('.');
        }
        return b.toString();
    }

    /** "Legal form of the guarantees: Treaty, automatic mutual defence; Reassurance force: None". */
    private static String list(List<Factor> fs) {
        StringBuilder b = new StringBuilder();
        for (Factor f : fs) {
            b.append(b.length() == 0 ? "" : "; ").append(f.name()).append(": ").append(f.label());
        }
        return b.toString();
    }

    /**
     * One plain line for a heading: "Deterrence index 87 of 100: A guarded peace", or "No deal: no guarantees
     * to deter a new attack".
     */
    public String headline() {
        return deal ? "Deterrence index " + index + " of 100: " + band : "No deal: no guarantees to deter a new attack";
    }

    private static int termIndex(List<Term> terms, String id) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).id().equals(id)) {
                return i;
            }
        }
        // the loader checks every scored term exists; a hand-built scenario might not
        throw new IllegalArgumentException("the epilogue scores unknown term " + id);
    }

    /**
     * One scored term's part of the index.
     *
     * @param term         the term id
     * @param name         the term's name, e.g. "Legal form of the guarantees"
     * @param option       the agreed option's id
     * @param label        the agreed option's short label, e.g. "Treaty, automatic mutual defence"
     * @param points       the points the formula gives that option
     * @param contribution its share of the index, 0..100 scale (points × 100 / the highest possible points)
     * @param best         the most this term could have contributed, on the same scale
     */
    public record Factor(String term, String name, String option, String label, double points, double contribution, double best) {
    }
}
