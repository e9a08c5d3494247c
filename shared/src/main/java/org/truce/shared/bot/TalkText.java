package org.truce.shared.bot;

import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * The canonical wording of each question and offer bots understand (docs/RULES.md, "Talking to
 * bots"): the client's talk dialog builds its lines with these, and bots parse them (and looser
 * phrasings of them). {@code party} null addresses everyone.
 */
public final class TalkText {
    private TalkText() {
    }

    /** "Russia, what do you need on NATO membership?" */
    public static String needs(ScenarioInfo info, String party, int term) {
        return to(info, party) + "what do you need on " + info.terms().get(term).name() + "?";
    }

    /** "Russia, what matters most to you?" */
    public static String priority(ScenarioInfo info, String party) {
        return to(info, party) + "what matters most to you?";
    }

    /** "Russia, would you accept Sanctions on Russia b (Phased relief for compliance)?" */
    public static String acceptOption(ScenarioInfo info, String party, int term, int option) {
        return to(info, party) + "would you accept " + option(info, term, option) + "?";
    }

    /** "Russia, would you accept the draft on the table?" */
    public static String acceptDraft(ScenarioInfo info, String party) {
        return to(info, party) + "would you accept the draft on the table?";
    }

    /** "Russia, would you accept this package: ceasefire_line c, guarantee_form b, …?" (every term, by id and option id). */
    public static String acceptPackage(ScenarioInfo info, String party, Package p) {
        StringBuilder b = new StringBuilder(to(info, party)).append("would you accept this package: ");
        for (int t = 0; t < info.terms().size(); t++) {
            Term term = info.terms().get(t);
            b.append(t == 0 ? "" : ", ").append(term.id()).append(' ').append(term.option(p.choice(t)).id());
        }
        return b.append('?').toString();
    }

    /** "Russia, I'll give you Sanctions on Russia b (…) if you accept NATO membership c (…)." */
    public static String trade(ScenarioInfo info, String party, int give, int giveOption, int want, int wantOption) {
        return to(info, party) + "I'll give you " + option(info, give, giveOption) + " if you accept "
                + option(info, want, wantOption) + ".";
    }

    /** "Russia, I promise to vote for the draft on the table." ({@code next}: "the next draft"). */
    public static String promise(ScenarioInfo info, String party, boolean next) {
        return to(info, party) + "I promise to vote for " + (next ? "the next draft." : "the draft on the table.");
    }

    /** "Russia, I warn you: I will reject any draft with NATO membership d (…)." */
    public static String warn(ScenarioInfo info, String party, int term, int option) {
        return to(info, party) + "I warn you: I will reject any draft with " + option(info, term, option) + ".";
    }

    /** A term and option as the canonical lines write them: "Sanctions on Russia b (Phased relief for compliance)". */
    public static String option(ScenarioInfo info, int term, int option) {
        Term t = info.terms().get(term);
        return t.name() + " " + t.option(option).id() + " (" + t.option(option).label().replace("\"", "") + ")";
    }

    private static String to(ScenarioInfo info, String party) {
        return (party == null || "all".equals(party) ? "All" : info.party(party).name()) + ", ";
    }
}
