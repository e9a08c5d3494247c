package org.truce.shared.engine;

/** A party's vote on the draft on the table. */
public enum VoteStatus {
    PENDING, ACCEPTED, REJECTED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
