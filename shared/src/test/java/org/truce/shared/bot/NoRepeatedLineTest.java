package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.sim.Match;

/** Over a thousand simulated games, no bot says the same line twice in one game, and bots still talk. */
class NoRepeatedLineTest {
    @Test
    void aThousandGamesWithoutAWordForWordRepeat() {
        int lines = 0;
        for (Scenario s : new Scenario[] {TestScenarios.paris(), TestScenarios.paris4()}) {
            for (long seed = 1; seed <= 500; seed++) {
                Game g = Match.play(s, Map.of(), Difficulty.values()[(int) (seed % Difficulty.values().length)], 10, seed);
                Set<String> said = new HashSet<>();
                for (Event e : g.events()) {
                    if (e instanceof Event.Said sd) {
                        lines++;
                        assertThat(said.add(sd.from() + "|" + sd.text())).as(s.info().id() + " seed " + seed + ": " + sd.text()).isTrue();
                    }
                }
            }
        }
        assertThat(lines).as("bots still speak as they move").isGreaterThan(10_000);
    }
}
