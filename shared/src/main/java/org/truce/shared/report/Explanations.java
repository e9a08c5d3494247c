package org.truce.shared.report;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;

/**
 * The plain-words sentence on Pareto and Nash: when some package would have given every party
 * more, by how much at least, and whether someone tabled it during the game (the best such draft
 * is named, else the best package on the frontier).
 */
final class Explanations {
    private Explanations() {
    }

    static String explain(Scenario scenario, Analysis analysis, AgreementAnalysis a, List<RoomReport.RoundLine> drafts) {
        double[] point = point(scenario, a);
        StringBuilder sb = new StringBuilder();
        if (a.agreement() != null && a.paretoOptimal()) {
            sb.append("The agreement is Pareto-optimal: no other package gives one party more without giving another less.");
        } else {
            Better better = bestTabled(analysis, a, drafts.stream().map(RoomReport.RoundLine::terms).toList());
            RoomReport.RoundLine bestDraft = better == null ? null : drafts.get(better.index());
            if (bestDraft != null) {
                sb.append("Every party could have gained at least ").append(num(better.gain())).append(" points with ")
                        .append(words(scenario, bestDraft.terms())).append("; that package was tabled by ")
                        .append(scenario.info().party(bestDraft.by()).inText()).append(" in round ").append(bestDraft.round()).append('.');
            } else {
                int best = -1;
                double gain = 0;
                for (int code : analysis.paretoFrontier()) {
                    double g = minGain(analysis, code, point);
                    if (g > gain + 1e-9) {
                        gain = g;
                        best = code;
                    }
                }
                if (best >= 0) {
                    sb.append("Every party could have gained at least ").append(num(gain)).append(" points with ")
                            .append(words(scenario, scenario.space().toTerms(best))).append(", which nobody tabled.");
                } else {
                    sb.append("No package would have given every party more than this outcome; the nearest Pareto-optimal package is ")
                            .append(num(a.distanceToPareto())).append(" points away.");
                }
            }
        }
        if (a.distanceToNash() == null) {
            sb.append(" No package beat no deal for every party in round ").append(a.round()).append(", so there is no Nash solution.");
        } else {
            sb.append(" The Nash solution (the package that best balances everyone's gains over no deal) is ")
                    .append(num(a.distanceToNash())).append(" points away.");
        }
        return sb.toString();
    }

    /** A tabled draft (its index in the list given) and the least gain it would have given every party over the outcome. */
    record Better(int index, double gain) {
    }

    /**
     * Of the tabled drafts ({@code drafts}: their terms, in order), the one that would have given
     * every party the most over the outcome {@code a} (each party's utility on {@code analysis}'s
     * scenario), the earliest of equals; null when none gives every party more.
     */
    static Better bestTabled(Analysis analysis, AgreementAnalysis a, List<Map<String, String>> drafts) {
        Scenario scenario = analysis.scenario();
        double[] point = point(scenario, a);
        double bestGain = 0;
        int best = -1;
        for (int i = 0; i < drafts.size(); i++) {
            Package p = scenario.space().fromTerms(drafts.get(i), (k, m) -> { });
            double g = p == null ? 0 : minGain(analysis, scenario.space().encode(p), point);
            if (g > bestGain + 1e-9) {
                bestGain = g;
                best = i;
            }
        }
        return best < 0 ? null : new Better(best, bestGain);
    }

    /** Each party's utility in the outcome, in the scenario's party order. */
    private static double[] point(Scenario scenario, AgreementAnalysis a) {
        List<String> ids = scenario.info().partyIds();
        double[] point = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            point[i] = a.results().get(ids.get(i)).utility();
        }
        return point;
    }

    /** The smallest gain over the point that this package gives any party (minus infinity across a red line). */
    private static double minGain(Analysis analysis, int code, double[] point) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < point.length; i++) {
            min = Math.min(min, analysis.utility(i, code) - point[i]);
        }
        return min;
    }

    /** A package in words: "term: option" joined by semicolons. */
    static String words(Scenario scenario, Map<String, String> terms) {
        StringJoiner j = new StringJoiner("; ");
        for (RoomReport.TermChoice c : RoomReports.choices(scenario, terms)) {
            j.add(c.termName() + ": " + c.optionName());
        }
        return j.toString();
    }

    static String num(double v) {
        return String.valueOf(Scoring.round2(v)).replaceAll("\\.0$", "");
    }
}
