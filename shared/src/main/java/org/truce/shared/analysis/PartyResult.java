package org.truce.shared.analysis;

/**
 * A party's result: its utility for the outcome, its no-deal value then, the score (the gain over
 * no deal) and {@code share}, the percentage (0-100 for a gain) of what it could have gained that it
 * did gain: score / (its best package's utility - its no-deal value then). The share decides who
 * wins ({@link Scoring#winner}).
 */
public record PartyResult(double utility, double noDeal, double score, double share) {
    /** A result whose share is not known (0): for callers that only carry a score. */
    public PartyResult(double utility, double noDeal, double score) {
        this(utility, noDeal, score, 0.0);
    }
}
