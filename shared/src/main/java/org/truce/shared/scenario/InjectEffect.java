package org.truce.shared.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * What an inject does to one party's position (see docs/SCENARIOS.md, {@code injects[].effects}).
 * {@code noDeal}: points added to the party's no-deal value for the rest of the game (negative: the
 * cost of war rises and no deal is worth less), within -100..100; the result is kept within
 * 0..100. {@code weights}: term id → factor (> 0, at most 10) its weight is multiplied by (a term
 * matters more, or less, after the event); the weights are normalised again, so only their ratios
 * count. {@code note}: one sentence, in the party's voice, of what the news means for it (shown
 * only to that party), or null.
 */
public record InjectEffect(double noDeal, Map<String, Double> weights, String note) {
    /**
     * Copies the weights (null: none) keeping their order (the news line names them in that order, the same after a
     * replay); refuses a no-deal change outside -100..100 or a factor outside (0, 10].
     */
    public InjectEffect {
        if (!(noDeal >= -100 && noDeal <= 100)) {
            throw new IllegalArgumentException("an inject's noDeal change must be within -100..100");
        }
        weights = weights == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            Objects.requireNonNull(w.getKey(), "term");
            double f = Objects.requireNonNull(w.getValue(), "factor");
            if (!(f > 0 && f <= 10)) {
                throw new IllegalArgumentException("an inject's weight factor must be above 0 and at most 10");
            }
        }
    }
}
