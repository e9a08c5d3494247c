package org.truce.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.truce.shared.TestScenarios;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.json.Json;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.sim.Match;

class ReplayTest {
    private final Scenario scenario = TestScenarios.paris();

    @Property(tries = 30)
    void replayingTheEventsGivesTheSameState(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Game played = Match.play(scenario, Map.of(), Difficulty.NORMAL, 10, seed);
        assertThat(GameState.replay(scenario.info(), played.events())).isEqualTo(played.state());

        // through JSON lines and back, as the server's event log does
        List<Event> decoded = new ArrayList<>();
        for (Event e : played.events()) {
            String line = Json.gson().toJson(EventCodec.toJson(e));
            assertThat(line).doesNotContain("\n");
            decoded.add(EventCodec.fromJson(JsonParser.parseString(line).getAsJsonObject()));
        }
        assertThat(decoded).isEqualTo(played.events());
        assertThat(Game.replay(scenario.info(), decoded).state()).isEqualTo(played.state());
    }

    @Property(tries = 10)
    void theSameSeedPlaysTheSameGame(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        assertThat(Match.play(scenario, Map.of(), Difficulty.HARD, 10, seed).events())
                .isEqualTo(Match.play(scenario, Map.of(), Difficulty.HARD, 10, seed).events());
    }

    @org.junit.jupiter.api.Test
    void aBadEventIsAClearError() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "teleported");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventCodec.fromJson(o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown event type 'teleported'");
    }
}
