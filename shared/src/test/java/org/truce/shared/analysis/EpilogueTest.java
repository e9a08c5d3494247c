package org.truce.shared.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The deterrence index of the Paris summit, figures worked out by hand from the points in paris-summit.json.
 * Term order: ceasefire_line, guarantee_form, us_role, breach_mechanism, reassurance_force, attack_response,
 * ukraine_forces, nato, sanctions; a package is written as one option letter per term.
 */
class EpilogueTest {
    private final Scenario paris = TestScenarios.paris();

    @Test
    void aStrongPackageScoresHighAndEachFactorShowsItsShare() {
        // treaty 18 + US backstop 12 + commission with snap-back 10 + European force 12 + binding response 15
        // + uncapped army with support 11 + sanctions kept 9 = 87 (the ceasefire line and NATO do not count)
        Epilogue e = Epilogue.of(paris, pkg("cdcdcdcbc"));
        assertThat(e.deal()).isTrue();
        assertThat(e.index()).isEqualTo(87);
        assertThat(e.band()).isEqualTo("A guarded peace");
        // the band's general text, then what holds this agreement up, from its own terms (the two fullest factors)
        assertThat(e.narrative()).isEqualTo(paris.epilogue().bands().get(3).text() + " What holds it up — Legal form of the guarantees: "
                + "Treaty, automatic mutual defence; " + paris.terms().get(paris.info().termIndex("attack_response")).name() + ": "
                + paris.terms().get(paris.info().termIndex("attack_response")).options().get(3).label() + ".");
        assertThat(e.caveat()).startsWith("A teaching device, not a forecast");
        assertThat(e.factors()).extracting(Epilogue.Factor::term).containsExactly("guarantee_form", "us_role",
                "reassurance_force", "attack_response", "breach_mechanism", "ukraine_forces", "sanctions");
        assertThat(e.factors()).extracting(Epilogue.Factor::option).containsExactly("d", "c", "c", "d", "d", "c", "c");
        assertThat(e.factors()).extracting(Epilogue.Factor::contribution).containsExactly(18.0, 12.0, 12.0, 15.0, 10.0, 11.0, 9.0);
        assertThat(e.factors()).extracting(Epilogue.Factor::best).containsExactly(18.0, 16.0, 15.0, 15.0, 10.0, 14.0, 12.0);
        assertThat(e.factors().get(0).name()).isEqualTo("Legal form of the guarantees");
        assertThat(e.factors().get(0).label()).isEqualTo("Treaty, automatic mutual defence");
        assertThat(e.headline()).isEqualTo("Deterrence index 87 of 100: A guarded peace");
    }

    @Test
    void aWeakPackageScoresLow() {
        // political declaration 6 + no US role 0 + commission that only reports 3 + air and sea from outside 6
        // + diplomacy and sanctions 4 + capped army 4 + phased relief 4 = 27
        Epilogue e = Epilogue.of(paris, pkg("bbabbbbab"));
        assertThat(e.index()).isEqualTo(27);
        assertThat(e.band()).isEqualTo("Peace on paper");
        assertThat(e.factors()).extracting(Epilogue.Factor::points).containsExactly(6.0, 0.0, 6.0, 4.0, 3.0, 4.0, 4.0);
        assertThat(Epilogue.of(paris, pkg("aaaaaaaaa")).index()).isZero();
        assertThat(Epilogue.of(paris, pkg("ddddddddd")).index()).isEqualTo(100);
    }

    @Test
    void aBandStartsAtItsFromInclusive() {
        // treaty 18 + US backstop 12 = 30: the first score of "A fragile truce"
        assertThat(Epilogue.of(paris, pkg("adcaaaaaa")).index()).isEqualTo(30);
        assertThat(Epilogue.of(paris, pkg("adcaaaaaa")).band()).isEqualTo("A fragile truce");
        // legally binding 14 + US monitoring 6 + reporting commission 3 + air and sea 6 = 29: still the lowest band
        assertThat(Epilogue.of(paris, pkg("acbbbaaaa")).index()).isEqualTo(29);
        assertThat(Epilogue.of(paris, pkg("acbbbaaaa")).band()).isEqualTo("Peace on paper");
    }

    @Test
    void noDealHasItsOwnEpilogue() {
        Epilogue e = Epilogue.of(paris, null);
        assertThat(e.deal()).isFalse();
        assertThat(e.index()).isNull();
        assertThat(e.band()).isNull();
        assertThat(e.factors()).isEmpty();
        assertThat(e.narrative()).isEqualTo(paris.epilogue().noDeal());
        assertThat(e.caveat()).isEqualTo(paris.epilogue().caveat());
        assertThat(e.headline()).isEqualTo("No deal: no guarantees to deter a new attack");
    }

    @Test
    void theIndexIsScaledByTheHighestPossiblePointsAndRounded() throws Exception {
        JsonObject o = parisJson();
        o.getAsJsonObject("epilogue").add("factors", JsonParser.parseString("{\"us_role\": {\"a\": 0, \"b\": 1, \"c\": 2, \"d\": 3}}"));
        Scenario s = ScenarioLoader.parse(o.toString(), "one-factor.json");
        // 2 of at most 3 points: 66.67, shown as 67, in the band from 55
        Epilogue e = Epilogue.of(s, pkg("acccccccc"));
        assertThat(e.index()).isEqualTo(67);
        assertThat(e.factors()).hasSize(1);
        assertThat(e.factors().get(0).contribution()).isCloseTo(66.667, within(0.001));
        assertThat(e.band()).isEqualTo("An armed peace");
    }

    @Test
    void aScenarioWithoutAnEpilogueHasNone() throws Exception {
        JsonObject o = parisJson();
        o.remove("epilogue");
        assertThat(Epilogue.of(ScenarioLoader.parse(o.toString(), "none.json"), pkg("cdcdcdcbc"))).isNull();
    }

    private static Package pkg(String letters) {
        return new Package(letters.chars().map(c -> c - 'a').toArray());
    }

    private static JsonObject parisJson() {
        return JsonParser.parseReader(new InputStreamReader(
                EpilogueTest.class.getResourceAsStream("/scenarios/paris-summit.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void theNarrativeNamesTheAgreedTermsThatHoldItUpAndTheWeakestNeverOnesNotAgreed() {
        // a middling package with no foreign force and a capped army: the text must not credit either
        Epilogue e = Epilogue.of(paris, pkg("cdcaaaaac"));
        int force = paris.info().termIndex("reassurance_force");
        int army = paris.info().termIndex("ukraine_forces");
        String narrative = e.narrative();
        assertThat(narrative).contains("Where it is weakest — ");
        String weakest = narrative.substring(narrative.indexOf("Where it is weakest — "));
        assertThat(weakest).contains(paris.terms().get(force).name() + ": " + paris.terms().get(force).options().get(0).label());
        assertThat(narrative).doesNotContain("European-led presence").doesNotContain("army free to rebuild");
        assertThat(e.factors().stream().filter(f -> f.term().equals("ukraine_forces")).findFirst().orElseThrow().option()).isEqualTo("a");
        assertThat(narrative).doesNotContain("What holds it up — " + paris.terms().get(army).name());
    }
}
