package org.truce.shared.bot;

import java.util.Arrays;
import java.util.List;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.scenario.NoDeal;
import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.RedLine;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * What a bot believes about the other parties, from public facts only (never their briefs):
 * for each party a linear additive utility (term weights and option scores, 0-100) and the least
 * it accepts in a round (its no-deal value, estimated from the bot's own since briefs are
 * private, plus a learned slack). It starts from the declared red lines (a party scores options
 * the further from its red line the better, and cares about that term) and learns:
 * <ul>
 *   <li>from every draft tabled: the options a party tables move towards its peak on each term,
 *       and a term it keeps unchanged between its own drafts matters more to it;</li>
 *   <li>from every vote, as a constraint: an accept says the draft cleared the voter's threshold,
 *       a reject that it did not. When the belief contradicts the vote, the smallest change to
 *       the believed scores of the draft's options (and to the threshold) that makes it agree is
 *       made, scaled by how well this bot models (a projection, the MAP update under a Gaussian
 *       prior);</li>
 *   <li>from talk, through {@link #heardOption} and {@link #heardPriority}, less than from votes.</li>
 * </ul>
 * How much it learns depends on the difficulty: easy bots start flat and learn slowly.
 */
final class OpponentModel {
    private final ScenarioInfo info;
    private final PackageSpace space;
    private final int me;
    private final int parties;
    private final int terms;
    private final double[][] weight;
    private final double[][][] score;
    private final double[] slack;
    private final NoDeal[] known;
    private final NoDeal prior;
    private final double learn;
    /** How far one draft moves the belief about its author's scores towards what it tabled (times the learning rate). */
    static final double DRAFT = 0.35;
    /**
     * Spread (points) of seeded guesswork added to a normal bot's prior scores per game (half for
     * hard bots): bots misjudge each other differently from game to game, so who concedes and who
     * holds the pen when a deal is struck varies (see docs/PERFORMANCE.md). A bot's opening
     * continuation values ({@link OpeningValues}) use the prior without it.
     */
    static final double PRIOR_NOISE = 2.0;
    private final int[][] lastTabled;
    private int roundsSeen;
    private int draftRoundSeen;
    private int version;
    /**
     * Talk heard and not yet folded in, with the round it was said in. Talk of a round is folded
     * in when that round closes, between its draft and its votes, whenever the bot heard it: so
     * the beliefs are a function of the public record alone, and a bot rebuilt from the event log
     * (which hears all the talk before it catches up with the drafts and votes) believes exactly
     * what the original did.
     */
    private final java.util.ArrayDeque<Heard> pending = new java.util.ArrayDeque<>();

    private record Heard(int round, Runnable fold) {
    }

    /** A model with shaped priors that learns at the normal rate, for tests. */
    OpponentModel(ScenarioInfo info, String party) {
        this(info, party, new NoDeal(56, 1.5), Difficulty.NORMAL, null);
    }

    /**
     * @param ownNoDeal the bot's own no-deal value: its estimate of the others' (theirs are private)
     * @param difficulty easy models poorly (flat prior, slow learning), hard models best
     * @param noise      seeded randomness for the prior's guesswork (none: a noiseless prior)
     */
    OpponentModel(ScenarioInfo info, String party, NoDeal ownNoDeal, Difficulty difficulty,
                  java.util.SplittableRandom noise) {
        this.info = info;
        this.space = info.space();
        this.me = info.partyIndex(party);
        this.parties = info.parties().size();
        this.terms = info.terms().size();
        this.weight = new double[parties][terms];
        this.score = new double[parties][terms][];
        this.slack = new double[parties];
        this.known = new NoDeal[parties];
        this.prior = ownNoDeal;
        this.learn = difficulty == Difficulty.EASY ? 0.25 : difficulty == Difficulty.HARD ? 1.0 : 0.6;
        this.lastTabled = new int[parties][];
        boolean shaped = difficulty != Difficulty.EASY;
        for (int j = 0; j < parties; j++) {
            Arrays.fill(weight[j], 1.0);
            for (int t = 0; t < terms; t++) {
                score[j][t] = new double[space.options(t)];
                Arrays.fill(score[j][t], 50.0);
            }
            if (!shaped) {
                normalise(j);
                continue;
            }
            // a party that rules out one end of a spectrum is presumed to lean to the other end on
            // every term (options are listed along a spectrum), most surely on the term it ruled on
            double lean = 0;
            int declaredCount = 0;
            for (RedLine r : info.parties().get(j).declaredRedLines()) {
                int t = info.termIndex(r.term());
                int red = t < 0 ? -1 : info.terms().get(t).indexOf(r.option());
                if (red < 0 || space.options(t) < 2) {
                    continue;
                }
                lean += red * 2.0 / (space.options(t) - 1) - 1 > 0 ? -1 : 1;
                declaredCount++;
            }
            lean = declaredCount == 0 ? 0 : lean / declaredCount;
            for (int t = 0; t < terms; t++) {
                int n = space.options(t);
                for (int o = 0; o < n && n > 1; o++) {
                    score[j][t][o] = 50 + 40 * lean * (2.0 * o / (n - 1) - 1);
                }
            }
            for (RedLine r : info.parties().get(j).declaredRedLines()) {
                int t = info.termIndex(r.term());
                int red = t < 0 ? -1 : info.terms().get(t).indexOf(r.option());
                if (red < 0 || space.options(t) < 2) {
                    continue;
                }
                int n = space.options(t);
                weight[j][t] = 2.0;
                double far = Math.max(red, n - 1 - red);
                for (int o = 0; o < n; o++) {
                    score[j][t][o] = Math.min(score[j][t][o], 100.0 * Math.abs(o - red) / far);
                }
            }
            for (int t = 0; noise != null && shaped && t < terms; t++) {
                for (int o = 0; o < score[j][t].length; o++) {
                    double sd = difficulty == Difficulty.HARD ? PRIOR_NOISE / 2 : PRIOR_NOISE;
                    score[j][t][o] = Math.max(0, Math.min(100, score[j][t][o] + sd * noise.nextGaussian()));
                }
            }
            normalise(j);
        }
    }

    private void normalise(int j) {
        double sum = 0;
        for (int t = 0; t < terms; t++) {
            sum += weight[j][t];
        }
        for (int t = 0; t < terms; t++) {
            weight[j][t] /= sum;
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
            while (!pending.isEmpty() && pending.peekFirst().round() <= r.round()) {
                pending.removeFirst().fold().run();
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

    /** Changes whenever the beliefs change (callers cache what they derive from them). */
    int version() {
        return version;
    }

    private void tabled(Draft d) {
        draftRoundSeen = d.round();
        int j = info.partyIndex(d.by());
        if (j == me || j < 0 || d.automatic()) {
            return;
        }
        version++;
        int[] choice = d.pkg().toArray();
        double a = DRAFT * learn;
        for (int t = 0; t < terms; t++) {
            int n = space.options(t);
            double far = Math.max(1, n - 1);
            for (int o = 0; o < n; o++) {
                // single-peaked around what it tabled
                double target = 100.0 * (1 - Math.abs(o - choice[t]) / far);
                score[j][t][o] += a * (target - score[j][t][o]);
            }
        }
        if (lastTabled[j] != null) {
            for (int t = 0; t < terms; t++) {
                if (lastTabled[j][t] == choice[t]) {
                    weight[j][t] += 0.1 * learn;
                }
            }
            normalise(j);
        }
        lastTabled[j] = choice;
    }

    private void votes(RoundRecord r) {
        int[] choice = r.draft().pkg().toArray();
        for (var e : r.votes().entrySet()) {
            int j = info.partyIndex(e.getKey());
            if (j == me || j < 0 || e.getKey().equals(r.pen()) || r.byClock().contains(e.getKey())) {
                continue;
            }
            VoteStatus vote = e.getValue();
            double u = utility(j, choice);
            double threshold = threshold(j, r.round());
            double gap;
            if (vote == VoteStatus.ACCEPTED && u < threshold) {
                gap = threshold - u;
            } else if (vote == VoteStatus.REJECTED && u >= threshold - 1) {
                gap = threshold - 1 - u;
            } else {
                continue;
            }
            version++;
            // the smallest change that makes the belief agree with the vote: most on the scores, some on the threshold
            double norm = 0;
            for (int t = 0; t < terms; t++) {
                norm += weight[j][t] * weight[j][t];
            }
            double tau = learn * 0.7 * gap / norm;
            for (int t = 0; t < terms; t++) {
                double[] s = score[j][t];
                s[choice[t]] = Math.max(0, Math.min(100, s[choice[t]] + tau * weight[j][t]));
            }
            slack[j] = Math.max(-15, Math.min(25, slack[j] - learn * 0.3 * gap));
        }
    }

    /**
     * Queues talk said in {@code round}: it is folded in ({@link #heardOption}, {@link #heardPriority})
     * when that round closes, at the same point of the record for the original bot and for one
     * rebuilt from the log.
     */
    void heardIn(int round, Runnable fold) {
        pending.addLast(new Heard(round, fold));
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
        version++;
        double[] s = score[j][term];
        s[option] = Math.max(0, Math.min(100, s[option] + (good ? 15 : -15) * learn));
    }

    /** A party said a term matters most to it: its estimated weight there grows a little. */
    void heardPriority(String party, int term) {
        int j = info.partyIndex(party);
        if (j == me || j < 0) {
            return;
        }
        version++;
        weight[j][term] += 0.05;
        normalise(j);
    }

    private double utility(int j, int[] choice) {
        double u = 0;
        for (int t = 0; t < terms; t++) {
            u += weight[j][t] * score[j][t][choice[t]];
        }
        return u;
    }

    /** The least party index j is believed to accept in this round: its estimated no-deal value plus its slack. */
    double threshold(int j, int round) {
        return known[j] != null ? known[j].valueAt(round) : prior.valueAt(round) + slack[j];
    }

    /**
     * Tests only: the bot knows party j's utility (contribution per term and option) and no-deal
     * value exactly, as a perfectly informed bargainer would.
     */
    void know(int j, double[][] contribution, NoDeal noDeal) {
        version++;
        for (int t = 0; t < terms; t++) {
            weight[j][t] = 1.0 / terms;
            for (int o = 0; o < score[j][t].length; o++) {
                score[j][t][o] = contribution[t][o] * terms;
            }
        }
        known[j] = noDeal;
    }

    /** Estimated utility 0-100 of a package code for party index j. */
    double predicted(int j, int code) {
        double u = 0;
        for (int t = 0; t < terms; t++) {
            u += weight[j][t] * score[j][t][space.choice(code, t)];
        }
        return u;
    }

    /** Per party, per term, per option: believed weight times score (0-100 overall), for fast search. */
    double[][][] scoreTable() {
        double[][][] out = new double[parties][terms][];
        for (int j = 0; j < parties; j++) {
            for (int t = 0; t < terms; t++) {
                out[j][t] = new double[score[j][t].length];
                for (int o = 0; o < out[j][t].length; o++) {
                    out[j][t][o] = weight[j][t] * score[j][t][o];
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
