package org.truce.shared.engine;

import java.util.List;
import java.util.Map;

/**
 * A finished round: who held the pen, what was tabled (null if nothing), how each party voted.
 * {@code byClock}: the parties whose rejection the clock cast because they did not vote in time.
 * {@code standIns}: the parties whose vote a stand-in bot cast for their absent player.
 */
public record RoundRecord(int round, String pen, Draft draft, Map<String, VoteStatus> votes, boolean agreed,
                          List<String> byClock, List<String> standIns) {
    /** Copies the votes (keeping their order); null {@code byClock} or {@code standIns} mean none. */
    public RoundRecord {
        votes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(votes));
        byClock = byClock == null ? List.of() : List.copyOf(byClock);
        standIns = standIns == null ? List.of() : List.copyOf(standIns);
    }

    /** A round in which no stand-in voted. */
    public RoundRecord(int round, String pen, Draft draft, Map<String, VoteStatus> votes, boolean agreed,
                       List<String> byClock) {
        this(round, pen, draft, votes, agreed, byClock, List.of());
    }

    /** A round in which every vote was cast by its party. */
    public RoundRecord(int round, String pen, Draft draft, Map<String, VoteStatus> votes, boolean agreed) {
        this(round, pen, draft, votes, agreed, List.of());
    }
}
