package org.truce.shared.bot;

import java.util.HashMap;
import java.util.Map;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Package;

/**
 * Reciprocates concessions: the bot lowers its aspiration by as much as the others' drafts
 * improved for it since their previous drafts (measured in its own utility), plus a small
 * steady step so that two tit-for-tat bots do not stare at each other forever. Never below the
 * no-deal value plus a margin.
 */
final class TitForTat implements Strategy {
    private final BotContext ctx;
    private final double step;
    private final Map<String, Double> lastOffered = new HashMap<>();
    private double aspiration = Double.NaN;
    private int draftsSeen;

    TitForTat(BotContext ctx) {
        this.ctx = ctx;
        Difficulty d = ctx.difficulty();
        this.step = d == Difficulty.EASY ? 0.09 : d == Difficulty.HARD ? 0.03 : 0.05;
    }

    private double floor(GameState state) {
        return Math.min(ctx.utility().best(), ctx.noDealNow(state) + 2.0);
    }

    @Override
    public double aspiration(GameState state) {
        double best = ctx.utility().best();
        if (Double.isNaN(aspiration)) {
            aspiration = best;
        }
        var drafts = state.drafts();
        while (draftsSeen < drafts.size()) {
            Draft d = drafts.get(draftsSeen++);
            if (d.by().equals(ctx.party()) || d.automatic()) {
                continue;
            }
            double u = ctx.utility().value(d.pkg());
            Double before = lastOffered.put(d.by(), u);
            double concession = before == null ? 0 : Math.max(0, u - before);
            aspiration -= concession + step * (best - floor(state)) / Math.max(1, ctx.info().parties().size() - 1);
        }
        // reciprocity, but with the deadline in view: by the last round it reaches its floor
        double deadline = floor(state) + (best - floor(state)) * (1 - Math.pow(ctx.time(state), 1 / 0.6));
        aspiration = Math.max(Math.min(aspiration, deadline), floor(state));
        return aspiration;
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
