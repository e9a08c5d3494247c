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
 * is the party that gained the largest share of what it could have gained: its score over its
 * ideal gain, its ideal being the most it could get from a package that leaves every party at least
 * its no-deal value of that round (the ideal point of Kalai and Smorodinsky's bargaining solution,
 * Econometrica 43(3), 1975). Each party's gain is so normalised to its own reach: a party whose
 * brief leaves it little room can win as well as one with much.
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
        double[] ideal = agreement == null ? null : ideals(scenario, round);
        java.util.List<String> ids = scenario.info().partyIds();
        for (int j = 0; j < ids.size(); j++) {
            String party = ids.get(j);
            Utility u = scenario.utility(party);
            if (agreement != null) {
                double nd = u.noDeal().valueAt(round);
                double util = u.value(agreement);
                out.put(party, new PartyResult(round2(util), round2(nd), round2(util - nd), share(util - nd, ideal[j] - nd)));
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

    private static final int IDEALS = 64;
    private static final Map<Object, double[]> IDEAL_CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, double[]> eldest) {
            return size() > IDEALS;
        }
    };

    /**
     * Each party's ideal in {@code round} (in party order): the most it gets from a package that
     * crosses nobody's red line and leaves every party at least its no-deal value of the round (the
     * Kalai-Smorodinsky ideal point); its best package when no package does. One scan of the package
     * space per scenario and round, remembered (scenarios by identity: news makes new ones).
     */
    public static double[] ideals(Scenario scenario, int round) {
        java.util.List<Object> key = java.util.List.of(new Identity(scenario), round);
        synchronized (IDEAL_CACHE) {
            double[] v = IDEAL_CACHE.get(key);
            if (v != null) {
                return v;
            }
        }
        java.util.List<String> ids = scenario.info().partyIds();
        int n = ids.size();
        float[][] table = new float[n][];
        double[] nd = new double[n];
        for (int j = 0; j < n; j++) {
            Utility u = scenario.utility(ids.get(j));
            table[j] = u.table();
            nd[j] = u.noDeal().valueAt(round);
        }
        double[] ideal = new double[n];
        java.util.Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        int size = table[0].length;
        for (int c = 0; c < size; c++) {
            boolean ok = true;
            for (int j = 0; j < n && ok; j++) {
                ok = table[j][c] >= nd[j] - 1e-6; // a red-line package is -infinity in the table
            }
            if (ok) {
                for (int j = 0; j < n; j++) {
                    ideal[j] = Math.max(ideal[j], table[j][c]);
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (ideal[j] == Double.NEGATIVE_INFINITY) {
                ideal[j] = scenario.utility(ids.get(j)).best();
            }
        }
        synchronized (IDEAL_CACHE) {
            IDEAL_CACHE.put(key, ideal);
        }
        return ideal;
    }

    /** A key that compares a scenario by identity. */
    private record Identity(Scenario scenario) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.scenario == scenario;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(scenario);
        }
    }

    /**
     * The percentage (2 decimals) of what a party could gain that it gained: {@code gain} over
     * {@code room} (its ideal minus its no-deal value, see {@link #ideals}); 0 when it could gain nothing.
     */
    public static double share(double gain, double room) {
        return room <= 1e-9 ? 0.0 : round2(100.0 * gain / room);
    }

    /**
     * The party with the largest share of what it could gain ({@link PartyResult#share}), or null
     * if nobody gained (no deal) or there is a tie at the top.
     */
    public static String winner(Map<String, PartyResult> results) {
        return highest(results, PartyResult::share);
    }

    /**
     * The party with the single highest score, or null (nobody gained, or a tie at the top): who won before
     * the share decided it (a debrief of an older server's game_over, which sends no share).
     */
    public static String highestScore(Map<String, PartyResult> results) {
        return highest(results, PartyResult::score);
    }

    private static String highest(Map<String, PartyResult> results, java.util.function.ToDoubleFunction<PartyResult> by) {
        String best = null;
        double top = 0;
        boolean tie = false;
        for (Map.Entry<String, PartyResult> e : results.entrySet()) {
            double s = by.applyAsDouble(e.getValue());
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
