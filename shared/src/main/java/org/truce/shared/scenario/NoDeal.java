package org.truce.shared.scenario;

/**
 * What a party gets if no agreement is reached: {@code start} in round 1, worsening by
 * {@code perRound} for every round that passes without a deal (the cost of the war, pressure
 * from Washington). Never below zero.
 */
public record NoDeal(double start, double perRound) {
    /** Refuses a start or per-round value outside 0..100 ({@link IllegalArgumentException}). */
    public NoDeal {
        if (!(start >= 0 && start <= 100)) {
            throw new IllegalArgumentException("no-deal start must be within 0..100");
        }
        if (!(perRound >= 0 && perRound <= 100)) {
            throw new IllegalArgumentException("no-deal perRound must be within 0..100");
        }
    }

    /** The no-deal value while round {@code round} (1-based) is being played. */
    public double valueAt(int round) {
        return Math.max(0.0, start - perRound * (round - 1));
    }
}
