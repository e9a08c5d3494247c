package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.net.Connector;
import org.truce.client.solo.SoloServer;
import org.truce.shared.scenario.ScenarioLoader;

/** The whole solo game by keystrokes at 80×24 against the real server, in-process over loopback, bots without delay. */
class RealServerSoloTest {

    @Test
    @Timeout(45)
    void playsAWholeGameAgainstTheRealServer() throws Exception {
        try (SoloServer server = SoloServer.start(0, null)) {
            assertThat(server.address().getPort()).isPositive();
            Connector tcp = Connector.tcp(server.address().getHostString(), server.address().getPort());
            SoloGameTest.playWholeGame(ScenarioLoader.builtIn("paris-summit"), tcp);
        }
    }
}
