package org.truce.shared.bot;

import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.Utility;

/**
 * The packages a bot may table: those crossing neither its own red lines nor any red line
 * another party has declared in public, best for the bot first. The pen holder's choice among
 * them is {@link PackageSearch}'s; this list is its fallback (its best package) when nothing it
 * expects to pass is worth its continuation.
 */
final class PackageChooser {
    private PackageChooser() {
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
