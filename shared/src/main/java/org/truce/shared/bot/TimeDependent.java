package org.truce.shared.bot;

import org.truce.shared.engine.GameState;

/**
 * A {@link Negotiator} whose patience follows a time-dependent curve (Faratin, Sierra and
 * Jennings 1998): on top of its continuation value it holds out for a premium,
 * {@code holdout(t) = h * (best - reservation) * (1 - t^(1/e))}, which fades to nothing by the
 * last round. Boulware ({@code e < 1}) holds firm until late and bluffs when it tables (asks for
 * more than it expects to pass early on), linear ({@code e = 1}) gives ground steadily, conceder
 * ({@code e > 1}) gives it early; the modeller adds safety to what it expects the others to
 * accept, so its drafts pass.
 */
class TimeDependent extends Negotiator {
    /** Share of the room above its reservation value a bot holds out for in round 1. */
    static final double HOLDOUT = 0.05;
    /**
     * Points taken off the persona's margin: scenario margins were set as a cushion over the
     * no-deal value, and over a continuation value (which already includes what going on is worth)
     * they ask about two points less.
     */
    static final double MARGIN_OFFSET = 1.9;
    /** Width (points) of the seeded per-game variation of a normal bot's margin: from -1 to +5. */
    static final double MARGIN_SPREAD = 6.0;
    private final double e;
    private final double h;

    TimeDependent(BotContext ctx, double e, double margin, boolean cautious) {
        super(ctx, margin(ctx, margin), Math.max(0, 1 - e) * 6.0, cautious || ctx.difficulty() == Difficulty.HARD ? 1.5 : 0.0);
        Difficulty d = ctx.difficulty();
        // each game the bot's temper varies a little around its persona (seeded), so that games
        // differ and no party's result is fixed in advance; easy bots are predictable
        double temper = d == Difficulty.EASY ? 1.0 : Math.exp(0.3 * ctx.random().nextGaussian());
        this.e = e * temper * (d == Difficulty.EASY ? 1.8 : d == Difficulty.HARD ? 0.75 : 1.0);
        this.h = HOLDOUT * (d == Difficulty.EASY ? 0.5 : d == Difficulty.HARD ? 1.3 : 1.0)
                * (d == Difficulty.EASY ? 1.0 : Math.exp(0.3 * ctx.random().nextGaussian()));
    }

    private static double margin(BotContext ctx, double margin) {
        Difficulty d = ctx.difficulty();
        // skewed upwards: in some games a party asks for markedly more than its persona's margin,
        // so some games end in no deal and deals come in different rounds (different pen holders)
        double noise = d == Difficulty.EASY ? 0 : MARGIN_SPREAD * ctx.random().nextDouble() - 1.0;
        return margin - MARGIN_OFFSET + noise + (d == Difficulty.HARD ? 1.0 : d == Difficulty.EASY ? -1.0 : 0.0);
    }

    @Override
    double holdout(GameState state, double reservation) {
        double room = ctx.utility().best() - reservation;
        return room <= 0 ? 0 : h * room * (1 - Math.pow(ctx.time(state), 1 / e));
    }
}
