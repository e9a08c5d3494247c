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
        Lines lines,
        List<String> news) {

    /**
     * Copies the maps and lists; refuses a null party or no-deal; null text, persona or lines take their defaults;
     * null news is none.
     */
    public Brief {
        Objects.requireNonNull(party, "party");
        text = text == null ? "" : text;
        weights = Map.copyOf(weights);
        scores = Map.copyOf(scores);
        redLines = List.copyOf(redLines);
        Objects.requireNonNull(noDeal, "noDeal");
        persona = persona == null ? Persona.plain() : persona;
        lines = lines == null ? Lines.none() : lines;
        news = news == null ? List.of() : List.copyOf(news);
    }

    /** A brief before any inject (no news). */
    public Brief(String party, String text, Map<String, Double> weights, Map<String, Map<String, Double>> scores,
                 List<RedLine> redLines, NoDeal noDeal, Persona persona, Lines lines) {
        this(party, text, weights, scores, redLines, noDeal, persona, lines, List.of());
    }

    /**
     * This brief after an inject's effect on its party, fired in {@code round}: the no-deal value
     * shifted by {@code effect.noDeal()} points (start kept within 0..100, the per-round fall as
     * before), each named term's weight multiplied by its factor, and one line of news appended that
     * says how the position changed ({@code title} is the inject's headline; {@code info} names the
     * terms), e.g. "Round 3, “New sanctions package on Russia blocked”: your no-deal value falls by
     * 3.0 points, to 49.0 in round 3. You now care more about sanctions (weight ×1.5). If new sanctions…".
     * The no-deal clause is left out when the effect does not touch the no-deal value. Pure.
     */
    public Brief after(String title, int round, InjectEffect effect, ScenarioInfo info) {
        double before = noDeal.valueAt(Math.max(1, round));
        NoDeal shifted = new NoDeal(Math.max(0, Math.min(100, noDeal.start() + effect.noDeal())), noDeal.perRound());
        double now = shifted.valueAt(Math.max(1, round));
        Map<String, Double> w = new java.util.LinkedHashMap<>(weights);
        StringBuilder line = new StringBuilder("Round ").append(round).append(", \u201c").append(title).append("\u201d:");
        boolean note = effect.note() != null && !effect.note().isBlank();
        if (Math.abs(now - before) >= 0.05) {
            line.append(String.format(java.util.Locale.ROOT, " your no-deal value %s by %.1f points, to %.1f in round %d.",
                    now > before ? "rises" : "falls", Math.abs(now - before), now, Math.max(1, round)));
        } else if (effect.noDeal() != 0 || (effect.weights().isEmpty() && !note)) {
            line.append(" your no-deal value stays at ").append(String.format(java.util.Locale.ROOT, "%.1f", now)).append('.');
        }
        for (Map.Entry<String, Double> f : effect.weights().entrySet()) {
            w.put(f.getKey(), w.getOrDefault(f.getKey(), 0.0) * f.getValue());
            int ti = info.termIndex(f.getKey());
            String topic = ti < 0 ? f.getKey() : info.terms().get(ti).topic();
            // the topic reads inside a sentence whatever its number ("sanctions", "the US role")
            line.append(line.charAt(line.length() - 1) == ':' ? " you" : " You")
                    .append(f.getValue() >= 1 ? " now care more about " : " now care less about ").append(topic)
                    .append(" (weight \u00d7").append(factor(f.getValue())).append(").");
        }
        if (note) {
            line.append(' ').append(effect.note().strip());
        }
        List<String> n = new java.util.ArrayList<>(news);
        n.add(line.toString());
        return new Brief(party, text, w, scores, redLines, shifted, persona, lines, n);
    }

    /** A weight factor as players read it: 2, 1.5, 1.25 (no trailing zeros). */
    private static String factor(double f) {
        return java.math.BigDecimal.valueOf(f).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
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
