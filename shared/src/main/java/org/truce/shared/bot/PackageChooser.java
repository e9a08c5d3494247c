package org.truce.shared.bot;

import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.Utility;

/**
 * Picks the package to table at an aspiration level: among packages at or above it for the
 * bot (never across its red lines, nor across any red line another party has declared in
 * public), the one the others are predicted to like most. Scans from the aspiration upwards
 * (the packages that give the others the most first), at most {@link #SCAN} of them, so a move
 * costs well under a millisecond.
 */
final class PackageChooser {
    static final int SCAN = 600;

    private PackageChooser() {
    }

    /**
     * @param cautious score a package by the least-pleased other party (for unanimity) rather
     *                 than by the sum over all of them
     */
    static Package choose(BotContext ctx, double aspiration, boolean cautious) {
        Utility u = ctx.utility();
        PackageSpace space = u.space();
        int[] candidates = ctx.candidates();
        float[] table = u.table();
        if (candidates.length == 0) {
            // every package crosses someone's declared red line: hold the bot's own best
            return space.decode(u.codesBestFirst()[0]);
        }
        // first index whose utility falls below the aspiration (sorted best first)
        int lo = 0;
        int hi = candidates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (table[candidates[mid]] >= aspiration) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = Math.max(lo, 1);
        double[][][] score = ctx.model().scoreTable();
        byte[] digits = space.digits();
        int me = ctx.model().me();
        int parties = ctx.model().parties();
        int terms = space.terms();
        int bestCode = candidates[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = end - 1; i >= 0 && i >= end - SCAN; i--) {
            int code = candidates[i];
            int base = code * terms;
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < parties; j++) {
                if (j == me) {
                    continue;
                }
                double[][] sj = score[j];
                double s = 0;
                for (int t = 0; t < terms; t++) {
                    s += sj[t][digits[base + t]];
                }
                sum += s;
                min = Math.min(min, s);
            }
            // unanimity: the least-pleased party decides; the modeller leans on that even more
            double mean = sum / Math.max(1, parties - 1);
            double value = cautious ? min + 0.15 * mean : 0.5 * min + mean;
            // a little noise breaks ties differently from game to game (seeded: still deterministic)
            value += ctx.random().nextDouble() * 1e-3;
            if (value > bestScore) {
                bestScore = value;
                bestCode = code;
            }
        }
        return space.decode(improve(ctx, bestCode, aspiration, score, cautious));
    }

    /**
     * Local search from the chosen package: change one term at a time while that pleases the
     * others more (by the model) and keeps the bot at or above its aspiration. Moves the
     * proposal towards the Pareto frontier at no cost the bot is not willing to pay.
     */
    private static int improve(BotContext ctx, int code, double aspiration, double[][][] score, boolean cautious) {
        Utility u = ctx.utility();
        PackageSpace space = u.space();
        float[] table = u.table();
        boolean[][] declared = ctx.othersDeclaredRedLines();
        double current = value(ctx, code, score, cautious);
        for (int step = 0; step < 6; step++) {
            int bestNext = -1;
            double bestValue = current + 1e-9;
            for (int t = 0; t < space.terms(); t++) {
                for (int o = 0; o < space.options(t); o++) {
                    if (declared[t][o] || o == space.choice(code, t)) {
                        continue;
                    }
                    int next = space.with(code, t, o);
                    if (table[next] < aspiration) {
                        continue; // below aspiration, or across the bot's own red line (minus infinity)
                    }
                    double v = value(ctx, next, score, cautious);
                    if (v > bestValue) {
                        bestValue = v;
                        bestNext = next;
                    }
                }
            }
            if (bestNext < 0) {
                break;
            }
            code = bestNext;
            current = bestValue;
        }
        return code;
    }

    private static double value(BotContext ctx, int code, double[][][] score, boolean cautious) {
        PackageSpace space = ctx.utility().space();
        int me = ctx.model().me();
        int parties = ctx.model().parties();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < parties; j++) {
            if (j == me) {
                continue;
            }
            double s = 0;
            for (int t = 0; t < space.terms(); t++) {
                s += score[j][t][space.choice(code, t)];
            }
            sum += s;
            min = Math.min(min, s);
        }
        double mean = sum / Math.max(1, parties - 1);
        return cautious ? min + 0.15 * mean : 0.5 * min + mean;
    }

    /**
     * The bot's packages that cross neither its own red lines nor any other party's declared
     * ones, best for it first. Depends only on the bot's utility and public facts, so it is
     * cached per utility.
     */
    static int[] candidates(Utility u, boolean[][] declared) {
        synchronized (CACHE) {
            int[] c = CACHE.get(u);
            if (c != null) {
                return c;
            }
        }
        PackageSpace space = u.space();
        byte[] digits = space.digits();
        int terms = space.terms();
        int[] best = u.codesBestFirst();
        int[] out = new int[best.length];
        int n = 0;
        for (int code : best) {
            boolean blocked = false;
            for (int t = 0; t < terms && !blocked; t++) {
                blocked = declared[t][digits[code * terms + t]];
            }
            if (!blocked) {
                out[n++] = code;
            }
        }
        int[] c = java.util.Arrays.copyOf(out, n);
        synchronized (CACHE) {
            CACHE.put(u, c);
        }
        return c;
    }

    private static final java.util.Map<Utility, int[]> CACHE = new java.util.WeakHashMap<>();
}
