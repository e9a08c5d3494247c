package org.truce.shared.bot;

import java.util.HashMap;
import java.util.Map;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.GameState;

/**
 * A {@link Negotiator} that reciprocates: it starts holding out for a premium above its
 * continuation value and gives up as much of it as the others' drafts improved for it since
 * their previous drafts (measured in its own utility), plus a small steady step so that two
 * tit-for-tat bots do not stare at each other forever; the premium is gone by the last round.
 * Computed from the public history alone, so a bot rebuilt mid-game agrees with itself.
 */
final class TitForTat extends Negotiator {
    private final double step;

    TitForTat(BotContext ctx) {
        super(ctx, 1.0 + (ctx.difficulty() == Difficulty.HARD ? 1.0 : 0.0), 0.0, 0.0);
        Difficulty d = ctx.difficulty();
        this.step = d == Difficulty.EASY ? 0.09 : d == Difficulty.HARD ? 0.03 : 0.05;
    }

    @Override
    double holdout(GameState state, double reservation) {
        double room = ctx.utility().best() - reservation;
        if (room <= 0) {
            return 0;
        }
        double premium = TimeDependent.HOLDOUT * room;
        Map<String, Double> lastOffered = new HashMap<>();
        int others = Math.max(1, ctx.info().parties().size() - 1);
        for (Draft d : state.drafts()) {
            if (d.by().equals(ctx.party()) || d.automatic()) {
                continue;
            }
            double u = ctx.utility().value(d.pkg());
            Double before = lastOffered.put(d.by(), u);
            double concession = before == null ? 0 : Math.max(0, u - before);
            premium -= concession + step * room / others;
        }
        double deadline = TimeDependent.HOLDOUT * room * (1 - Math.pow(ctx.time(state), 1 / 0.6));
        return Math.max(0, Math.min(premium, deadline));
    }
}
