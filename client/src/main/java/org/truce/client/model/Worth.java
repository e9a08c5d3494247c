package org.truce.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;
import org.truce.shared.scenario.Utility;

/**
 * What packages are worth to one party, from that party's own brief: the numbers its player
 * is entitled to see. Describes, never decides: the server is the referee.
 */
public final class Worth {
    private final ScenarioInfo info;
    private final Brief brief;
    private final Utility utility;

    /** The worth of packages to the party whose brief this is. */
    public Worth(ScenarioInfo info, Brief brief) {
        this.info = info;
        this.brief = brief;
        this.utility = new Utility(info, brief);
    }

    /** The confidential brief this worth is built from. */
    public Brief brief() {
        return brief;
    }

    /** The no-deal value while round {@code round} is played (never below 0). */
    public double noDeal(int round) {
        return brief.noDeal().valueAt(Math.max(1, round));
    }

    /** The package for a term map, or null if it is incomplete or unknown. */
    public Package pkg(Map<String, String> terms) {
        if (terms == null) {
            return null;
        }
        return info.space().fromTerms(terms, (kind, message) -> { });
    }

    /** Utility 0-100 of the package to this party, ignoring red lines. */
    public double utility(Package p) {
        return utility.value(p);
    }

    /** Utility 0-100 of a term map (term id → option id); 0 if it is incomplete or unknown. */
    public double utility(Map<String, String> terms) {
        Package p = pkg(terms);
        return p == null ? 0 : utility.value(p);
    }

    /** Utility minus the no-deal value of that round. */
    public double score(Package p, int round) {
        return utility.value(p) - noDeal(round);
    }

    /** The terms of this package that sit on one of this party's red lines. */
    public List<Term> redLinesCrossed(Package p) {
        List<Term> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        for (int t = 0; t < info.terms().size(); t++) {
            if (utility.isRedLine(t, p.choice(t))) {
                out.add(info.terms().get(t));
            }
        }
        return out;
    }

    /** True if option index {@code option} of term index {@code term} is one of this party's red lines. */
    public boolean isRedLine(int term, int option) {
        return utility.isRedLine(term, option);
    }

    /** What this term at this option adds to the utility. */
    public double contribution(int term, int option) {
        return utility.contribution(term, option);
    }

    /** The most term index {@code term} can add to the utility. */
    public double bestContribution(int term) {
        return utility.bestContribution(term);
    }

    /**
     * The best package for this party that crosses none of its red lines nor any red line
     * another party has declared in public (it would be rejected out of hand).
     */
    public Package ideal() {
        int[] best = utility.codesBestFirst();
        for (int code : best) {
            if (!crossesDeclared(info.space().decode(code))) {
                return info.space().decode(code);
            }
        }
        return info.space().decode(best.length == 0 ? 0 : best[0]);
    }

    private boolean crossesDeclared(Package p) {
        for (var party : info.parties()) {
            for (var r : party.declaredRedLines()) {
                int t = info.termIndex(r.term());
                if (t >= 0 && info.terms().get(t).option(p.choice(t)).id().equals(r.option())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Relative weight of a term, 0..1. */
    public double weight(String termId) {
        double sum = 0;
        for (Term t : info.terms()) {
            sum += brief.weights().getOrDefault(t.id(), 0.0);
        }
        return sum <= 0 ? 1.0 / info.terms().size() : brief.weights().getOrDefault(termId, 0.0) / sum;
    }
}
