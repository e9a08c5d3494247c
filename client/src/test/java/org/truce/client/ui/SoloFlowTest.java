package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.EngineServer;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

class SoloFlowTest {

    @Test
    @Timeout(30)
    void escOnTheDifficultyGoesBackToThePartyChoiceEvenWithAPartyGiven() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("RU", null, 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            assertThat(v.waitFor("How hard should they bargain?", 15_000)).contains("You will represent Russia");
            v.key(KeyType.Escape);
            v.waitFor("Whom will you represent?");
            // and forward again with another party
            v.key(KeyType.Enter);
            assertThat(v.waitFor("How hard should they bargain?")).contains("You will represent Ukraine");
        }
    }
}
