package org.truce.shared.bot;

import java.util.Arrays;
import java.util.List;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * A frequency model of the other parties, from public facts only (HardHeaded-style): options a
 * party tables are ones it likes; a term it never changes between its own drafts matters to it;
 * options in drafts it accepted gain, in drafts it rejected lose.
 */
final class OpponentModel {
    private final ScenarioInfo info;
    private final PackageSpace space;
    private final int me;
    private final int parties;
    private final int terms;
    private final double[][] weight;
    private final double[][][] value;
    private final int[][] lastTabled;
    private int roundsSeen;
    private int draftRoundSeen;

    OpponentModel(ScenarioInfo info, String party) {
        this.info = info;
        this.space = info.space();
        this.me = info.partyIndex(party);
        this.parties = info.parties().size();
        this.terms = info.terms().size();
        this.weight = new double[parties][terms];
        this.value = new double[parties][terms][];
        this.lastTabled = new int[parties][];
        for (int j = 0; j < parties; j++) {
            Arrays.fill(weight[j], 1.0 / terms);
            for (int t = 0; t < terms; t++) {
                value[j][t] = new double[space.options(t)];
                Arrays.fill(value[j][t], 1.0);
            }
        }
    }

    void observe(org.truce.shared.engine.Event e) {
        // the model reads the public state in catchUp; events add nothing it cannot see there
    }

    /** Folds in every round closed and every draft tabled since the last call. */
    void catchUp(GameState state) {
        List<RoundRecord> history = state.history();
        while (roundsSeen < history.size()) {
            RoundRecord r = history.get(roundsSeen++);
            if (r.draft() != null && r.round() != draftRoundSeen) {
                tabled(r.draft());
            }
            if (r.draft() != null) {
                votes(r);
            }
        }
        Draft current = state.draft();
        if (current != null && current.round() != draftRoundSeen
                && (history.isEmpty() || history.get(history.size() - 1).round() != current.round())) {
            tabled(current);
        }
    }

    private void tabled(Draft d) {
        draftRoundSeen = d.round();
        int j = info.partyIndex(d.by());
        if (j == me || j < 0 || d.automatic()) {
            return;
        }
        int[] choice = d.pkg().toArray();
        for (int t = 0; t < terms; t++) {
            value[j][t][choice[t]] += 1.0;
        }
        if (lastTabled[j] != null) {
            double sum = 0;
            for (int t = 0; t < terms; t++) {
                if (lastTabled[j][t] == choice[t]) {
                    weight[j][t] += 0.1;
                }
                sum += weight[j][t];
            }
            for (int t = 0; t < terms; t++) {
                weight[j][t] /= sum;
            }
        }
        lastTabled[j] = choice;
    }

    private void votes(RoundRecord r) {
        int[] choice = r.draft().pkg().toArray();
        r.votes().forEach((party, vote) -> {
            int j = info.partyIndex(party);
            if (j == me || j < 0 || party.equals(r.pen())) {
                return;
            }
            for (int t = 0; t < terms; t++) {
                if (vote == VoteStatus.ACCEPTED) {
                    value[j][t][choice[t]] += 0.5;
                } else if (vote == VoteStatus.REJECTED) {
                    value[j][t][choice[t]] = Math.max(0.05, value[j][t][choice[t]] - 0.35);
                }
            }
        });
    }

    /**
     * What a party said in talk about one option: {@code good} true when it said it wants or
     * could accept it, false when it said it cannot. Talk is cheap (it may bluff), so it moves
     * the model less than a vote does.
     */
    void heardOption(String party, int term, int option, boolean good) {
        int j = info.partyIndex(party);
        if (j == me || j < 0) {
            return;
        }
        if (good) {
            value[j][term][option] += 0.25;
        } else {
            value[j][term][option] = Math.max(0.05, value[j][term][option] - 0.2);
        }
    }

    /** A party said a term matters most to it: its estimated weight there grows a little. */
    void heardPriority(String party, int term) {
        int j = info.partyIndex(party);
        if (j == me || j < 0) {
            return;
        }
        weight[j][term] += 0.05;
        double sum = 0;
        for (int t = 0; t < terms; t++) {
            sum += weight[j][t];
        }
        for (int t = 0; t < terms; t++) {
            weight[j][t] /= sum;
        }
    }

    /** Estimated utility 0..1 of a package code for party index j. */
    double predicted(int j, int code) {
        double u = 0;
        for (int t = 0; t < terms; t++) {
            double[] v = value[j][t];
            double max = 0;
            for (double x : v) {
                max = Math.max(max, x);
            }
            u += weight[j][t] * v[space.choice(code, t)] / max;
        }
        return u;
    }

    /** Per party, per term, per option: weight times normalised value, for fast scoring. */
    double[][][] scoreTable() {
        double[][][] out = new double[parties][terms][];
        for (int j = 0; j < parties; j++) {
            for (int t = 0; t < terms; t++) {
                double[] v = value[j][t];
                double max = 0;
                for (double x : v) {
                    max = Math.max(max, x);
                }
                out[j][t] = new double[v.length];
                for (int o = 0; o < v.length; o++) {
                    out[j][t][o] = weight[j][t] * v[o] / max;
                }
            }
        }
        return out;
    }

    int me() {
        return me;
    }

    int parties() {
        return parties;
    }
}
