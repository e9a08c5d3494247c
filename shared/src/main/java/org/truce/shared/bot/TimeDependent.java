package org.truce.shared.bot;

import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Package;

/**
 * Time-dependent concession (Faratin, Sierra and Jennings 1998): the aspiration falls from the
 * best package to the no-deal value plus a margin as the rounds pass,
 * {@code target(t) = floor + (best - floor) * (1 - t^(1/e))}. Boulware ({@code e < 1}) holds firm,
 * linear ({@code e = 1}), conceder ({@code e > 1}) gives ground early.
 */
class TimeDependent implements Strategy {
    private final BotContext ctx;
    private final double e;
    private final double margin;
    private final boolean cautious;

    TimeDependent(BotContext ctx, double e, double margin, boolean cautious) {
        this.ctx = ctx;
        Difficulty d = ctx.difficulty();
        // each game the bot's temper varies a little around its persona (seeded), so that
        // games differ and no party's result is fixed in advance
        double temper = Math.exp(0.3 * ctx.random().nextGaussian());
        this.e = e * temper * (d == Difficulty.EASY ? 1.8 : d == Difficulty.HARD ? 0.75 : 1.0);
        this.margin = margin + 6.0 * ctx.random().nextDouble() - 1.0
                + (d == Difficulty.HARD ? 2.0 : d == Difficulty.EASY ? -1.0 : 0.0);
        this.cautious = cautious || d == Difficulty.HARD;
    }

    @Override
    public double aspiration(GameState state) {
        double floor = floor(state);
        double best = ctx.utility().best();
        if (best <= floor) {
            return floor;
        }
        double t = ctx.time(state);
        return floor + (best - floor) * (1 - Math.pow(t, 1 / e));
    }

    /** Never aims below the no-deal value (plus margin) of the round being played. */
    double floor(GameState state) {
        return Math.min(ctx.utility().best(), ctx.noDealNow(state) + Math.max(0, margin));
    }

    @Override
    public Package table(GameState state) {
        return PackageChooser.choose(ctx, aspiration(state), cautious);
    }

    @Override
    public boolean accept(GameState state, Package draft) {
        return ctx.utility().value(draft) >= aspiration(state) - 1e-9;
    }
}
