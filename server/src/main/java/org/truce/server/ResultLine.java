package org.truce.server;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Event;
import org.truce.shared.json.Json;
import org.truce.shared.scenario.Scenario;

/**
 * The journal's {@code result} line, written with the events that end a game: the round, whether
 * there was a deal, and each party's utility, no-deal value and score (0–100 points, as
 * {@link Scoring#results} gives them, on the room's scenario with its news). The events alone
 * determine these figures (the report recomputes them); the line is there so that whoever opens
 * the file sees how the game ended without re-running the analysis. Replay ignores it.
 */
final class ResultLine {
    private ResultLine() {
    }

    /** One {@code result} line if {@code events} end the game, else none. */
    static List<JsonObject> of(Scenario scenario, List<Event> events) {
        for (Event e : events) {
            if (e instanceof Event.Agreed a) {
                var pkg = scenario.info().space().fromTerms(a.terms(), (problem, message) -> { });
                return List.of(line(a.round(), true, Scoring.results(scenario, pkg, a.round())));
            }
            if (e instanceof Event.NoDealReached n) {
                return List.of(line(n.round(), false, Scoring.results(scenario, null, n.round())));
            }
        }
        return List.of();
    }

    private static JsonObject line(int round, boolean deal, Map<String, PartyResult> results) {
        JsonObject o = new JsonObject();
        o.addProperty("log", "result");
        o.addProperty("round", round);
        o.addProperty("deal", deal);
        o.add("results", Json.gson().toJsonTree(results));
        return o;
    }
}
