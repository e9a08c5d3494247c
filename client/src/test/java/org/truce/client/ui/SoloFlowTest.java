package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.EngineServer;
import org.truce.shared.protocol.ServerMessage.State;
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
            // the marker is on the party the player had, not on the list's first
            assertThat(v.waitFor("Whom will you represent?")).contains("▶ Russia").contains("Russia: ");
            v.key(KeyType.Enter);
            assertThat(v.waitFor("How hard should they bargain?")).contains("You will represent Russia");
            // and forward again with another party; back again, the marker is on that one
            v.key(KeyType.Escape);
            v.waitFor("Whom will you represent?");
            v.key(KeyType.ArrowUp).key(KeyType.Enter);
            assertThat(v.waitFor("How hard should they bargain?")).contains("You will represent Ukraine");
            v.key(KeyType.Escape);
            assertThat(v.waitFor("Whom will you represent?")).contains("▶ Ukraine");
        }
    }

    @Test
    @Timeout(30)
    void theFourSeatTableNamesItsScenarioWhoeverHoldsThePen() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "normal", 3L, 8, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            String s = v.waitFor("You hold the pen", 15_000);
            assertThat(s.lines().findFirst().orElse("")).contains("The Paris summit, four seats").contains("Round 1 of 8");
            // the longest pen name this scenario has, on the same header
            v.app().onMessage(withPen(v.app().model().state(), "US"));
            s = v.waitFor("Pen: United States");
            assertThat(s.lines().findFirst().orElse("")).contains("The Paris summit, four seats").contains("no clock");
        }
    }

    /** The same state with another party holding the pen (as the server would send it in a later round). */
    private static State withPen(State s, String pen) {
        return new State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), pen, s.draft(), s.votes(), s.seats(),
                s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.history(), s.you());
    }
}
