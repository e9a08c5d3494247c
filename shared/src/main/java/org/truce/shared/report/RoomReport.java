package org.truce.shared.report;

import java.util.List;
import java.util.Map;

/**
 * The debrief of one finished room, as {@code truce report} writes it (docs/ANALYSIS.md "Reports").
 * Utilities, no-deal values, scores and distances are points on the 0-100 scale, rounded to 2
 * decimals; a figure that does not exist is null (JSON has no NaN). {@code round}: the round the
 * agreement was reached in, or the last round played with no deal. {@code agreement}: each term and
 * the option it landed on, or null with no deal; {@code noDeal} explains a no deal, else it is null.
 * {@code nash}: the Nash bargaining package of that round (null when no package beats no deal for
 * everyone) and {@code nashUtilities} what it would have given each party (null likewise).
 * {@code chat} holds public lines only. {@code labels}: what people read for the ids in
 * {@code drafts}, term id → the term's name, "term/option" → the option's short label and "party/ID" → the
 * party's name as a sentence uses it ("the United States").
 */
public record RoomReport(String room, String scenario, String scenarioTitle, boolean deal, int round,
                         List<TermChoice> agreement, NoDeal noDeal, List<PartyLine> parties,
                         boolean paretoOptimal, double distanceToPareto, Double distanceToNash,
                         List<TermChoice> nash, String explanation, List<RoundLine> drafts,
                         List<News> injects, List<News> announcements, List<ChatLine> chat,
                         org.truce.shared.analysis.Epilogue epilogue, List<String> questions,
                         Map<String, Double> nashUtilities, Map<String, String> labels) {

    /** A term and the option chosen for it (ids and names). */
    public record TermChoice(String term, String termName, String option, String optionName) {
    }

    /**
     * Why there was no deal: the last draft's round and author, who rejected it, and what it was
     * worth to each of them ({@code worth}: utility, null across their red line) against their no-deal
     * value; {@code byClock}: those of them who did not vote in time (the clock counted a reject).
     */
    public record NoDeal(Integer lastDraftRound, String lastDraftBy, List<String> rejectedBy,
                         Map<String, Double> worth, Map<String, Double> noDealValue, List<String> byClock) {
    }

    /**
     * A party: id, name, who played it ({@code player}: the seat's name, or null for a bot), and its
     * result ({@code share}: the percentage of what it could gain that it gained; see Scoring).
     */
    public record PartyLine(String id, String name, String player, double utility, double noDeal, double score, double share) {
    }

    /**
     * A round as played: round, the draft's author, terms (term id → option id), whether the clock
     * re-tabled it, the votes (party → accepted), {@code byClock} the parties whose reject the vote
     * clock cast (they did not vote in time), and how the round ended: "agreed", "rejected", "open", or
     * "no draft" (the pen holder tabled nothing in time: no author, no terms, no votes).
     */
    public record RoundLine(int round, String by, Map<String, String> terms, boolean automatic,
                            Map<String, Boolean> votes, String result, List<String> byClock) {
        /** Result of a round whose pen holder tabled nothing in time. */
        public static final String NO_DRAFT = "no draft";
    }

    /** An inject or announcement: round, headline (null for an announcement) and text. */
    public record News(int round, String title, String text) {
    }

    /** A public chat line: round, speaker's party id, text. */
    public record ChatLine(int round, String from, String text) {
    }
}
