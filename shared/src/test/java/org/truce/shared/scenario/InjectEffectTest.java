package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventCodec;

/** What fired injects do to the briefs ({@link Scenario#after}, {@link Brief#after}): figures, news lines, replay. */
class InjectEffectTest {
    private static final Scenario PARIS = TestScenarios.paris();

    private static Scenario.Fired fired(String id, int round) {
        Inject i = PARIS.inject(id);
        return new Scenario.Fired(i.title(), round, i.effects());
    }

    @Test
    void aFiredInjectShiftsNoDealValuesAndWeightsOfTheAffectedPartiesOnly() {
        Scenario s = PARIS.after(List.of(fired("sanctions_blocked", 3)));

        Brief ua = s.brief("UA");
        assertThat(ua.noDeal()).isEqualTo(new NoDeal(53, 2));
        assertThat(ua.noDeal().valueAt(3)).isEqualTo(49.0);
        assertThat(ua.weights().get("sanctions")).isEqualTo(9.0);
        assertThat(ua.weights().get("nato")).isEqualTo(8.0);
        assertThat(ua.news()).containsExactly("Round 3, \u201cNew sanctions package on Russia blocked\u201d: your no-deal value falls by"
                + " 3.0 points, to 49.0 in round 3. You now care more about sanctions (weight \u00d71.5). If new sanctions can be blocked,"
                + " the ones we keep must be written into the deal.");

        Brief ru = s.brief("RU");
        assertThat(ru.noDeal()).isEqualTo(new NoDeal(64, 1));
        assertThat(ru.weights()).isEqualTo(PARIS.brief("RU").weights());
        assertThat(ru.news()).containsExactly("Round 3, \u201cNew sanctions package on Russia blocked\u201d: your no-deal value rises by"
                + " 4.0 points, to 62.0 in round 3. The West cannot even agree on its sanctions: time is on our side.");

        // weights only: no word about the no-deal value, which stays as it was
        Brief de = s.brief("DE");
        assertThat(de.noDeal()).isEqualTo(PARIS.brief("DE").noDeal());
        assertThat(de.weights().get("sanctions")).isCloseTo(15.6, within(1e-9));
        assertThat(de.news()).containsExactly("Round 3, \u201cNew sanctions package on Russia blocked\u201d: you now care more about"
                + " sanctions (weight \u00d71.3). Sanctions must be settled in the text, not left to another vote that can be blocked.");

        // the parties the news does not touch keep their very briefs, with no news line
        for (String party : List.of("US", "FR", "UK")) {
            assertThat(s.brief(party)).as(party).isSameAs(PARIS.brief(party));
        }
        assertThat(s.injects()).isEqualTo(PARIS.injects());
        assertThat(PARIS.brief("UA").news()).as("the base scenario is untouched").isEmpty();
    }

    @Test
    void theUtilitiesTakeTheNewValuesSoBotsActOnThemAtOnce() {
        Scenario s = PARIS.after(List.of(fired("sanctions_blocked", 2)));
        Package p = PARIS.space().decode(0); // option a everywhere: sanctions lifted on signature
        // UA: weights sum 100 before, 103 after; sanctions 'a' scores 10 for Ukraine, every other 'a' 0
        assertThat(PARIS.utility("UA").value(p)).isCloseTo(6 * 10 / 100.0, within(1e-9));
        assertThat(s.utility("UA").value(p)).isCloseTo(9 * 10 / 103.0, within(1e-9));
        assertThat(s.utility("RU").noDeal().valueAt(2)).isEqualTo(63.0);
        assertThat(s.utility("US")).as("an unaffected party's utility is the same").isNotNull();
        assertThat(s.utility("US").value(p)).isEqualTo(PARIS.utility("US").value(p));
    }

    @Test
    void injectsAddUpInTheOrderTheyFired() {
        Scenario s = PARIS.after(List.of(fired("us_patience", 4), fired("army_funding", 6)));
        Brief ua = s.brief("UA");
        assertThat(ua.noDeal()).isEqualTo(new NoDeal(56 - 4 + 4, 2));
        assertThat(ua.weights().get("ukraine_forces")).isCloseTo(13.0, within(1e-9));
        assertThat(ua.news()).hasSize(2);
        assertThat(ua.news().get(0)).startsWith("Round 4, \u201cUS envoy signals Washington's patience is running out\u201d: your no-deal"
                + " value falls by 4.0 points, to 46.0 in round 4.");
        assertThat(ua.news().get(1)).startsWith("Round 6, \u201cAllies confirm continued funding for Ukraine's army\u201d: your no-deal"
                + " value rises by 4.0 points, to 46.0 in round 6. You now care more about Ukraine's armed forces (weight \u00d71.3).");
        Brief us = s.brief("US");
        assertThat(us.noDeal()).isEqualTo(new NoDeal(61, 2));
        assertThat(us.weights().get("ceasefire_line")).isEqualTo(20.0);
        assertThat(us.news()).hasSize(1);
        assertThat(s.brief("FR")).isSameAs(PARIS.brief("FR"));
    }

    @Test
    void theNoDealValueStaysWithin0And100AndAFactorBelowOneLowersTheWeight() {
        Scenario s = PARIS.after(List.of(
                new Scenario.Fired("Windfall", 1, Map.of("US", new InjectEffect(50, Map.of("nato", 0.5), null))),
                new Scenario.Fired("Collapse", 2, Map.of("UA", new InjectEffect(-100, null, "All is lost."))),
                new Scenario.Fired("Rumour", 2, Map.of("FR", new InjectEffect(0, null, "We do not comment on rumours.")))));
        assertThat(s.brief("US").noDeal()).isEqualTo(new NoDeal(100, 2));
        assertThat(s.brief("US").weights().get("nato")).isEqualTo(7.0);
        assertThat(s.brief("US").news()).containsExactly("Round 1, \u201cWindfall\u201d: your no-deal value rises by 36.0 points,"
                + " to 100.0 in round 1. You now care less about NATO (weight \u00d70.5).");
        assertThat(s.brief("UA").noDeal()).isEqualTo(new NoDeal(0, 2));
        assertThat(s.brief("UA").news()).containsExactly("Round 2, \u201cCollapse\u201d: your no-deal value falls by 54.0 points, to 0.0 in round 2."
                + " All is lost.");
        assertThat(s.brief("FR").noDeal()).isEqualTo(PARIS.brief("FR").noDeal());
        assertThat(s.brief("FR").news()).containsExactly("Round 2, \u201cRumour\u201d: We do not comment on rumours.");
    }

    @Test
    void theSameFiredInjectsGiveEqualBriefsAlsoAfterTheJournalRoundTrip() {
        List<Scenario.Fired> fired = List.of(fired("breach_reported", 2), fired("military_hubs", 3), fired("binding_guarantees", 7));
        Scenario once = PARIS.after(fired);
        Scenario again = PARIS.after(List.of(fired("breach_reported", 2), fired("military_hubs", 3), fired("binding_guarantees", 7)));
        // as a restarted room rebuilds it: from the InjectFired events written to and read back from its journal
        List<Scenario.Fired> replayed = fired.stream().map(f -> {
            Inject i = PARIS.injects().stream().filter(x -> x.title().equals(f.title())).findFirst().orElseThrow();
            Event.InjectFired e = new Event.InjectFired(f.round(), i.id(), i.title(), i.text(), i.effects());
            return ((Event.InjectFired) EventCodec.fromJson(EventCodec.toJson(e))).fired();
        }).toList();
        Scenario restarted = PARIS.after(replayed);
        for (Party p : PARIS.parties()) {
            assertThat(again.brief(p.id())).as(p.id()).isEqualTo(once.brief(p.id()));
            assertThat(restarted.brief(p.id())).as(p.id()).isEqualTo(once.brief(p.id()));
            assertThat(restarted.utility(p.id()).table()).as(p.id()).isEqualTo(once.utility(p.id()).table());
        }
        assertThat(once.brief("RU").news().get(2)).isEqualTo("Round 7, \u201cAllies commit to legally binding guarantees\u201d: you now"
                + " care more about the legal form of the guarantees (weight \u00d71.5). You now care more about the response to a new"
                + " attack (weight \u00d71.3). Binding Western commitments to fight for Ukraine are a threat we must keep out of any deal.");
        assertThat(PARIS.after(List.of())).isSameAs(PARIS);
    }
}
