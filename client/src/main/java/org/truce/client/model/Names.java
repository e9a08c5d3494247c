package org.truce.client.model;

import org.truce.shared.scenario.Option;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/** Words for ids: party names, term names, option labels. */
public final class Names {
    private final ScenarioInfo info;

    /** Names from this scenario. */
    public Names(ScenarioInfo info) {
        this.info = info;
    }

    /** The party's display name; "-" for null, "everyone" for "all", the id itself if unknown. */
    public String party(String id) {
        if (id == null) {
            return "-";
        }
        if ("all".equals(id)) {
            return "everyone";
        }
        int i = info.partyIndex(id);
        return i < 0 ? id : info.parties().get(i).name();
    }

    /** The name as a sentence uses it, inside a sentence: "the United States", "Ukraine". */
    public String inText(String id) {
        Party p = known(id);
        return p == null ? party(id) : p.inText();
    }

    /** The name opening a sentence: "The United States", "Ukraine". */
    public String subject(String id) {
        String s = inText(id);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The possessive inside a sentence: "Ukraine's", "the United States'" (a name ending in s takes only '). */
    public String possessive(String id) {
        return possessiveOf(inText(id));
    }

    /** The possessive opening a sentence: "Ukraine's", "The United States'". */
    public String possessiveSubject(String id) {
        return possessiveOf(subject(id));
    }

    /** The possessive of the short name: "Coalition's" (no article: the short form stands alone). */
    public String possessiveShort(String id) {
        return possessiveOf(shortName(id));
    }

    /** The possessive of any name: "Ukraine's", "the United States'", "James'". */
    public static String possessiveOf(String name) {
        return name.endsWith("s") || name.endsWith("S") ? name + "'" : name + "'s";
    }

    /** The name where space is short: "Coalition" for "Coalition of the Willing" (the name when the scenario gives none). */
    public String shortName(String id) {
        Party p = known(id);
        return p == null ? party(id) : p.shortName();
    }

    private Party known(String id) {
        int i = id == null ? -1 : info.partyIndex(id);
        return i < 0 ? null : info.parties().get(i);
    }

    /** The term's display name, or the id itself if unknown. */
    public String term(String id) {
        int i = info.termIndex(id);
        return i < 0 ? id : info.terms().get(i).name();
    }

    /** The option's label, or the option id itself if the term or option is unknown. */
    public String option(String termId, String optionId) {
        int i = info.termIndex(termId);
        if (i < 0) {
            return optionId;
        }
        Term t = info.terms().get(i);
        int o = t.indexOf(optionId);
        if (o < 0) {
            return optionId;
        }
        Option opt = t.option(o);
        return opt.label();
    }

    /**
     * The public (declared) red lines this package crosses, other than {@code except}'s own, as
     * "RU on NATO membership"; empty if none (or no package).
     */
    public java.util.List<String> declaredRedLinesCrossed(java.util.Map<String, String> terms, String except) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (terms == null) {
            return out;
        }
        for (Party p : info.parties()) {
            if (p.id().equals(except)) {
                continue;
            }
            for (var r : p.declaredRedLines()) {
                if (r.option().equals(terms.get(r.term()))) {
                    out.add(p.id() + " on " + term(r.term()));
                }
            }
        }
        return out;
    }

    /** How many red lines the other parties have declared in public. */
    public int declaredRedLines(String except) {
        int n = 0;
        for (Party p : info.parties()) {
            if (!p.id().equals(except)) {
                n += p.declaredRedLines().size();
            }
        }
        return n;
    }

    /** The party with this id; throws {@link IllegalArgumentException} for an unknown id. */
    public Party partyInfo(String id) {
        return info.party(id);
    }
}
