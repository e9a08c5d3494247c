package org.truce.shared.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A party's confidential brief: its situation in plain language, its priorities (weights over
 * the terms), a score 0-100 for every option, its red lines and its no-deal value. Only its own
 * seat may see it until the game ends.
 */
public record Brief(
        String party,
        String text,
        Map<String, Double> weights,
        Map<String, Map<String, Double>> scores,
        List<RedLine> redLines,
        NoDeal noDeal,
        Persona persona,
        Lines lines) {

    /** Copies the maps and lists; refuses a null party or no-deal; null text, persona or lines take their defaults. */
    public Brief {
        Objects.requireNonNull(party, "party");
        text = text == null ? "" : text;
        weights = Map.copyOf(weights);
        scores = Map.copyOf(scores);
        redLines = List.copyOf(redLines);
        Objects.requireNonNull(noDeal, "noDeal");
        persona = persona == null ? Persona.plain() : persona;
        lines = lines == null ? Lines.none() : lines;
    }

    /** True if this party's brief marks {@code option} of {@code term} (ids) as a red line. */
    public boolean isRedLine(String term, String option) {
        for (RedLine r : redLines) {
            if (r.term().equals(term) && r.option().equals(option)) {
                return true;
            }
        }
        return false;
    }
}
