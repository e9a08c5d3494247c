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
        List<String> ids = scenario.info().partyIds();
        double[] point = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            point[i] = a.results().get(ids.get(i)).utility();
        }
        StringBuilder sb = new StringBuilder();
        if (a.agreement() != null && a.paretoOptimal()) {
            sb.append("The agreement is Pareto-optimal: no other package gives one party more without giving another less.");
        } else {
            double bestGain = 0;
            RoomReport.RoundLine bestDraft = null;
            for (RoomReport.RoundLine d : drafts) {
                Package p = scenario.space().fromTerms(d.terms(), (k, m) -> { });
                double g = p == null ? 0 : minGain(analysis, scenario.space().encode(p), point);
                if (g > bestGain + 1e-9) {
                    bestGain = g;
                    bestDraft = d;
                }
            }
            if (bestDraft != null) {
                sb.append("Every party could have gained at least ").append(num(bestGain)).append(" points with ")
                        .append(words(scenario, bestDraft.terms())).append("; that package was tabled by ")
                        .append(scenario.info().party(bestDraft.by()).name()).append(" in round ").append(bestDraft.round()).append('.');
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
