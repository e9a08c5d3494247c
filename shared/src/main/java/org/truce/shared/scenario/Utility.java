package org.truce.shared.scenario;

/**
 * One party's linear additive utility over packages, on a 0-100 scale:
 * {@code u = sum_t w_t * s_t(option) / sum_t w_t}, plus its red lines. Built from the party's own
 * brief only. Caches the utility of every package code, sorted, for fast search by bots.
 */
public final class Utility {
    private final String party;
    private final PackageSpace space;
    private final double[][] part;
    private final boolean[][] red;
    private final NoDeal noDeal;
    private volatile float[] byCode;
    private volatile int[] codesBest;

    /**
     * Builds the party's utility from its brief; weights are normalised to sum 1 (equal if all are zero), missing
     * scores count 0.
     */
    public Utility(ScenarioInfo info, Brief brief) {
        this.party = brief.party();
        this.space = info.space();
        this.noDeal = brief.noDeal();
        int n = info.terms().size();
        this.part = new double[n][];
        this.red = new boolean[n][];
        double wsum = 0;
        for (Term t : info.terms()) {
            wsum += brief.weights().getOrDefault(t.id(), 0.0);
        }
        for (int i = 0; i < n; i++) {
            Term t = info.terms().get(i);
            double w = wsum > 0 ? brief.weights().getOrDefault(t.id(), 0.0) / wsum : 1.0 / n;
            part[i] = new double[t.options().size()];
            red[i] = new boolean[t.options().size()];
            for (int o = 0; o < t.options().size(); o++) {
                String oid = t.option(o).id();
                double s = brief.scores().getOrDefault(t.id(), java.util.Map.of()).getOrDefault(oid, 0.0);
                part[i][o] = w * s;
                red[i][o] = brief.isRedLine(t.id(), oid);
            }
        }
    }

    /** The party id whose brief this is. */
    public String party() {
        return party;
    }

    /** The package space the codes refer to. */
    public PackageSpace space() {
        return space;
    }

    /** The party's no-deal value over rounds. */
    public NoDeal noDeal() {
        return noDeal;
    }

    /** Utility 0-100 of a package, ignoring red lines. */
    public double value(Package p) {
        double u = 0;
        for (int t = 0; t < part.length; t++) {
            u += part[t][p.choice(t)];
        }
        return u;
    }

    /** Utility 0-100 of the package with this code, ignoring red lines. */
    public double value(int code) {
        double u = 0;
        for (int t = 0; t < part.length; t++) {
            u += part[t][space.choice(code, t)];
        }
        return u;
    }

    /** What term {@code t} at option {@code o} contributes to the utility (weight times score). */
    public double contribution(int t, int o) {
        return part[t][o];
    }

    /** The most term {@code t} can contribute. */
    public double bestContribution(int t) {
        double best = 0;
        for (double v : part[t]) {
            best = Math.max(best, v);
        }
        return best;
    }

    /** True if option index {@code option} of term index {@code term} is one of the party's red lines. */
    public boolean isRedLine(int term, int option) {
        return red[term][option];
    }

    /** True if the package takes any of the party's red-line options. */
    public boolean crossesRedLine(Package p) {
        for (int t = 0; t < red.length; t++) {
            if (red[t][p.choice(t)]) {
                return true;
            }
        }
        return false;
    }

    /** True if the package with this code takes any of the party's red-line options. */
    public boolean crossesRedLine(int code) {
        for (int t = 0; t < red.length; t++) {
            if (red[t][space.choice(code, t)]) {
                return true;
            }
        }
        return false;
    }

    /** First term (index) whose chosen option is a red line, or -1. */
    public int redLineTerm(Package p) {
        for (int t = 0; t < red.length; t++) {
            if (red[t][p.choice(t)]) {
                return t;
            }
        }
        return -1;
    }

    /** Utility of every package code; red-line packages hold {@link Float#NEGATIVE_INFINITY}. */
    public float[] table() {
        float[] t = byCode;
        if (t == null) {
            synchronized (this) {
                t = byCode;
                if (t == null) {
                    t = computeTable();
                    byCode = t;
                }
            }
        }
        return t;
    }

    /** Package codes that cross no red line, best for this party first. */
    public int[] codesBestFirst() {
        int[] c = codesBest;
        if (c == null) {
            synchronized (this) {
                c = codesBest;
                if (c == null) {
                    c = sortCodes(table());
                    codesBest = c;
                }
            }
        }
        return c;
    }

    /** The best utility reachable without crossing a red line. */
    public double best() {
        int[] c = codesBestFirst();
        return c.length == 0 ? 0 : table()[c[0]];
    }

    private float[] computeTable() {
        int size = space.size();
        float[] out = new float[size];
        int n = part.length;
        int[] digits = new int[n];
        // walk codes in order, incrementing the mixed-radix digits like an odometer
        for (int code = 0; code < size; code++) {
            double u = 0;
            boolean crossed = false;
            for (int t = 0; t < n; t++) {
                u += part[t][digits[t]];
                crossed |= red[t][digits[t]];
            }
            out[code] = crossed ? Float.NEGATIVE_INFINITY : (float) u;
            for (int t = n - 1; t >= 0; t--) {
                if (++digits[t] < space.options(t)) {
                    break;
                }
                digits[t] = 0;
            }
        }
        return out;
    }

    private static int[] sortCodes(float[] table) {
        int count = 0;
        for (float v : table) {
            if (v != Float.NEGATIVE_INFINITY) {
                count++;
            }
        }
        // sort by utility descending, code ascending on ties: pack both into a long key
        long[] keys = new long[count];
        int k = 0;
        for (int code = 0; code < table.length; code++) {
            if (table[code] != Float.NEGATIVE_INFINITY) {
                long fixed = Math.round(table[code] * 10_000.0);
                keys[k++] = ((1_000_000_000L - fixed) << 23) | code;
            }
        }
        java.util.Arrays.sort(keys);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = (int) (keys[i] & ((1 << 23) - 1));
        }
        return out;
    }
}
