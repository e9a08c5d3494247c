package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.shared.TestScenarios;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;

/** Many phrasings of each intent read as that intent, with the right party, term and option. */
class TalkParserTest {
    private final ScenarioInfo info = TestScenarios.paris().info();
    private final TalkParser parser = new TalkParser(info);

    private TalkIntent parse(String s) {
        return parser.parse(s);
    }

    private String term(TalkIntent i) {
        return i.term() < 0 ? "-" : info.terms().get(i.term()).id();
    }

    private String option(TalkIntent i) {
        return i.option() < 0 ? "-" : info.terms().get(i.term()).option(i.option()).id();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RU, what do you need on NATO?|RU|nato",
        "Russia: what do you want on sanctions?|RU|sanctions",
        "ru, your position on the ceasefire line?|RU|ceasefire_line",
        "United States, what is your bottom line on the US role?|US|us_role",
        "the UK, what about the reassurance force|UK|reassurance_force",
        "What do you think about Ukraine's armed forces?|-|ukraine_forces",
        "France, what do you need on breaches of the truce?|FR|breach_mechanism",
        "DE, where do you stand on the legal form of the guarantees?|DE|guarantee_form",
        "Germany, what do you expect if Russia attacks again?|DE|attack_response",
        "What does the United States need on sanctions?|US|sanctions",
        "RU, what do you need on the role of the United States?|RU|us_role",
        "Russia, what do the US need on NATO?|RU|nato",
    })
    void needsOnATerm(String text, String party, String term) {
        TalkIntent i = parse(text);
        assertThat(i.kind()).as(text).isEqualTo(TalkIntent.Kind.NEEDS);
        assertThat(i.addressed() == null ? "-" : i.addressed()).as(text).isEqualTo(party);
        assertThat(term(i)).as(text).isEqualTo(term);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "would you accept sanctions b?|sanctions|b",
        "Would you accept SANCTIONS B?|sanctions|b",
        "could you live with b on sanctions?|sanctions|b",
        "would you accept option c on nato|nato|c",
        "would you accept nato: c?|nato|c",
        "would you accept phased sanctions relief?|sanctions|b",
        "could you accept the freeze without recognition?|ceasefire_line|c",
        "can you sign a freeze with Russian control recognised?|ceasefire_line|b",
        "would you take the US leads ceasefire monitoring?|us_role|b",
        "would you accept a treaty with automatic mutual defence?|guarantee_form|d",
        "Would you accept Sanctions on Russia b (Phased relief for compliance)?|sanctions|b",
        "would you agree to no foreign troops?|reassurance_force|a",
        "would you accept the accession pathway with a timeline for NATO?|nato|d",
    })
    void acceptAnOption(String text, String term, String option) {
        TalkIntent i = parse(text);
        assertThat(i.kind()).as(text).isEqualTo(TalkIntent.Kind.ACCEPT_OPTION);
        assertThat(term(i) + " " + option(i)).as(text).isEqualTo(term + " " + option);
    }

    @Test
    void otherIntents() {
        assertThat(parse("RU, what matters most to you?").kind()).isEqualTo(TalkIntent.Kind.PRIORITY);
        assertThat(parse("What is your top priority?").kind()).isEqualTo(TalkIntent.Kind.PRIORITY);
        assertThat(parse("What do you really need?").kind()).isEqualTo(TalkIntent.Kind.PRIORITY);
        assertThat(parse("would you accept the draft on the table?").kind()).isEqualTo(TalkIntent.Kind.ACCEPT_DRAFT);
        assertThat(parse("can you sign this?").kind()).isEqualTo(TalkIntent.Kind.ACCEPT_DRAFT);
        assertThat(parse("hello there").kind()).isEqualTo(TalkIntent.Kind.UNKNOWN);
        assertThat(parse("All, what matters most to you?").addressed()).isEqualTo("all");

        TalkIntent promise = parse("Russia, I promise to vote for the next draft.");
        assertThat(promise.kind()).isEqualTo(TalkIntent.Kind.PROMISE);
        assertThat(promise.term()).as("next").isEqualTo(1);
        assertThat(parse("You have my vote on the draft on the table").kind()).isEqualTo(TalkIntent.Kind.PROMISE);

        TalkIntent shortName = parse("I warn you: I will reject any draft with ceasefire b");
        assertThat(term(shortName) + option(shortName)).as("a term by the first word of its id").isEqualTo("ceasefire_lineb");
        TalkIntent warn = parse("I warn you: I will reject any draft with nato d");
        assertThat(warn.kind()).isEqualTo(TalkIntent.Kind.WARN);
        assertThat(term(warn) + option(warn)).isEqualTo("natod");

        TalkIntent want = parse("We need sanctions kept until full compliance.");
        assertThat(want.kind()).isEqualTo(TalkIntent.Kind.SAY_WANT);
        assertThat(term(want) + option(want)).isEqualTo("sanctionsc");
        TalkIntent no = parse("We cannot accept sanctions lifted on signature.");
        assertThat(no.kind()).isEqualTo(TalkIntent.Kind.SAY_REJECT);
        assertThat(term(no) + option(no)).isEqualTo("sanctionsa");
        assertThat(parse("The ceasefire line matters most to us.").kind()).isEqualTo(TalkIntent.Kind.SAY_PRIORITY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I'll give you phased sanctions relief if you accept the freeze without recognition|sanctions b|ceasefire_line c",
        "RU, I will give you sanctions b if you accept nato c.|sanctions b|nato c",
        "We offer you no US role in exchange for a European-led force|us_role a|reassurance_force c",
        "i'll give you nato b (Ruled out for now) if you accept sanctions c (Kept until full compliance)|nato b|sanctions c",
    })
    void trades(String text, String give, String want) {
        TalkIntent i = parse(text);
        assertThat(i.kind()).as(text).isEqualTo(TalkIntent.Kind.TRADE);
        String g = info.terms().get(i.term()).id() + " " + info.terms().get(i.term()).option(i.option()).id();
        String w = info.terms().get(i.term2()).id() + " " + info.terms().get(i.term2()).option(i.option2()).id();
        assertThat(g + " / " + w).as(text).isEqualTo(give + " / " + want);
    }

    @Test
    void canonicalLinesReadAsTheirIntent() {
        assertThat(parse(TalkText.needs(info, "RU", 7)).kind()).isEqualTo(TalkIntent.Kind.NEEDS);
        assertThat(parse(TalkText.needs(info, "RU", 7)).term()).isEqualTo(7);
        assertThat(parse(TalkText.needs(info, "RU", 7)).addressed()).isEqualTo("RU");
        assertThat(parse(TalkText.priority(info, "US")).kind()).isEqualTo(TalkIntent.Kind.PRIORITY);
        assertThat(parse(TalkText.acceptDraft(info, "US")).kind()).isEqualTo(TalkIntent.Kind.ACCEPT_DRAFT);
        assertThat(parse(TalkText.promise(info, "FR", true)).kind()).isEqualTo(TalkIntent.Kind.PROMISE);
        for (int t = 0; t < info.terms().size(); t++) {
            for (int o = 0; o < info.terms().get(t).options().size(); o++) {
                TalkIntent a = parse(TalkText.acceptOption(info, "US", t, o));
                assertThat(a.kind()).isEqualTo(TalkIntent.Kind.ACCEPT_OPTION);
                assertThat(a.addressed()).isEqualTo("US");
                assertThat(new int[] {a.term(), a.option()}).containsExactly(t, o);
                TalkIntent w = parse(TalkText.warn(info, "UK", t, o));
                assertThat(new int[] {w.term(), w.option()}).containsExactly(t, o);
                TalkIntent tr = parse(TalkText.trade(info, "DE", t, o, (t + 1) % 9, (o + 1) % 4));
                assertThat(tr.kind()).isEqualTo(TalkIntent.Kind.TRADE);
                assertThat(new int[] {tr.term(), tr.option(), tr.term2(), tr.option2()}).containsExactly(t, o, (t + 1) % 9, (o + 1) % 4);
            }
        }
        Package p = new Package(2, 1, 1, 2, 2, 2, 2, 1, 1);
        TalkIntent pk = parse(TalkText.acceptPackage(info, "RU", p));
        assertThat(pk.kind()).isEqualTo(TalkIntent.Kind.ACCEPT_PACKAGE);
        assertThat(pk.pkg()).containsExactly(p.toArray());
        assertThat(TalkText.acceptPackage(info, "RU", p).length()).isLessThan(200);
        TalkIntent two = parse("would you accept nato c and sanctions:b?");
        assertThat(two.kind()).isEqualTo(TalkIntent.Kind.ACCEPT_PACKAGE);
        assertThat(two.pkg()).containsExactly(-1, -1, -1, -1, -1, -1, -1, 2, 1);
    }
}
