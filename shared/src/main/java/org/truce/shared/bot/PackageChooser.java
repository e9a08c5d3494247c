package org.truce.shared.bot;

import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.Utility;

/**
 * Picks the package to table at an aspiration level: among packages at or above it for the
 * bot (never across its red lines), the one the others are predicted to like most. Scans from
 * the aspiration upwards (the packages that give the others the most first), at most
 * {@link #SCAN} of them, so a move costs well under a millisecond.
 */
final class PackageChooser {
    static final int SCAN = 3000;

    private PackageChooser() {
    }

    /**
     * @param cautious score a package by the least-pleased other party (for unanimity) rather
     *                 than by the sum over all of them
     */
    static Package choose(BotContext ctx, double aspiration, boolean cautious) {
        Utility u = ctx.utility();
        PackageSpace space = u.space();
        int[] best = u.codesBestFirst();
        float[] table = u.table();
        if (best.length == 0) {
            throw new IllegalStateException("every package crosses a red line of " + u.party());
        }
        // first index whose utility falls below the aspiration (sorted best first)
        int lo = 0;
        int hi = best.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (table[best[mid]] >= aspiration) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = Math.max(lo, 1);
        int start = Math.max(0, end - SCAN);
        double[][][] score = ctx.model().scoreTable();
        int me = ctx.model().me();
        int parties = ctx.model().parties();
        int terms = space.terms();
        int bestCode = best[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = end - 1; i >= start; i--) {
            int code = best[i];
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < parties; j++) {
                if (j == me) {
                    continue;
                }
                double s = 0;
                for (int t = 0; t < terms; t++) {
                    s += score[j][t][space.choice(code, t)];
                }
                sum += s;
                min = Math.min(min, s);
            }
            double value = cautious ? min + 0.15 * sum / Math.max(1, parties - 1) : sum;
            // a little noise breaks ties differently from game to game (seeded: still deterministic)
            value += ctx.random().nextDouble() * 1e-3;
            if (value > bestScore) {
                bestScore = value;
                bestCode = code;
            }
        }
        return space.decode(bestCode);
    }
}
