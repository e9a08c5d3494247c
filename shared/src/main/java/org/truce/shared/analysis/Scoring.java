package org.truce.shared.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.Utility;

/**
 * Scores a finished game: a party's score is its utility for the agreement minus its no-deal
 * value in the round the agreement was reached; with no deal, the utility is the no-deal value
 * of the last round played (the value shown to the player then) and the score is zero. The winner
 * is the party that gained the largest share of what it could have gained (its score over its best
 * package's utility minus its no-deal value): each party's gain normalised to its own ideal point,
 * as in Kalai and Smorodinsky's bargaining solution (Econometrica 43(3), 1975), so that a party
 * whose brief leaves it little to gain can win as well as one with much.
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * Each party's utility, no-deal value and score (0-100 scale, 2 decimals) for this agreement reached in {@code
     * round}; null agreement means no deal.
     */
    public static Map<String, PartyResult> results(Scenario scenario, Package agreement, int round) {
        Map<String, PartyResult> out = new LinkedHashMap<>();
        for (String party : scenario.info().partyIds()) {
            Utility u = scenario.utility(party);
            if (agreement != null) {
                double nd = u.noDeal().valueAt(round);
                double util = u.value(agreement);
                out.put(party, new PartyResult(round2(util), round2(nd), round2(util - nd), share(util - nd, u.best() - nd)));
            } else {
                double nd = u.noDeal().valueAt(round);
                out.put(party, new PartyResult(round2(nd), round2(nd), 0.0, 0.0));
            }
        }
        return out;
    }

    /** The results of a finished game (its agreement, or none, at its last round). */
    public static Map<String, PartyResult> results(Scenario scenario, GameState finished) {
        return results(scenario, finished.agreement(), finished.round());
    }

    /**
     * The percentage (2 decimals) of what a party could gain that it gained: {@code gain} over
     * {@code room} (its best utility minus its no-deal value); 0 when it could gain nothing.
     */
    public static double share(double gain, double room) {
        return room <= 1e-9 ? 0.0 : round2(100.0 * gain / room);
    }

    /**
     * The party with the largest share of what it could gain ({@link PartyResult#share}), or null
     * if nobody gained (no deal) or there is a tie at the top.
     */
    public static String winner(Map<String, PartyResult> results) {
        String best = null;
        double top = 0;
        boolean tie = false;
        for (Map.Entry<String, PartyResult> e : results.entrySet()) {
            double s = e.getValue().share();
            if (s > top + 1e-9) {
                top = s;
                best = e.getKey();
                tie = false;
            } else if (best != null && Math.abs(s - top) <= 1e-9) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Rounds to 2 decimals, half up. */
    public static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
