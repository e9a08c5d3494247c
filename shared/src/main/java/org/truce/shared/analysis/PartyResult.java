package org.truce.shared.analysis;

/** A party's result: its utility for the outcome, its no-deal value then, and the score (the gain). */
public record PartyResult(double utility, double noDeal, double score) {
}
