package org.truce.shared.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.Scenario;

/**
 * Exhaustive analysis of a scenario's package space (see docs/ANALYSIS.md).
 *
 * <ul>
 *   <li>Feasible packages: those that cross no party's red line (a red line makes a package
 *       worth minus infinity to that party).</li>
 *   <li>Pareto frontier: feasible packages that no other feasible package weakly improves for
 *       every party and strictly for one. Sort-filter skyline: packages sorted by the sum of
 *       utilities (a dominator always has a larger sum), each tested against the frontier found
 *       so far.</li>
 *   <li>Nash bargaining solution in round r: the feasible package maximising
 *       {@code prod_i (u_i - d_i(r))} among those with {@code u_i > d_i(r)} for every party.</li>
 * </ul>
 * Utilities are on the 0-100 scale; distances are Euclidean in that space.
 */
public final class Analysis {
    /** Analyses kept: the loaded scenarios, and the newest scenarios news has changed (one per room with injects). */
    static final int CACHED = 32;
    /** Least recently used first; bounded, because every fired inject makes a new {@link Scenario}. */
    private static final Map<Scenario, Analysis> CACHE = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Scenario, Analysis> eldest) {
            return size() > CACHED;
        }
    };

    private final Scenario scenario;
    private final PackageSpace space;
    private final int parties;
    private final float[][] utility;
    private final int[] feasible;
    private volatile int[] frontier;
    private volatile float[] frontierPoints;
    private volatile java.util.BitSet frontierSet;
    private final Map<Integer, Integer> nashByRound = new ConcurrentHashMap<>();

    private Analysis(Scenario scenario) {
        this.scenario = scenario;
        this.space = scenario.space();
        List<String> ids = scenario.info().partyIds();
        this.parties = ids.size();
        this.utility = new float[parties][];
        for (int i = 0; i < parties; i++) {
            utility[i] = scenario.utility(ids.get(i)).table();
        }
        int n = space.size();
        int[] buf = new int[n];
        int count = 0;
        outer:
        for (int code = 0; code < n; code++) {
            for (int i = 0; i < parties; i++) {
                if (utility[i][code] == Float.NEGATIVE_INFINITY) {
                    continue outer;
                }
            }
            buf[count++] = code;
        }
        this.feasible = Arrays.copyOf(buf, count);
    }

    /**
     * The analysis of a scenario, computed once and shared while it is among the {@link #CACHED} most
     * recently used (a scenario after an inject is a new one: its analysis is computed afresh).
     */
    public static Analysis of(Scenario scenario) {
        synchronized (CACHE) {
            Analysis a = CACHE.get(scenario);
            if (a != null) {
                return a;
            }
        }
        Analysis made = new Analysis(scenario); // outside the lock: it takes a while, two threads may both make one
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(scenario, k -> made);
        }
    }

    /** How many analyses are cached now (tests). */
    static int cached() {
        synchronized (CACHE) {
            return CACHE.size();
        }
    }

    /**
     * The analysis of a scenario made for one game (e.g. after news changed its briefs), not kept in
     * the shared cache: the caller holds it as long as it needs it.
     */
    public static Analysis uncached(Scenario scenario) {
        return new Analysis(scenario);
    }

    /** The scenario analysed. */
    public Scenario scenario() {
        return scenario;
    }

    /** Number of packages that cross no red line. */
    public int feasibleCount() {
        return feasible.length;
    }

    /** Utility of a package code for party index i (minus infinity across its red line). */
    public float utility(int party, int code) {
        return utility[party][code];
    }

    /** Codes of the Pareto-optimal feasible packages, highest total utility first. */
    public int[] paretoFrontier() {
        int[] f = frontier;
        if (f == null) {
            synchronized (this) {
                f = frontier;
                if (f == null) {
                    computeFrontier();
                    f = frontier;
                }
            }
        }
        return f;
    }

    private void computeFrontier() {
        int n = feasible.length;
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            int code = feasible[k];
            double sum = 0;
            for (int i = 0; i < parties; i++) {
                sum += utility[i][code];
            }
            long fixed = Math.round(sum * 1000.0);
            keys[k] = ((10_000_000_000L - fixed) << 23) | code;
        }
        Arrays.sort(keys);
        float[] points = new float[Math.max(16, n / 16) * parties];
        int[] codes = new int[Math.max(16, n / 16)];
        int size = 0;
        float[] c = new float[parties];
        int lastDominator = -1;
        for (int k = 0; k < n; k++) {
            int code = (int) (keys[k] & ((1 << 23) - 1));
            for (int i = 0; i < parties; i++) {
                c[i] = utility[i][code];
            }
            // the point that dominated the previous candidate often dominates this one too
            if (lastDominator >= 0 && dominates(points, lastDominator, c)) {
                continue;
            }
            int dom = -1;
            for (int f = 0; f < size; f++) {
                if (dominates(points, f, c)) {
                    dom = f;
                    break;
                }
            }
            if (dom >= 0) {
                lastDominator = dom;
                continue;
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                points = Arrays.copyOf(points, size * 2 * parties);
            }
            codes[size] = code;
            System.arraycopy(c, 0, points, size * parties, parties);
            size++;
        }
        frontierPoints = Arrays.copyOf(points, size * parties);
        java.util.BitSet set = new java.util.BitSet(space.size());
        for (int i = 0; i < size; i++) {
            set.set(codes[i]);
        }
        frontierSet = set;
        frontier = Arrays.copyOf(codes, size);
    }

    /** Whether frontier point f weakly improves on c for everyone and strictly for someone. */
    private boolean dominates(float[] points, int f, float[] c) {
        int base = f * parties;
        boolean strict = false;
        for (int i = 0; i < parties; i++) {
            float p = points[base + i];
            if (p < c[i]) {
                return false;
            }
            if (p > c[i]) {
                strict = true;
            }
        }
        return strict;
    }

    /** True if the package with this code is one of {@link #paretoFrontier()} (computed on first use). */
    public boolean isParetoOptimal(int code) {
        paretoFrontier();
        return frontierSet.get(code);
    }

    /** Euclidean distance in utility space from a point to the nearest Pareto-optimal package. */
    public double distanceToFrontier(double[] point) {
        paretoFrontier();
        float[] pts = frontierPoints;
        double best = Double.POSITIVE_INFINITY;
        for (int f = 0; f < pts.length / parties; f++) {
            double d = 0;
            for (int i = 0; i < parties; i++) {
                double x = pts[f * parties + i] - point[i];
                d += x * x;
            }
            best = Math.min(best, d);
        }
        return Math.sqrt(best);
    }

    /** The Nash bargaining package for the no-deal values of this round, or -1 if no package beats every no-deal value. */
    public int nash(int round) {
        return nashByRound.computeIfAbsent(round, this::computeNash);
    }

    private int computeNash(int round) {
        double[] d = noDeal(round);
        int best = -1;
        double bestLog = Double.NEGATIVE_INFINITY;
        outer:
        for (int code : feasible) {
            double log = 0;
            for (int i = 0; i < parties; i++) {
                double gain = utility[i][code] - d[i];
                if (gain <= 0) {
                    continue outer;
                }
                log += Math.log(gain);
            }
            if (log > bestLog) {
                bestLog = log;
                best = code;
            }
        }
        return best;
    }

    /** Feasible packages that every party prefers to its no-deal value in this round (the bargaining zone). */
    public int zoneSize(int round) {
        double[] d = noDeal(round);
        int count = 0;
        outer:
        for (int code : feasible) {
            for (int i = 0; i < parties; i++) {
                if (utility[i][code] <= d[i]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }

    /** Each party's no-deal value while this round is played. */
    public double[] noDeal(int round) {
        List<String> ids = scenario.info().partyIds();
        double[] d = new double[parties];
        for (int i = 0; i < parties; i++) {
            d[i] = scenario.utility(ids.get(i)).noDeal().valueAt(round);
        }
        return d;
    }

    /** The ideal (best feasible-for-itself) package code of a party index, ignoring others' red lines. */
    public int ideal(int party) {
        return scenario.utility(scenario.info().partyIds().get(party)).codesBestFirst()[0];
    }

    /** Compares an outcome with the frontier and the Nash solution of its round. {@code agreement} null means no deal. */
    public AgreementAnalysis assess(Package agreement, int round) {
        List<String> ids = scenario.info().partyIds();
        Map<String, PartyResult> results = Scoring.results(scenario, agreement, round);
        double[] point = new double[parties];
        double welfare = 0;
        for (int i = 0; i < parties; i++) {
            point[i] = results.get(ids.get(i)).utility();
            welfare += point[i];
        }
        int nash = nash(round);
        Map<String, String> nashTerms = null;
        Map<String, Double> nashUtilities = null;
        Double toNash = null;
        if (nash >= 0) {
            nashTerms = space.toTerms(nash);
            nashUtilities = new LinkedHashMap<>();
            double d2 = 0;
            for (int i = 0; i < parties; i++) {
                double u = utility[i][nash];
                nashUtilities.put(ids.get(i), Scoring.round2(u));
                d2 += (u - point[i]) * (u - point[i]);
            }
            toNash = Scoring.round2(Math.sqrt(d2));
        }
        boolean pareto = agreement != null && isParetoOptimal(space.encode(agreement));
        double toFrontier = pareto ? 0.0 : Scoring.round2(distanceToFrontier(point));
        return new AgreementAnalysis(agreement == null ? null : space.toTerms(agreement), round, results, pareto,
                toFrontier, nashTerms, nashUtilities, toNash, paretoFrontier().length, Scoring.round2(welfare));
    }
}
