package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;

/** The {@code injects} of a scenario file: the built-in ones load, and every problem is named by its JSON path. */
class InjectReaderTest {

    @Test
    void theBuiltInScenariosCarryTheirInjects() {
        for (Scenario s : new Scenario[] {TestScenarios.paris(), TestScenarios.paris4()}) {
            assertThat(s.injects()).extracting(Inject::id).containsExactly("us_patience", "breach_reported", "military_hubs",
                    "sanctions_blocked", "army_funding", "binding_guarantees");
            // most are fired by the facilitator; one comes by itself so a class sees automatic news too
            assertThat(s.injects()).filteredOn(i -> i.atRound() != null).extracting(Inject::id).containsExactly("us_patience");
            assertThat(s.inject("us_patience").atRound()).isEqualTo(4);
            for (Inject i : s.injects()) {
                assertThat(i.title().codePointCount(0, i.title().length())).isBetween(1, 60);
                assertThat(i.effects()).as(i.id()).isNotEmpty();
                assertThat(s.info().partyIds()).containsAll(i.effects().keySet());
                i.effects().values().forEach(e -> assertThat(e.note()).as(i.id()).isNotBlank());
            }
        }
        Inject hubs = TestScenarios.paris().inject("military_hubs");
        assertThat(hubs.title()).isEqualTo("Britain and France to set up military hubs in Ukraine");
        assertThat(hubs.effects()).containsOnlyKeys("UA", "RU", "UK", "FR");
        assertThat(hubs.effects().get("RU")).isEqualTo(new InjectEffect(3, java.util.Map.of("reassurance_force", 1.4),
                "Western military hubs on Ukrainian soil are unacceptable; no deal is better than that."));
        assertThat(TestScenarios.paris4().inject("military_hubs").effects()).containsOnlyKeys("UA", "RU", "EU");
        assertThat(TestScenarios.paris().inject("nope")).isNull();
    }

    @Test
    void everyProblemOfEveryInjectIsNamedByItsPathAtOnce() {
        ScenarioException e = broken(o -> {
            JsonArray injects = new JsonArray();
            injects.add(inject("dup", "First", "Text.", ""));
            injects.add(inject("dup", "Second", "Text.", ""));
            JsonObject bad = inject("Bad-Id", "x".repeat(61), "", """
                    "atRound": 11, "colour": "red",
                    "effects": {"XX": {"noDeal": 1},
                                "RU": {"noDeal": -101, "weights": {"crimea": 2, "nato": 0, "sanctions": 10.5, "us_role": "more"}, "mood": 1},
                                "UA": {"note": "two\\nlines"}, "US": {}}""");
            injects.add(bad);
            injects.add(inject("later", "Later", "y".repeat(601), "\"atRound\": 0, \"effects\": []"));
            injects.add(JsonParser.parseString("3"));
            o.add("injects", injects);
        });
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "injects[1].id: duplicate inject id 'dup'",
                "injects[2].colour: unknown field (use id, title, text, atRound, effects)",
                "injects[2].id: must be lower-case letters, digits and underscores, starting with a letter (at most 40), got 'Bad-Id'",
                "injects[2].title: must be at most 60 characters (it is the headline in the log and the banner), has 61",
                "injects[2].text: must not be empty",
                "injects[2].atRound: must not be above the scenario's 10 rounds, got 11",
                "injects[2].effects.XX: unknown party 'XX' (parties: UA, RU, US, FR, UK, DE)",
                "injects[2].effects.RU.mood: unknown field (use noDeal, weights, note)",
                "injects[2].effects.RU.noDeal: must be between -100 and 100, got -101",
                "injects[2].effects.RU.weights.crimea: unknown term 'crimea'",
                "injects[2].effects.RU.weights.nato: must be above 0 (the factor the weight is multiplied by), got 0",
                "injects[2].effects.RU.weights.sanctions: must be between 0 and 10, got 10.5",
                "injects[2].effects.RU.weights.us_role: must be a number",
                "injects[2].effects.UA.note: must be plain text on one line (no line breaks, control or invisible characters)",
                "injects[2].effects.US: changes nothing for this party: give noDeal, weights or a note, or leave the party out",
                "injects[3].text: must be at most 600 characters (one paragraph in the voice of a news wire), has 601",
                "injects[3].atRound: must be between 1 and 50, got 0",
                "injects[3].effects: must be an object",
                "injects[4]: must be an object");
    }

    @Test
    void injectsMustBeAnArray() {
        assertThat(broken(o -> o.addProperty("injects", "none")).problems()).containsExactly("injects: must be an array");
    }

    @Test
    void pureNewsWithNoEffectIsAllowedAndTheAtRoundLimitFollowsTheScenariosRounds() throws ScenarioException {
        JsonObject o = parisJson();
        o.addProperty("rounds", 12);
        JsonArray injects = new JsonArray();
        injects.add(inject("talks_resume", "Talks resume in Paris", "Delegations return to the Élysée Palace.", "\"atRound\": 12"));
        injects.add(inject("quiet_night", "A quiet night", "No breach is reported.", "\"effects\": {}"));
        o.add("injects", injects);
        Scenario s = ScenarioLoader.parse(o.toString(), "news.json");
        assertThat(s.injects()).extracting(Inject::id).containsExactly("talks_resume", "quiet_night");
        assertThat(s.inject("talks_resume").effects()).isEmpty();
        assertThat(s.inject("talks_resume").atRound()).isEqualTo(12);
        assertThat(s.inject("quiet_night").atRound()).isNull();
        assertThat(s.inject("talks_resume").text()).isEqualTo("Delegations return to the Élysée Palace.");
        JsonObject none = parisJson();
        none.remove("injects");
        assertThat(ScenarioLoader.parse(none.toString(), "none.json").injects()).isEmpty();
    }

    @Test
    void aFactorOnATermThePartyDoesNotWeighIsReported() {
        ScenarioException e = broken(o -> {
            party(o, 1).getAsJsonObject("weights").addProperty("us_role", 0);
            o.add("injects", wrap(inject("monitors", "Monitors arrive", "US monitors arrive.",
                    "\"effects\": {\"RU\": {\"weights\": {\"us_role\": 2}}}")));
        });
        assertThat(e.problems()).containsExactly(
                "injects[0].effects.RU.weights.us_role: this party gives 'us_role' no weight, so a factor changes nothing");
    }

    @Test
    void aProblemInAPartyDoesNotMakeItsInjectEffectsLookUnknown() {
        ScenarioException e = broken(o -> {
            party(o, 1).remove("noDeal");
            o.remove("rounds");
            o.add("injects", wrap(inject("late", "Late news", "Text.", "\"atRound\": 11, \"effects\": {\"RU\": {\"noDeal\": 2}}")));
        });
        // without "rounds" the scenario has 10
        assertThat(e.problems()).containsExactlyInAnyOrder("parties[1].noDeal: is required (an object)",
                "injects[0].atRound: must not be above the scenario's 10 rounds, got 11");
    }

    private static JsonObject inject(String id, String title, String text, String more) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("title", title);
        o.addProperty("text", text);
        if (!more.isEmpty()) {
            JsonParser.parseString("{" + more + "}").getAsJsonObject().entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
        }
        return o;
    }

    private static JsonArray wrap(JsonObject inject) {
        JsonArray a = new JsonArray();
        a.add(inject);
        return a;
    }

    static JsonObject parisJson() {
        return JsonParser.parseReader(new InputStreamReader(
                InjectReaderTest.class.getResourceAsStream("/scenarios/paris-summit.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static JsonObject party(JsonObject o, int i) {
        return o.getAsJsonArray("parties").get(i).getAsJsonObject();
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
}
