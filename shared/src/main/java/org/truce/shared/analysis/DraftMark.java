package org.truce.shared.analysis;

import java.util.Map;

/**
 * What the analysis says of one tabled draft (the draft of {@code round}, tabled by {@code by}),
 * judged on the scenario as it stood when it was tabled (the news fired by then applied):
 * whether it was on the Pareto frontier, whether it was the Nash package of its round, and each
 * party's no-deal value in that round (news may change it later; an earlier round keeps its own),
 * and what the draft was worth to each party then ({@code utility}, 0–100; news that changes a
 * party's weights changes what later drafts are worth to it, not what this one was; null from a
 * server before this field).
 * {@code gainForAll} is set on one draft only, the one that would have given every party the most
 * over the outcome: the least gain any party would have had with it (the report's "every party
 * could have gained at least N points"); null on every other draft.
 */
public record DraftMark(int round, String by, boolean paretoOptimal, boolean nash, Map<String, Double> noDeal,
                        Double gainForAll, Map<String, Double> utility) {
    /** A mark without the parties' utilities (as older servers sent it). */
    public DraftMark(int round, String by, boolean paretoOptimal, boolean nash, Map<String, Double> noDeal, Double gainForAll) {
        this(round, by, paretoOptimal, nash, noDeal, gainForAll, null);
    }
}
