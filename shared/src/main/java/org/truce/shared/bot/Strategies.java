package org.truce.shared.bot;

/** Builds strategies by id. */
final class Strategies {
    private Strategies() {
    }

    static Strategy create(String id, BotContext ctx) {
        switch (id) {
            case "boulware":
                return new TimeDependent(ctx, 0.25, 2.0, false);
            case "conceder":
                return new TimeDependent(ctx, 2.5, 1.0, false);
            case "linear":
                return new TimeDependent(ctx, 1.0, 1.5, false);
            case "tit-for-tat":
                return new TitForTat(ctx);
            case "modeller":
                return new TimeDependent(ctx, 0.8, 1.5, true);
            case "default":
                return persona(ctx);
            default:
                throw new IllegalArgumentException("unknown strategy " + id);
        }
    }

    /** The party's persona from its brief: a base strategy tuned by its concession exponent, margin and fairness. */
    private static Strategy persona(BotContext ctx) {
        String base = ctx.persona().strategy();
        double e = ctx.persona().concession();
        double margin = ctx.persona().margin();
        Negotiator n = switch (base) {
            case "tit-for-tat" -> new TitForTat(ctx);
            case "modeller" -> new TimeDependent(ctx, e, margin, true);
            default -> new TimeDependent(ctx, e, margin, false);
        };
        n.fairness = ctx.persona().fairness();
        return n;
    }
}
