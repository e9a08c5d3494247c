package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;

class ScenarioLoaderTest {

    @Test
    void theParisSummitHasTheSixPartiesInTurnOrderAndNineTermsOfFourOptions() {
        Scenario s = TestScenarios.paris();
        assertThat(s.info().partyIds()).containsExactly("UA", "RU", "US", "FR", "UK", "DE");
        assertThat(s.terms()).extracting(Term::id).containsExactly("ceasefire_line", "guarantee_form", "us_role",
                "breach_mechanism", "reassurance_force", "attack_response", "ukraine_forces", "nato", "sanctions");
        assertThat(s.terms()).allSatisfy(t -> assertThat(t.options()).extracting(Option::id).containsExactly("a", "b", "c", "d"));
        assertThat(s.space().size()).isEqualTo(262_144);
        assertThat(s.info().rounds()).isEqualTo(10);
        for (Party p : s.parties()) {
            Brief b = s.brief(p.id());
            assertThat(b.text()).hasSizeGreaterThan(400);
            assertThat(b.redLines()).isNotEmpty();
            assertThat(b.noDeal().perRound()).isPositive();
            assertThat(b.lines().table()).isNotEmpty();
            assertThat(b.lines().reject()).isNotEmpty();
        }
        // facts from the Paris report
        assertThat(s.brief("US").isRedLine("us_role", "d")).isTrue();
        assertThat(s.brief("US").isRedLine("nato", "d")).isTrue();
        assertThat(s.brief("UA").isRedLine("ceasefire_line", "a")).isTrue();
        assertThat(s.utility("RU").value(s.space().decode(0))).isGreaterThan(90);
    }

    @Test
    void theFourSeatVersionHasTheCoalitionAsOneSeat() {
        assertThat(TestScenarios.paris4().info().partyIds()).containsExactly("UA", "RU", "US", "EU");
        Party eu = TestScenarios.paris4().info().party("EU");
        assertThat(eu.shortName()).isEqualTo("Coalition");
        assertThat(eu.article()).isEqualTo("the");
        assertThat(TestScenarios.paris4().info().party("UA").shortName()).isEqualTo("Ukraine");
        assertThat(TestScenarios.paris4().info().party("UA").article()).isEmpty();
    }

    @Test
    void shortNamesAndLabelsAreCountedInCharactersNotUtf16Units() throws ScenarioException {
        String thumbs16 = "\uD83D\uDC4D".repeat(16); // 16 characters, 32 UTF-16 units
        JsonObject o = parisJson();
        party(o, 3).addProperty("shortName", thumbs16);
        o.getAsJsonArray("terms").get(0).getAsJsonObject().getAsJsonArray("options").get(0).getAsJsonObject()
                .addProperty("label", "\uD83C\uDDFA\uD83C\uDDE6".repeat(20)); // 40 code points
        Scenario s = ScenarioLoader.parse(o.toString(), "emoji.json");
        assertThat(s.info().parties().get(3).shortName()).isEqualTo(thumbs16);
        ScenarioException e = broken(b -> party(b, 3).addProperty("shortName", thumbs16 + "!"));
        assertThat(e.problems()).containsExactly(
                "parties[3].shortName: must be at most 16 characters (it is shown in narrow columns)");
    }

    @Test
    void aNamesArticleAndShortFormAreChecked() {
        ScenarioException e = broken(o -> {
            party(o, 2).addProperty("article", "an");
            party(o, 3).addProperty("shortName", "The French Republic of old");
        });
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "parties[2].article: must be \"the\" (or left out), got 'an'",
                "parties[3].shortName: must be at most 16 characters (it is shown in narrow columns)");
    }

    private static JsonObject parisJson() {
        return JsonParser.parseReader(new InputStreamReader(
                ScenarioLoaderTest.class.getResourceAsStream("/scenarios/paris-summit.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static ScenarioException broken(Consumer<JsonObject> damage) {
        JsonObject o = parisJson();
        damage.accept(o);
        try {
            ScenarioLoader.parse(o.toString(), "broken.json");
        } catch (ScenarioException e) {
            return e;
        }
        throw new AssertionError("the broken scenario loaded");
    }

    private static JsonObject party(JsonObject o, int i) {
        return o.getAsJsonArray("parties").get(i).getAsJsonObject();
    }

    @Test
    void aWeightThatIsNotANumberIsNamedByItsJsonPath() {
        ScenarioException e = broken(o -> party(o, 2).getAsJsonObject("weights").addProperty("nato", "high"));
        assertThat(e.problems()).containsExactly("parties[2].weights.nato: must be a number");
        assertThat(e.getMessage()).startsWith("broken.json: 1 problem").contains("parties[2].weights.nato: must be a number");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        ScenarioException e = broken(o -> {
            party(o, 0).getAsJsonObject("scores").getAsJsonObject("nato").addProperty("b", 140);
            party(o, 1).remove("noDeal");
            party(o, 3).getAsJsonArray("redLines").get(0).getAsJsonObject().addProperty("option", "z");
            party(o, 4).addProperty("id", "FR");
            o.getAsJsonArray("terms").get(8).getAsJsonObject().getAsJsonArray("options").get(0).getAsJsonObject().remove("name");
            o.addProperty("rounds", 0);
        });
        assertThat(e.problems()).contains(
                "parties[0].scores.nato.b: must be between 0 and 100, got 140",
                "parties[1].noDeal: is required (an object)",
                "parties[3].redLines[0].option: term 'guarantee_form' has no option 'z'",
                "parties[4].id: duplicate party id 'FR'",
                "terms[8].options[0].name: is required (a string)",
                "rounds: must be between 1 and 1000, got 0");
    }

    @Test
    void unknownTermsAndMissingScoresAreNamed() {
        ScenarioException e = broken(o -> {
            party(o, 5).getAsJsonObject("weights").addProperty("crimea", 3);
            party(o, 5).getAsJsonObject("scores").remove("sanctions");
            party(o, 5).getAsJsonObject("persona").addProperty("strategy", "bully");
        });
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "parties[5].weights.crimea: unknown term 'crimea'",
                "parties[5].scores.sanctions: is required (an object)",
                "parties[5].persona.strategy: must be one of boulware, conceder, linear, tit-for-tat, modeller, got 'bully'");
    }

    @Test
    void aPersonasFairnessOutsideZeroToOneIsNamed() {
        ScenarioException e = broken(o -> party(o, 2).getAsJsonObject("persona").addProperty("fairness", 1.5));
        assertThat(e.problems()).singleElement().asString().startsWith("parties[2].persona.fairness: must be between 0 and 1");
    }

    @Test
    void aRedLineOnEveryOptionOfATermIsRefused() {
        ScenarioException e = broken(o -> {
            JsonArray red = party(o, 0).getAsJsonArray("redLines");
            for (String opt : new String[] {"b", "c", "d"}) {
                JsonObject r = new JsonObject();
                r.addProperty("term", "ceasefire_line");
                r.addProperty("option", opt);
                red.add(r);
            }
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("parties[0].redLines: every option of term 'ceasefire_line'"));
    }

    @Test
    void invalidJsonIsAClearMessageNotAStackTrace() {
        assertThatThrownBy(() -> ScenarioLoader.parse("{\"id\": \"x\",", "half.json"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("half.json: 1 problem")
                .hasMessageContaining("$: not valid JSON");
        assertThatThrownBy(() -> ScenarioLoader.parse("[1, 2]", "list.json"))
                .hasMessageContaining("$: must be a JSON object");
        assertThatThrownBy(() -> ScenarioLoader.builtIn("atlantis"))
                .hasMessageContaining("no built-in scenario 'atlantis'");
    }

    @Test
    void aDuplicateKeyIsAProblemAtItsJsonPathNotTheLastValueWins() {
        // the input: a second "ceasefire_line" inside one party's weights
        String json = parisJson().toString().replaceFirst("\"weights\":\\{", "\"weights\":{\"ceasefire_line\":500,");
        assertThatThrownBy(() -> ScenarioLoader.parse(json, "dup.json"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .containsExactly("parties[0].weights.ceasefire_line: appears twice (each key once per object)"));
        assertThatThrownBy(() -> ScenarioLoader.parse("{\"id\":\"a\",\"id\":\"b\"}", "top.json"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .containsExactly("id: appears twice (each key once per object)"));
    }

    @Test
    void trailingTextAndHugeNumbersAreNamedInOurOwnWords() {
        assertThatThrownBy(() -> ScenarioLoader.parse("{\"id\":\"x\"} {}", "two.json"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).containsExactly(
                        "$: not valid JSON (more after the JSON value (only one value is allowed) at line 1 column 12)"));
        ScenarioException e = broken(o -> o.add("rounds", new com.google.gson.JsonPrimitive(
                new com.google.gson.internal.LazilyParsedNumber("9".repeat(5000)))));
        assertThat(e.problems()).containsExactly("rounds: must be between 1 and 1000, got a number far out of range");
        assertThat(e.getMessage()).doesNotContainIgnoringCase("lenient").doesNotContain("Exception");
    }

    @Test
    void declaredRedLinesArePublicOnTheParty() {
        Party us = TestScenarios.paris().info().party("US");
        assertThat(us.declaredRedLines()).extracting(RedLine::term).contains("nato", "us_role");
    }
}
