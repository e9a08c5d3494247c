package org.truce.shared.engine;

/** A party's vote on the draft on the table. */
public enum VoteStatus {
    PENDING, ACCEPTED, REJECTED;

    /** The status as the protocol writes it, e.g. "accepted". */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The vote status a wire string names ("voting"), or null for anything else (null included). */
    public static VoteStatus fromWire(String wire) {
        for (VoteStatus v : values()) {
            if (v.wire().equals(wire)) {
                return v;
            }
        }
        return null;
    }
}
