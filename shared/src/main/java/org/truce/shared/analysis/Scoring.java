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
 * of the last round played (the value shown to the player then) and the score is zero.
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
                out.put(party, new PartyResult(round2(util), round2(nd), round2(util - nd)));
            } else {
                double nd = u.noDeal().valueAt(round);
                out.put(party, new PartyResult(round2(nd), round2(nd), 0.0));
            }
        }
        return out;
    }

    /** The results of a finished game (its agreement, or none, at its last round). */
    public static Map<String, PartyResult> results(Scenario scenario, GameState finished) {
        return results(scenario, finished.agreement(), finished.round());
    }

    /** The party with the highest score, or null if nobody gained (no deal) or there is a tie at the top. */
    public static String winner(Map<String, PartyResult> results) {
        String best = null;
        double top = 0;
        boolean tie = false;
        for (Map.Entry<String, PartyResult> e : results.entrySet()) {
            double s = e.getValue().score();
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
