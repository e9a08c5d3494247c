package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.client.solo.SoloServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;

/** {@code truce join HOST --room CODE} against the real server: the seats show at once, and a restarted client gets its seat back. */
class LanJoinTest {

    @TempDir
    Path home;

    /** Creates a room with bots in every seat but Ukraine's; returns its code. */
    private static String createRoom(SoloServer server) throws Exception {
        try (Socket s = new Socket(server.address().getHostString(), server.address().getPort())) {
            Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out.write(ProtocolCodec.encode(new ClientMessage.Hello("teacher", ProtocolCodec.PROTOCOL_VERSION, null)) + "\n");
            Map<String, String> bots = Map.of("RU", "default", "US", "default", "FR", "default", "UK", "default", "DE", "default");
            out.write(ProtocolCodec.encode(new ClientMessage.CreateRoom("paris-summit", bots, 4, 0, 0, "normal", 5L, 0)) + "\n");
            out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.contains("\"room_created\"")) {
                    return line.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
                }
            }
            throw new AssertionError("no room_created");
        }
    }

    private static VirtualScreen join(SoloServer server, ClientSettings settings, String code) throws Exception {
        String addr = server.address().getHostString() + ":" + server.address().getPort();
        return new VirtualScreen(80, 24, app -> {
            app.clock(() -> 1_000_000L); // stands still: the lobby's periodic refresh never comes
            LobbyWindow lobby = new LobbyWindow(app, settings, addr, "Ana");
            app.showMain(lobby);
            lobby.connect(a -> lobby.goToRoom(code, null));
        });
    }

    @Test
    @Timeout(40)
    void roomCodeShowsTheSeatsAtOnceAndARestartedClientResumesItsSeat() throws Exception {
        Path file = home.resolve("client.properties");
        try (SoloServer server = SoloServer.start(0, null)) {
            String code = createRoom(server);
            try (VirtualScreen v = join(server, new ClientSettings(file), code)) {
                // the app's clock stands still, so no periodic refresh: the room list was asked for at once
                String s = v.waitFor("Ukraine         FREE", 5000);
                assertThat(s).contains("Room " + code).contains("bot (default)");
                v.key(KeyType.Enter);
                s = v.waitFor("Ukraine (you)", 5000);
                assertThat(Files.readString(file)).contains("seat.127.0.0.1\\:" + server.address().getPort() + "." + code + ".UA.ana="); // the player's own

            }
            // the client is gone (as if killed); a new one with the same settings comes straight back to the seat
            try (VirtualScreen v = join(server, new ClientSettings(file), code)) {
                // the seat shows before its state does ("joining…"): wait for the state's round, not the seat
                String s = v.waitFor("Round 1 of 4", 5000);
                assertThat(s).contains("Ukraine (you)");
                v.waitFor("You hold the pen", 5000);
            }
        }
    }
}
