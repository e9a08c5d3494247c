package org.truce.shared.analysis;

import java.util.Map;

/**
 * How an outcome compares with the yardsticks: each party's utility and score, whether the
 * agreement is Pareto-optimal, its distance (in utility points, Euclidean over the parties) to
 * the nearest Pareto-optimal package and to the Nash bargaining solution of the round it was
 * reached in. For no deal, {@code agreement} is null and the distances are measured from the
 * no-deal point. {@code distanceToNash} is null when the round has no Nash solution (no package
 * beats no deal for everyone): JSON has no NaN.
 */
public record AgreementAnalysis(
        Map<String, String> agreement,
        int round,
        Map<String, PartyResult> results,
        boolean paretoOptimal,
        double distanceToPareto,
        Map<String, String> nash,
        Map<String, Double> nashUtilities,
        Double distanceToNash,
        int paretoSize,
        double socialWelfare) {
}
