package org.truce.shared.engine;

import java.util.Map;

/** A finished round: who held the pen, what was tabled (null if nothing), how each party voted. */
public record RoundRecord(int round, String pen, Draft draft, Map<String, VoteStatus> votes, boolean agreed) {
    public RoundRecord {
        votes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(votes));
    }
}
