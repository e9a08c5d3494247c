package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;

/** A member the lead removes from the team, against the real server: their screen says so and leaves the table. */
class TeamRemovalScreenTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void aRemovedMemberIsToldAndIsNoLongerAtTheTable() throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")).withBotDelayMs(0)
                .withTurnSeconds(0).withVoteSeconds(0));
             RawClient olena = new RawClient(server, "Olena")) {
            olena.send(new ClientMessage.CreateRoom("paris-summit", Map.of("US", "default", "FR", "default", "UK", "default",
                    "DE", "default"), 4, 0, 0, "normal", 5L, 0));
            String room = olena.until("room_created").replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
            olena.send(new ClientMessage.Join(room, "UA"));
            olena.until("\"joined\"");
            try (VirtualScreen taras = Lobbies.open(server, tmp.resolve("taras/client.properties"), "Taras",
                    lobby -> lobby.goToRoom(room, null))) {
                taras.waitFor("Ukraine         Olena", 5000);
                taras.key(KeyType.ArrowUp);
                taras.waitFor("▶ Ukraine", 5000);
                taras.key('m');
                taras.waitFor("you (Taras) are a member", 5000);
                olena.send(new ClientMessage.RemoveMember(null, null, "Taras", null));
                String s = taras.waitFor("Removed from the team", 5000);
                assertThat(s).contains("removed from Ukraine's team").contains("by Olena");
                taras.key(KeyType.Escape);
                s = taras.waitFor("Room " + room, 5000);
                assertThat(s).doesNotContain("you (Taras) are a member");
            }
        }
    }
}
