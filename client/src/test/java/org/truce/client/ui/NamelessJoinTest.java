package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;

/**
 * Issue 7, shared lab account: {@code join} without {@code --name} plays under the OS user name
 * ("student"). The seat token it saves belongs to that name: a classmate on the same account who
 * gives their own name is shown the seats, never put into the nameless player's seat.
 */
class NamelessJoinTest {
    @TempDir
    Path tmp;

    private static String createRoom(Socket socket) throws Exception {
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out.write(ProtocolCodec.encode(new ClientMessage.Hello("teacher", ProtocolCodec.PROTOCOL_VERSION, null)) + "\n");
        Map<String, String> bots = Map.of("US", "default", "FR", "default", "UK", "default", "DE", "default");
        out.write(ProtocolCodec.encode(new ClientMessage.CreateRoom("paris-summit", bots, 4, 0, 0, "normal", 5L, 0)) + "\n");
        out.flush();
        for (String line; (line = in.readLine()) != null; ) {
            if (line.contains("\"room_created\"")) {
                return line.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
            }
        }
        throw new AssertionError("no room_created");
    }

    /** {@code truce join ADDR --room CODE [--name NAME]}: as JoinCommand builds it. */
    private static VirtualScreen join(TruceServer server, Path settings, String name, String room) throws Exception {
        return Lobbies.open(server, settings, name, lobby -> lobby.goToRoom(room, null));
    }

    @Test
    @Timeout(60)
    void aNamedClassmateNeverResumesTheSeatSavedUnderTheOsUserName() throws Exception {
        String osUser = System.getProperty("user.name");
        Path shared = tmp.resolve("shared/client.properties"); // one OS account: one settings file
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")).withPort(0)
                .withBotDelayMs(0).withTurnSeconds(0).withVoteSeconds(0));
             Socket teacher = new Socket("127.0.0.1", server.address().getPort())) {
            String room = createRoom(teacher);
            try (VirtualScreen nameless = join(server, shared, null, room)) {
                nameless.waitFor("Ukraine         FREE", 5000);
                nameless.key(KeyType.Enter);
                nameless.waitFor("Ukraine (you)", 5000);
            }
            assertThat(new ClientSettings(shared).withPrefix("seat.")).as("the token belongs to the OS user name")
                    .hasSize(1).allSatisfy((k, v) -> assertThat(k).endsWith(".UA." + osUser.toLowerCase(java.util.Locale.ROOT)));

            try (VirtualScreen ana = join(server, shared, "Ana", room)) {
                String s = ana.waitFor("Ukraine         " + osUser, 5000);
                assertThat(s).contains("Russia          FREE").doesNotContain("(you)").doesNotContain("Take over");
                ana.key(KeyType.Enter);
                s = ana.waitFor("Russia (you)", 5000);
                assertThat(s).doesNotContain("Ukraine (you)");
            }
        }
    }
}
