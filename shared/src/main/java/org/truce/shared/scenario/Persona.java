package org.truce.shared.scenario;

import java.util.List;
import java.util.Objects;

/**
 * How the party's bot negotiates when no strategy is chosen ("default"): a base strategy and
 * its concession exponent (below 1 holds firm, above 1 concedes early) and a margin kept above
 * the no-deal value.
 */
public record Persona(String strategy, double concession, double margin) {
    /** Strategies a persona can be based on (bot strategy ids). */
    public static final List<String> BASE_STRATEGIES = List.of("boulware", "conceder", "linear", "tit-for-tat", "modeller");

    /**
     * Refuses a null strategy, a concession outside (0, 10] or a margin outside 0..50 ({@link
     * IllegalArgumentException}).
     */
    public Persona {
        Objects.requireNonNull(strategy, "strategy");
        if (!(concession > 0 && concession <= 10)) {
            throw new IllegalArgumentException("concession must be within (0, 10]");
        }
        if (!(margin >= 0 && margin <= 50)) {
            throw new IllegalArgumentException("margin must be within 0..50");
        }
    }

    /** The default persona: the linear strategy, concession 1.0, margin 2.0. */
    public static Persona plain() {
        return new Persona("linear", 1.0, 2.0);
    }
}
