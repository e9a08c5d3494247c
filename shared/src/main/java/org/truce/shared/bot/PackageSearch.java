package org.truce.shared.bot;

/**
 * The best package for one party among those that give every other party at least a floor,
 * searched over the whole package space by branch and bound (utilities are additive
 * over terms, so the best each party can still get from the terms not yet chosen bounds every
 * branch). Ties are broken towards the package the others like most, so the answer is on the
 * Pareto frontier of the utilities searched. A search visits a few thousand of the 262,144
 * packages of {@code paris-summit}: tens of microseconds.
 */
final class PackageSearch {
    /** Weight of the others' utilities in the objective: a tie-break, never a trade. */
    static final double TIE = 1e-3;
    /**
     * Most branches one search visits: proving that no package clears every floor can take long
     * when the floors are only just out of reach, so the search then settles for what it found
     * (deterministic, so a rebuilt bot still decides alike).
     */
    static final int BUDGET = 2_000;

    private PackageSearch() {
    }

    /**
     * @param util      [party][term][option]: each party's utility contribution (0-100 overall)
     * @param me        the party whose utility is maximised
     * @param floor     per party, the least it must get (ignored for {@code me}); NaN: no floor
     * @param forbidden [term][option]: options no package may take (red lines)
     * @param radix     options per term
     * @param place     the code's place value of each term
     * @return the code of the best package, or -1 if no package clears every floor
     */
    static int best(double[][][] util, int me, double[] floor, boolean[][] forbidden, int[] radix, int[] place) {
        int parties = util.length;
        int terms = radix.length;
        // the objective per term and option, and the terms in order of how much they matter to it
        double[][] obj = new double[terms][];
        double[] range = new double[terms];
        for (int t = 0; t < terms; t++) {
            obj[t] = new double[radix[t]];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < radix[t]; o++) {
                double others = 0;
                for (int j = 0; j < parties; j++) {
                    if (j != me) {
                        others += util[j][t][o];
                    }
                }
                obj[t][o] = util[me][t][o] + TIE * others;
                if (!forbidden[t][o]) {
                    lo = Math.min(lo, obj[t][o]);
                    hi = Math.max(hi, obj[t][o]);
                }
            }
            if (hi == Double.NEGATIVE_INFINITY) {
                return -1; // every option of a term is forbidden
            }
            range[t] = hi - lo;
        }
        // insertion sorts on small int arrays (9 terms, a few options): no boxing in the hot path
        int[] order = new int[terms];
        for (int t = 0; t < terms; t++) {
            int d = t;
            while (d > 0 && range[order[d - 1]] < range[t]) {
                order[d] = order[d - 1];
                d--;
            }
            order[d] = t;
        }
        int[][] options = new int[terms][];
        for (int d = 0; d < terms; d++) {
            int t = order[d];
            double[] ot = obj[t];
            int[] os = new int[radix[t]];
            int n = 0;
            for (int o = 0; o < radix[t]; o++) {
                if (forbidden[t][o]) {
                    continue;
                }
                int i = n++;
                while (i > 0 && ot[os[i - 1]] < ot[o]) {
                    os[i] = os[i - 1];
                    i--;
                }
                os[i] = o;
            }
            options[d] = n == os.length ? os : java.util.Arrays.copyOf(os, n);
        }
        // the constrained parties, and the most each (and the objective) can still gain from depth d on
        int[] cons = new int[parties];
        int nc = 0;
        for (int j = 0; j < parties; j++) {
            if (j != me && !Double.isNaN(floor[j])) {
                cons[nc++] = j;
            }
        }
        double[][] rest = new double[nc][terms + 1];
        double[] restObj = new double[terms + 1];
        for (int d = terms - 1; d >= 0; d--) {
            int t = order[d];
            double bestObj = Double.NEGATIVE_INFINITY;
            for (int o : options[d]) {
                bestObj = Math.max(bestObj, obj[t][o]);
            }
            restObj[d] = restObj[d + 1] + bestObj;
            for (int k = 0; k < nc; k++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int o : options[d]) {
                    m = Math.max(m, util[cons[k]][t][o]);
                }
                rest[k][d] = rest[k][d + 1] + m;
            }
        }
        double[] need = new double[nc];
        double needSum = 0;
        for (int k = 0; k < nc; k++) {
            need[k] = floor[cons[k]] - 1e-9;
            needSum += need[k];
            if (rest[k][0] < need[k]) {
                return -1; // the floor is out of reach whatever is chosen
            }
        }
        // the most the constrained parties can still get together: a joint bound, far tighter than
        // theirs one by one when they want opposite things (it ends hopeless branches early)
        double[] restSum = new double[terms + 1];
        for (int d = terms - 1; d >= 0; d--) {
            int t = order[d];
            double m = Double.NEGATIVE_INFINITY;
            for (int o : options[d]) {
                double sum = 0;
                for (int k = 0; k < nc; k++) {
                    sum += util[cons[k]][t][o];
                }
                m = Math.max(m, sum);
            }
            restSum[d] = restSum[d + 1] + m;
        }
        if (restSum[0] < needSum - 1e-9 * nc) {
            return -1;
        }
        // flattened per depth, options best first: objective, each floor's utility, the code's step
        double[][] objAt = new double[terms][];
        double[][] consAt = new double[terms][];
        int[][] stepAt = new int[terms][];
        double[] restFlat = new double[(terms + 1) * nc];
        for (int d = 0; d < terms; d++) {
            int t = order[d];
            int[] os = options[d];
            objAt[d] = new double[os.length];
            consAt[d] = new double[os.length * nc];
            stepAt[d] = new int[os.length];
            for (int i = 0; i < os.length; i++) {
                objAt[d][i] = obj[t][os[i]];
                stepAt[d][i] = os[i] * place[t];
                for (int k = 0; k < nc; k++) {
                    consAt[d][i * nc + k] = util[cons[k]][t][os[i]];
                }
            }
        }
        for (int d = 0; d <= terms; d++) {
            for (int k = 0; k < nc; k++) {
                restFlat[d * nc + k] = rest[k][d];
            }
        }
        Search s = new Search(objAt, consAt, stepAt, nc, restFlat, restObj, need, restSum, needSum);
        s.dfs(0, 0.0, 0, 0.0);
        return s.bestCode;
    }

    private static final class Search {
        private final double[][] obj;
        private final double[][] cons;
        private final int[][] step;
        private final int nc;
        private final double[] rest;
        private final double[] restObj;
        private final double[] need;
        private final double[] restSum;
        private final double needSum;
        private final double[][] got;
        private final int depth;
        private double bestObj = Double.NEGATIVE_INFINITY;
        private int bestCode = -1;
        private int visits;

        Search(double[][] obj, double[][] cons, int[][] step, int nc, double[] rest, double[] restObj, double[] need,
               double[] restSum, double needSum) {
            this.restSum = restSum;
            this.needSum = needSum;
            this.obj = obj;
            this.cons = cons;
            this.step = step;
            this.nc = nc;
            this.rest = rest;
            this.restObj = restObj;
            this.need = need;
            this.depth = obj.length;
            this.got = new double[depth + 1][nc];
        }

        void dfs(int d, double sofar, int code, double sumSofar) {
            if (++visits > BUDGET) {
                return;
            }
            if (d == depth) {
                if (sofar > bestObj) {
                    bestObj = sofar;
                    bestCode = code;
                }
                return;
            }
            double[] mine = got[d];
            double[] next = got[d + 1]; // only rewritten once the branch below is done
            double[] objD = obj[d];
            double[] consD = cons[d];
            int[] stepD = step[d];
            double restNext = restObj[d + 1];
            int restBase = (d + 1) * nc;
            double sumNeed = needSum - restSum[d + 1];
            for (int i = 0; i < objD.length; i++) {
                double v = sofar + objD[i];
                if (v + restNext <= bestObj) {
                    return; // options come best first: no later one can do better
                }
                boolean ok = true;
                int base = i * nc;
                double sum = sumSofar;
                for (int k = 0; k < nc; k++) {
                    double g = mine[k] + consD[base + k];
                    next[k] = g;
                    sum += consD[base + k];
                    if (g + rest[restBase + k] < need[k]) {
                        ok = false;
                        break;
                    }
                }
                if (ok && sum >= sumNeed - 1e-9 * nc) {
                    dfs(d + 1, v, code + stepD[i], sum);
                }
            }
        }
    }
}
