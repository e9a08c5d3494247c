package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.net.Connector;
import org.truce.client.solo.SoloServer;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The room's creator runs the room with its facilitator key from the table: F, then close the room. */
class FacilitatorTest {

    @Test
    @Timeout(40)
    void theCreatorClosesTheRoomFromTheTable() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "normal", 3L, 6, 0, 0, 0);
        try (SoloServer server = SoloServer.start(0, null);
             VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts,
                     Connector.tcp(server.address().getHostString(), server.address().getPort())).begin())) {
            String s = v.waitFor("You hold the pen", 15_000);
            assertThat(s).contains("F Room");
            v.key('f');
            assertThat(v.waitFor("Run the room (facilitator)")).contains("Close the room for everyone");
            v.key(KeyType.Enter);
            v.waitFor("The game ends here");
            v.key('y');
            v.waitFor("is closed");
        }
    }
}
