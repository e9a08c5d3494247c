package org.truce.shared.bot;

import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/**
 * Bargaining as the rotating-proposer model (Baron and Ferejohn) says a rational party would, on
 * the bot's beliefs, with a persona on top.
 * <ul>
 *   <li><b>Continuation value.</b> By backward induction over the rounds left: after the last
 *       round everyone gets their no-deal value; in round r the pen holder p tables the package
 *       best for p among those every other party accepts (each at least its no-deal value of the
 *       round and its continuation from round r + 1); that package is what each party expects
 *       from round r on. The bot uses its own utility for itself and its {@link OpponentModel}
 *       for the others: the beliefs it opens the game with beyond the next {@link #LOOKAHEAD}
 *       rounds ({@link OpeningValues}), what it has learned within them.</li>
 *   <li><b>Votes.</b> It accepts a draft worth at least its continuation (never below its
 *       no-deal value: {@link Bot#wouldAccept} keeps that floor and the red lines), plus the
 *       persona's margin and a holdout premium that fades as the rounds pass
 *       ({@link #holdout}).</li>
 *   <li><b>Tables.</b> As pen holder it tables the package best for itself among those it expects
 *       every other party to accept, searched over the whole package space
 *       ({@link PackageSearch}); early on a bluffing persona asks for a little more than it
 *       expects to pass. If nothing it expects to pass is worth its continuation, it tables the
 *       best it can with the others' thresholds relaxed step by step (a draft that will likely be
 *       rejected, but says what it wants).</li>
 * </ul>
 */
abstract class Negotiator implements Strategy {
    final BotContext ctx;
    /** Points over its continuation the bot always asks for (the persona's margin). */
    final double margin;
    /** Points the pen holder asks beyond what it believes passes, in round 1 (fades to 0). */
    final double bluff;
    /** Points of safety the pen holder adds to the others' believed thresholds. */
    final double caution;
    /**
     * Points the pen holder leaves each other party above what it believes that party accepts:
     * their likely holdout plus its doubt ({@link #SIGMA}) about its own beliefs.
     */
    final double othersMargin;
    /**
     * How likely the bot thinks a draft planned for a later round passes: a draft is tabled on
     * beliefs, and beliefs are often wrong, so the value of going on is mostly what the bot gets
     * when talks fail. This risk is what makes an early deal worth taking.
     */
    static final double PASS = 0.1;
    /** Points of doubt added to every belief about what another party accepts (its utility is only estimated). */
    static final double SIGMA = 3.0;
    private final int[] radix;
    private final int[] place;
    private final boolean[][] forbidden;
    private final double[][] own;
    private int cachedRound = -1;
    private int cachedRounds = -1;
    private int cachedVersion = -1;
    private double[] cached;

    Negotiator(BotContext ctx, double margin, double bluff, double caution) {
        this.ctx = ctx;
        Difficulty d = ctx.difficulty();
        this.margin = Math.max(0, margin);
        this.bluff = Math.max(0, bluff);
        this.caution = caution;
        this.othersMargin = (d == Difficulty.EASY ? 0.0 : d == Difficulty.HARD ? 2.0 : 1.0) + SIGMA;
        Utility u = ctx.utility();
        PackageSpace space = u.space();
        int terms = space.terms();
        radix = new int[terms];
        place = new int[terms];
        forbidden = new boolean[terms][];
        own = new double[terms][];
        boolean[][] declared = ctx.othersDeclaredRedLines();
        for (int t = 0; t < terms; t++) {
            radix[t] = space.options(t);
            place[t] = space.with(0, t, 1);
            forbidden[t] = new boolean[radix[t]];
            own[t] = new double[radix[t]];
            for (int o = 0; o < radix[t]; o++) {
                forbidden[t][o] = declared[t][o] || u.isRedLine(t, o);
                own[t][o] = u.contribution(t, o);
            }
        }
    }

    /**
     * The holdout premium, in points above the bot's reservation value now (0 for a bot that
     * takes its continuation): the persona's patience.
     */
    abstract double holdout(GameState state, double reservation);

    /** The bot's own utility and its beliefs about the others', per party, term and option. */
    private double[][][] utilities() {
        double[][][] util = ctx.model().scoreTable();
        util[ctx.model().me()] = own;
        return util;
    }

    /** Party j's no-deal value in {@code round}: the bot's own, or its estimate of j's. */
    private double noDeal(int j, int round) {
        return j == ctx.model().me() ? ctx.utility().noDeal().valueAt(round) : ctx.model().threshold(j, round);
    }

    /** The least party j takes in {@code round} by backward induction: its no-deal value or its continuation. */
    private double floor(int j, int round, double continuation) {
        return Math.max(noDeal(j, round), continuation);
    }

    /**
     * Each party's continuation value once the current round fails: what it expects from the
     * rounds after it, by backward induction on the bot's beliefs (the no-deal value of the
     * last round after the last round). The first {@value #LOOKAHEAD} rounds ahead are worked out
     * on what the bot believes now, the rest on its opening beliefs (a pure function of the public
     * scenario and its own brief, worked out once and shared by every bot of that seat:
     * {@link OpeningValues}), which is what makes a vote cheap. What the bot learns still shapes
     * every draft it tables ({@link #table}: the others' believed utilities and thresholds).
     */
    double[] continuation(GameState state) {
        int round = state.round();
        int rounds = state.rounds();
        int version = ctx.model().version();
        if (cached != null && round == cachedRound && rounds == cachedRounds && version == cachedVersion) {
            return cached;
        }
        int n = ctx.model().parties();
        int horizon = Math.min(rounds, round + LOOKAHEAD);
        double[] value = horizon >= rounds ? noDealAfter(rounds)
                : OpeningValues.of(ctx, forbidden, radix, place, own, rounds)[horizon + 1].clone();
        if (horizon > round) {
            backward(utilities(), value, new double[n], horizon, round, this::noDeal, null, ctx.info(), forbidden, radix, place);
        }
        cached = value;
        cachedRound = round;
        cachedRounds = rounds;
        cachedVersion = version;
        return value;
    }

    /**
     * Rounds ahead worked out on current beliefs before the bot falls back on its opening beliefs.
     * 0: measured on the built-in scenarios, 1 gave similar figures at a third of the speed (one
     * search per bot and round), see docs/PERFORMANCE.md.
     */
    static final int LOOKAHEAD = 0;

    /** What a party's no-deal value in round r is, as the bot sees it. */
    interface Thresholds {
        double at(int j, int r);
    }

    private double[] noDealAfter(int rounds) {
        double[] value = new double[ctx.model().parties()];
        for (int j = 0; j < value.length; j++) {
            value[j] = noDeal(j, rounds);
        }
        return value;
    }

    /**
     * The backward induction from round {@code from} down to round {@code downTo} + 1: {@code
     * value} holds each party's expectation after round {@code from} and is left holding it from
     * round {@code downTo} + 1 on; {@code trace}, when given, gets at [r] each party's expectation
     * from round r on.
     */
    static void backward(double[][][] util, double[] value, double[] floors, int from, int downTo, Thresholds nd,
                         double[][] trace, ScenarioInfo info, boolean[][] forbidden, int[] radix, int[] place) {
        int n = value.length;
        for (int r = from; r > downTo; r--) {
            int pen = info.partyIndex(info.penHolder(r));
            for (int j = 0; j < n; j++) {
                floors[j] = Math.max(nd.at(j, r), value[j]);
            }
            int code = PackageSearch.best(util, pen, floors, forbidden, radix, place);
            if (code >= 0 && valueOf(util[pen], code, radix, place) >= floors[pen]) {
                // the draft planned for round r passes only as far as the bot trusts its beliefs
                for (int j = 0; j < n; j++) {
                    value[j] = PASS * valueOf(util[j], code, radix, place) + (1 - PASS) * value[j];
                }
            }
            if (trace != null) {
                trace[r] = value.clone();
            }
        }
    }

    private double valueOf(double[][] u, int code) {
        return valueOf(u, code, radix, place);
    }

    static double valueOf(double[][] u, int code, int[] radix, int[] place) {
        double v = 0;
        for (int t = 0; t < radix.length; t++) {
            v += u[t][(code / place[t]) % radix[t]];
        }
        return v;
    }

    /** The least the bot takes now without its holdout: its continuation (or no-deal value) plus its margin. */
    double reservation(GameState state) {
        double[] v = continuation(state);
        return floor(ctx.model().me(), state.round(), v[ctx.model().me()]) + margin;
    }

    @Override
    public double aspiration(GameState state) {
        double r = reservation(state);
        return Math.min(Math.max(r, ctx.utility().best()), r + Math.max(0, holdout(state, r)));
    }

    /**
     * The persona's fairness (0: none): how large a fraction of the share of its possible gain
     * that the pen holder takes (as the bot believes) the bot asks for itself, growing with the
     * rounds played (a lopsided late draft is refused, as responders in ultimatum games refuse
     * unfair splits; early on the bot still bargains on value alone).
     */
    double fairness;

    @Override
    public boolean accept(GameState state, Package draft) {
        double u = ctx.utility().value(draft);
        if (u < aspiration(state) - 1e-9) {
            return false;
        }
        double fair = fairness * ctx.time(state);
        if (fair <= 0) {
            return true;
        }
        int round = state.round();
        int pen = ctx.info().partyIndex(ctx.info().penHolder(round));
        int me = ctx.model().me();
        if (pen < 0 || pen == me) {
            return true;
        }
        double myNd = ctx.utility().noDeal().valueAt(round);
        double mine = (u - myNd) / Math.max(1, ctx.utility().best() - myNd);
        double penNd = ctx.model().threshold(pen, round);
        double theirs = (ctx.model().predicted(pen, ctx.utility().space().encode(draft)) - penNd) / Math.max(1, 100 - penNd);
        return mine >= fair * theirs;
    }

    @Override
    public Package table(GameState state) {
        double[] v = continuation(state);
        double[][][] util = utilities();
        int me = ctx.model().me();
        int n = v.length;
        double reservation = reservation(state);
        double ask = bluff * (1 - ctx.time(state));
        double[] floors = new double[n];
        for (int step = 0; step < 8; step++) {
            for (int j = 0; j < n; j++) {
                floors[j] = floor(j, state.round(), v[j]) + othersMargin + caution - ask - 3.0 * step;
            }
            int code = PackageSearch.best(util, me, floors, forbidden, radix, place);
            if (code >= 0 && valueOf(own, code) >= reservation - 1e-9) {
                return ctx.utility().space().decode(code);
            }
        }
        int[] candidates = ctx.candidates();
        return ctx.utility().space().decode(candidates.length > 0 ? candidates[0] : ctx.utility().codesBestFirst()[0]);
    }
}
