package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.net.Connector;
import org.truce.client.solo.SoloServer;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The room's creator runs a LAN room with its facilitator key from the table (F); closing it takes
 * everyone back to the lobby with a word. Solo has no facilitator: no F Room, no dead end.
 */
class FacilitatorTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(40)
    void soloOffersNoRoomControls() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "normal", 3L, 6, 0, 0, 0);
        try (SoloServer server = SoloServer.start(0, null);
             VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts,
                     Connector.tcp(server.address().getHostString(), server.address().getPort())).begin())) {
            String s = v.waitFor("You hold the pen", 15_000);
            assertThat(s).doesNotContain("F Room");
            v.key('f').key('h'); // F does nothing; H (the drafts) shows that the keys were read
            s = v.waitFor("Drafts so far");
            assertThat(s).doesNotContain("Run the room");
        }
    }

    @Test
    @Timeout(30)
    void aSoloTableWhoseRoomClosesOffersANewGameNotADeadTable() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "normal", 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts,
                org.truce.client.EngineServer.connector(sc)).begin())) {
            v.waitFor("You hold the pen", 15_000);
            v.app().onMessage(new org.truce.shared.protocol.ServerMessage.Notice("closed", "room TEST expired"));
            String s = v.waitFor("TRUCE · Room closed");
            assertThat(s).contains("Room TEST expired.").doesNotContain("another room").contains("N New game");
            v.key('n');
            v.waitFor("You hold the pen", 15_000);
        }
    }

    private static VirtualScreen lobby(TruceServer server, Path settings, String name) throws Exception {
        return Lobbies.open(server, settings, name, lobby -> { });
    }

    @Test
    @Timeout(60)
    void closingTheRoomTakesEveryoneBackToTheLobbyWithAWord() throws Exception {
        ServerConfig cfg = ServerConfig.loopback(tmp.resolve("data")).withBotDelayMs(0);
        try (TruceServer server = TruceServer.start(cfg);
             VirtualScreen ana = lobby(server, tmp.resolve("ana.properties"), "Ana");
             VirtualScreen eve = lobby(server, tmp.resolve("eve.properties"), "Eve")) {
            ana.waitFor("Connected.", 5000);
            ana.key(KeyType.F2);
            ana.waitFor("Seconds to write a draft"); // the dialog: the lobby's button says "Create a room" too
            for (int i = 0; i < 5; i++) {
                ana.key(KeyType.ArrowDown); // down to the Ukraine seat
            }
            ana.key('b');                   // every other seat a bot
            ana.waitFor("Seats: 1 human, 5 bot");
            ana.key(KeyType.Enter);
            String s = ana.waitFor("Ukraine         FREE", 5000);
            Matcher code = Pattern.compile("Room ([A-Z0-9]{5})").matcher(s);
            assertThat(code.find()).isTrue();
            String room = code.group(1);
            ana.key(KeyType.Enter);
            s = ana.waitFor("F Room", 10_000);

            eve.waitFor("Connected.", 5000);
            eve.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type(room).key(KeyType.Enter);
            eve.waitFor("Ukraine         Ana", 5000);
            eve.key('s');
            eve.waitFor("You are watching (spectator).", 5000);

            ana.key('f');
            assertThat(ana.waitFor("Run the room (facilitator)")).contains("Close the room for everyone");
            ana.key(KeyType.Enter);
            ana.waitFor("The game ends here");
            ana.key('y');
            // both screens work again: the lobby, saying why
            s = ana.waitFor("Room closed", 5000);
            assertThat(s).contains("is closed").contains("TRUCE · Lobby");
            s = eve.waitFor("Room closed", 5000);
            assertThat(s).contains("The facilitator closed room " + room).contains("TRUCE · Lobby");
            eve.key(KeyType.Escape);
            eve.waitForGone("Room closed", 5000);
            eve.key(KeyType.F5);
            eve.waitFor("Connected. 0 room(s)."); // the closed room is not listed
        }
    }
}
