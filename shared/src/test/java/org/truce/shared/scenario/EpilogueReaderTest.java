package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;

/** The {@code epilogue} and {@code questions} of a scenario file: the built-in ones load, every problem is named by its path. */
class EpilogueReaderTest {

    @Test
    void theBuiltInScenariosCarryTheEpilogueAndQuestions() {
        for (Scenario s : new Scenario[] {TestScenarios.paris(), TestScenarios.paris4()}) {
            EpilogueSpec e = s.epilogue();
            assertThat(e).as(s.id()).isNotNull();
            // the seven terms the issue names, and not the ceasefire line or NATO (they are not guarantees)
            assertThat(e.factors()).containsOnlyKeys("guarantee_form", "us_role", "reassurance_force", "attack_response",
                    "breach_mechanism", "ukraine_forces", "sanctions");
            assertThat(e.maxPoints()).isEqualTo(100.0);
            assertThat(e.factors().get("guarantee_form")).containsExactly(
                    java.util.Map.entry("a", 0.0), java.util.Map.entry("b", 6.0), java.util.Map.entry("c", 14.0), java.util.Map.entry("d", 18.0));
            assertThat(e.bands()).extracting(EpilogueSpec.Band::from).containsExactly(0, 30, 55, 80);
            assertThat(e.caveat()).startsWith("A teaching device, not a forecast");
            assertThat(e.noDeal()).startsWith("No agreement was signed");
            assertThat(s.questions()).hasSize(5).allSatisfy(q -> assertThat(q).endsWith("?"));
            // the effective scenario after an inject keeps them
            Inject hubs = s.inject("military_hubs");
            Scenario after = s.after(List.of(new Scenario.Fired(hubs.title(), 3, hubs.effects())));
            assertThat(after.epilogue()).isSameAs(e);
            assertThat(after.questions()).isEqualTo(s.questions());
        }
        assertThat(TestScenarios.paris4().epilogue()).isEqualTo(TestScenarios.paris().epilogue());
    }

    @Test
    void bothAreOptional() throws ScenarioException {
        JsonObject o = InjectReaderTest.parisJson();
        o.remove("epilogue");
        o.remove("questions");
        Scenario s = ScenarioLoader.parse(o.toString(), "plain.json");
        assertThat(s.epilogue()).isNull();
        assertThat(s.questions()).isEmpty();
    }

    @Test
    void everyProblemOfTheEpilogueAndQuestionsIsNamedByItsPathAtOnce() {
        ScenarioException e = broken(o -> {
            o.add("epilogue", JsonParser.parseString("""
                    {"factors": {"crimea": {"a": 1}, "us_role": {"a": 0, "b": -1, "c": "x", "e": 2}, "nato": 3},
                     "bands": [{"from": 5, "title": "T", "text": "two\\nlines"},
                               {"from": 5, "title": "%s", "text": "ok", "mood": 1}],
                     "caveat": "", "colour": "red"}""".formatted("x".repeat(41))));
            o.add("questions", JsonParser.parseString("[\"Fine?\", 3, \"\\u200b\", \"%s\"]".formatted("q".repeat(301))));
        });
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "epilogue.colour: unknown field (use factors, bands, noDeal, caveat)",
                "epilogue.factors.crimea: unknown term 'crimea'",
                "epilogue.factors.us_role.b: must be between 0 and 100, got -1",
                "epilogue.factors.us_role.c: must be a number",
                "epilogue.factors.us_role.e: unknown option 'e' (options: a, b, c, d)",
                "epilogue.factors.us_role: gives no points for option(s) d (give every option points, 0 if none)",
                "epilogue.factors.nato: must be an object",
                "epilogue.bands[0].from: must be 0 (the lowest band starts at 0), got 5",
                "epilogue.bands[0].text: must be plain text on one line (no line breaks, control or invisible characters)",
                "epilogue.bands[1].mood: unknown field (use from, title, text)",
                "epilogue.bands[1].from: must be above the previous band's 5, got 5",
                "epilogue.bands[1].title: must be at most 40 characters (a short heading), has 41",
                "epilogue.noDeal: is required (a string)",
                "epilogue.caveat: must not be empty",
                "questions[1]: must be a string",
                "questions[2]: must be plain text on one line (no line breaks, control or invisible characters)",
                "questions[3]: must be at most 300 characters (one question for the class), has 301");
    }

    @Test
    void aFormulaThatScoresNothingAndTheShapesAreReported() {
        assertThat(broken(o -> {
            JsonObject epi = o.getAsJsonObject("epilogue");
            epi.add("factors", JsonParser.parseString("{\"us_role\": {\"a\": 0, \"b\": 0, \"c\": 0, \"d\": 0}}"));
            epi.add("bands", JsonParser.parseString("[{\"from\": 0, \"title\": \"All\", \"text\": \"One band.\"}]"));
            o.add("questions", JsonParser.parseString("[]"));
        }).problems()).containsExactly(
                "epilogue.factors: gives no option any points, so every agreement would score 0",
                "epilogue.bands: must hold 2 to 6 bands, has 1",
                "questions: must hold 1 to 10 questions, has 0");
        assertThat(broken(o -> {
            o.addProperty("epilogue", "none");
            o.addProperty("questions", "why?");
        }).problems()).containsExactly("epilogue: must be an object", "questions: must be an array");
        assertThat(broken(o -> o.getAsJsonObject("epilogue").remove("factors")).problems())
                .containsExactly("epilogue.factors: is required (an object)");
    }

    private static ScenarioException broken(Consumer<JsonObject> damage) {
        JsonObject o = InjectReaderTest.parisJson();
        damage.accept(o);
        try {
            ScenarioLoader.parse(o.toString(), "broken.json");
        } catch (ScenarioException e) {
            return e;
        }
        throw new AssertionError("the broken scenario loaded");
    }
}
