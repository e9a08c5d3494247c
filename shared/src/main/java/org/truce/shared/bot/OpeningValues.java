package org.truce.shared.bot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.shared.scenario.NoDeal;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/**
 * A seat's continuation values on its opening beliefs, for every round: the backward induction of
 * {@link Negotiator#continuation} over the whole game, on the opponent model a bot of that seat
 * starts with (before anything is tabled). It depends only on the public scenario, the seat's own
 * brief (utility and no-deal value) and the difficulty, so it is worked out once and shared by every
 * bot of that seat, in every game (a simulator plays thousands): [k] holds each party's value
 * after round k - 1 fails, i.e. what it expects from round k on ([rounds + 1]: no-deal values of
 * the last round). A small bounded cache, keyed by the objects themselves (a scenario changed by
 * news has new ones).
 */
final class OpeningValues {
    private static final int SIZE = 256;
    private static final Map<Key, double[][]> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, double[][]> eldest) {
            return size() > SIZE;
        }
    };

    private OpeningValues() {
    }

    /** Identity of what the opening values depend on (scenario and utility by identity). */
    private record Key(ScenarioInfo info, Utility utility, String party, Difficulty difficulty, NoDeal noDeal, int rounds) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.info == info && k.utility == utility && k.party.equals(party)
                    && k.difficulty == difficulty && k.noDeal.equals(noDeal) && k.rounds == rounds;
        }

        @Override
        public int hashCode() {
            return ((System.identityHashCode(info) * 31 + System.identityHashCode(utility)) * 31 + party.hashCode()) * 31
                    + difficulty.hashCode() * 7 + rounds;
        }
    }

    /** The values for the bot of this context ({@code negotiator}'s search tables), computed on first use. */
    static double[][] of(BotContext ctx, boolean[][] forbidden, int[] radix, int[] place, double[][] own, int rounds) {
        Key key = new Key(ctx.info(), ctx.utility(), ctx.party(), ctx.difficulty(), ctx.brief().noDeal(), rounds);
        synchronized (CACHE) {
            double[][] v = CACHE.get(key);
            if (v != null) {
                return v;
            }
        }
        double[][] v = compute(ctx, forbidden, radix, place, own, rounds);
        synchronized (CACHE) {
            CACHE.put(key, v);
        }
        return v;
    }

    private static double[][] compute(BotContext ctx, boolean[][] forbidden, int[] radix, int[] place, double[][] own, int rounds) {
        OpponentModel opening = new OpponentModel(ctx.info(), ctx.party(), ctx.brief().noDeal(), ctx.difficulty(), null);
        double[][][] util = opening.scoreTable();
        int me = opening.me();
        util[me] = own;
        int n = opening.parties();
        Utility u = ctx.utility();
        Negotiator.Thresholds nd = (j, r) -> j == me ? u.noDeal().valueAt(r) : opening.threshold(j, r);
        double[] value = new double[n];
        for (int j = 0; j < n; j++) {
            value[j] = nd.at(j, rounds);
        }
        double[][] trace = new double[rounds + 2][];
        trace[rounds + 1] = value.clone();
        Negotiator.backward(util, value, new double[n], rounds, 0, nd, trace, ctx.info(), forbidden, radix, place);
        return trace;
    }
}
