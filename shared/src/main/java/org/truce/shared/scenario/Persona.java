package org.truce.shared.scenario;

import java.util.List;
import java.util.Objects;

/**
 * How the party's bot negotiates when no strategy is chosen ("default"): a base strategy and
 * its concession exponent (below 1 holds firm, above 1 concedes early) and a margin kept above
 * the no-deal value; {@code fairness} (0 = none) is how lopsided a late draft it refuses: as the
 * rounds pass it asks for up to that fraction of the share of its possible gain the pen holder
 * takes (responders in ultimatum games reject unfair splits).
 */
public record Persona(String strategy, double concession, double margin, double fairness) {
    /** Strategies a persona can be based on (bot strategy ids). */
    public static final List<String> BASE_STRATEGIES = List.of("boulware", "conceder", "linear", "tit-for-tat", "modeller");

    /**
     * Refuses a null strategy, a concession outside (0, 10], a margin outside 0..50 or a fairness
     * outside 0..1 ({@link IllegalArgumentException}).
     */
    public Persona {
        Objects.requireNonNull(strategy, "strategy");
        if (!(concession > 0 && concession <= 10)) {
            throw new IllegalArgumentException("concession must be within (0, 10]");
        }
        if (!(margin >= 0 && margin <= 50)) {
            throw new IllegalArgumentException("margin must be within 0..50");
        }
        if (!(fairness >= 0 && fairness <= 1)) {
            throw new IllegalArgumentException("fairness must be within 0..1");
        }
    }

    /** A persona without a fairness demand. */
    public Persona(String strategy, double concession, double margin) {
        this(strategy, concession, margin, 0.0);
    }

    /** The default persona: the linear strategy, concession 1.0, margin 2.0. */
    public static Persona plain() {
        return new Persona("linear", 1.0, 2.0);
    }
}
