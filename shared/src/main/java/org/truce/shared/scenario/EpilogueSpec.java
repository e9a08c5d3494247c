package org.truce.shared.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's optional {@code epilogue} (see docs/SCENARIOS.md): the deterrence index formula — points per
 * option of each scored term, scaled to 0..100 by the highest possible sum — the narratives by score band, the
 * no-deal narrative and the caveat. Immutable; the computation is {@code org.truce.shared.analysis.Epilogue}.
 *
 * @param factors term id → option id → points (≥ 0), in file order; every option of a scored term has points
 * @param bands   the score bands, lowest first; the first starts at 0
 * @param noDeal  the narrative when the talks end without an agreement
 * @param caveat  one line saying what the index is not (a forecast)
 */
public record EpilogueSpec(Map<String, Map<String, Double>> factors, List<Band> bands, String noDeal, String caveat) {
    /** Copies everything, keeping the file's order. */
    public EpilogueSpec {
        Map<String, Map<String, Double>> f = new LinkedHashMap<>();
        factors.forEach((term, points) -> f.put(term, Collections.unmodifiableMap(new LinkedHashMap<>(points))));
        factors = Collections.unmodifiableMap(f);
        bands = List.copyOf(bands);
    }

    /** The highest possible sum of points: the sum over the scored terms of their best option's points. */
    public double maxPoints() {
        return factors.values().stream().mapToDouble(m -> m.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)).sum();
    }

    /** The band an index (0..100) falls in: the last whose {@code from} is not above it. */
    public Band band(double index) {
        Band found = bands.get(0);
        for (Band b : bands) {
            if (b.from() <= index) {
                found = b;
            }
        }
        return found;
    }

    /**
     * A score band: from {@code from} (inclusive) up to the next band's {@code from}.
     *
     * @param from  the lowest index in the band, 0..100
     * @param title a short heading, e.g. "A fragile truce"
     * @param text  what the agreement means for Ukraine's security five years on, in a few plain sentences
     */
    public record Band(int from, String title, String text) {
    }
}
