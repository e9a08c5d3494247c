package org.truce.shared.analysis;

/**
 * A party's result: its utility for the outcome, its no-deal value then, the score (the gain over
 * no deal) and {@code share}, the percentage (0-100 for a gain) of what it could have gained that it
 * did gain: score / (its ideal - its no-deal value then), its ideal being the most it gets from a
 * package that leaves every party its no-deal value ({@link Scoring#ideals}); 0-100 when the
 * agreement leaves everyone at least that. The share decides who wins ({@link Scoring#winner}).
 */
public record PartyResult(double utility, double noDeal, double score, double share) {
    /** A result whose share is not known (0): for callers that only carry a score. */
    public PartyResult(double utility, double noDeal, double score) {
        this(utility, noDeal, score, 0.0);
    }
}
