package org.truce.shared.bot;

import java.util.HashMap;
import java.util.Map;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Package;

/**
 * Reciprocates concessions: the bot lowers its aspiration by as much as the others' drafts
 * improved for it since their previous drafts (measured in its own utility), plus a small
 * steady step so that two tit-for-tat bots do not stare at each other forever, and with the
 * deadline in view it reaches its floor by the last round. Never below the no-deal value plus a
 * margin. Computed from the public history alone, so a bot rebuilt mid-game agrees with itself.
 */
final class TitForTat implements Strategy {
    private final BotContext ctx;
    private final double step;

    TitForTat(BotContext ctx) {
        this.ctx = ctx;
        Difficulty d = ctx.difficulty();
        this.step = d == Difficulty.EASY ? 0.09 : d == Difficulty.HARD ? 0.03 : 0.05;
    }

    private double floor(int round) {
        return Math.min(ctx.utility().best(), ctx.utility().noDeal().valueAt(round) + 2.0);
    }

    @Override
    public double aspiration(GameState state) {
        double best = ctx.utility().best();
        double aspiration = best;
        Map<String, Double> lastOffered = new HashMap<>();
        int others = Math.max(1, ctx.info().parties().size() - 1);
        for (Draft d : state.drafts()) {
            if (d.by().equals(ctx.party()) || d.automatic()) {
                continue;
            }
            double u = ctx.utility().value(d.pkg());
            Double before = lastOffered.put(d.by(), u);
            double concession = before == null ? 0 : Math.max(0, u - before);
            aspiration -= concession + step * (best - floor(d.round())) / others;
        }
        double floor = floor(state.round());
        double deadline = floor + (best - floor) * (1 - Math.pow(ctx.time(state), 1 / 0.6));
        return Math.max(Math.min(aspiration, deadline), floor);
    }

    @Override
    public Package table(GameState state) {
        return PackageChooser.choose(ctx, aspiration(state), false);
    }

    @Override
    public boolean accept(GameState state, Package draft) {
        return ctx.utility().value(draft) >= aspiration(state) - 1e-9;
    }
}
