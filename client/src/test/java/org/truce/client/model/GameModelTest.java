package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** What the model keeps of what a server sends: never others' private lines; a spectator keeps no brief. */
class GameModelTest {

    @Test
    void privateLinesBetweenOthersAreDroppedAndSpectatingForgetsTheBrief() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        assertThat(m.apply(new ServerMessage.Said("RU", "US", "secret deal", 1))).isFalse();
        assertThat(m.apply(new ServerMessage.Said("RU", "UA", "to you", 1))).isTrue();
        assertThat(m.apply(new ServerMessage.Said("UA", "FR", "from you", 1))).isTrue();
        assertThat(m.apply(new ServerMessage.Said("RU", "all", "to all", 1))).isTrue();
        assertThat(m.log()).extracting(LogEntry::text).noneMatch(t -> t.contains("secret deal")).hasSize(3);

        m.apply(new ServerMessage.Spectating("ROOM2", sc.info()));
        assertThat(m.brief()).isNull();
        assertThat(m.worth()).isNull();
        assertThat(m.gameOver()).isNull();
        assertThat(m.apply(new ServerMessage.Said("RU", "UA", "not for a spectator", 1))).isFalse();
    }
}
