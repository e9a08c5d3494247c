package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;

/**
 * A room's seat list follows the room as the lobby's list does: it is polled on the lobby's period
 * (driven here by hand on the app's clock, which otherwise stands still, and its tick), and asked again at once
 * when the server refuses a seat the list showed free.
 */
class FreshSeatListTest {
    private static final String RU_TAKEN = "▶ Russia          Rex";
    private static final String RU_FREE = "▶ Russia          FREE";

    @TempDir
    Path tmp;

    /** A raw client creates a room with bots in every seat but Russia's; returns its code. */
    private static String roomWithRussiaFree(Socket teacher) throws Exception {
        Writer out = new OutputStreamWriter(teacher.getOutputStream(), StandardCharsets.UTF_8);
        out.write(ProtocolCodec.encode(new ClientMessage.Hello("teacher", ProtocolCodec.PROTOCOL_VERSION, null)) + "\n");
        Map<String, String> bots = Map.of("UA", "default", "US", "default", "FR", "default", "UK", "default", "DE", "default");
        out.write(ProtocolCodec.encode(new ClientMessage.CreateRoom("paris-summit", bots, 4, 0, 0, "normal", 5L, 0)) + "\n");
        out.flush();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(teacher.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.contains("\"room_created\"")) {
                return line.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
            }
        }
        throw new AssertionError("no room_created");
    }

    /** Ana on the room's seats, her app's clock standing still at {@code clock}. */
    private VirtualScreen ana(TruceServer server, String room, AtomicLong clock) throws Exception {
        String addr = "127.0.0.1:" + server.address().getPort();
        VirtualScreen v = new VirtualScreen(80, 24, app -> {
            app.clock(clock::get);
            LobbyWindow lobby = new LobbyWindow(app, new ClientSettings(tmp.resolve("ana.properties")), addr, "Ana");
            app.showMain(lobby);
            lobby.connect(a -> lobby.goToRoom(room, null));
        });
        v.waitFor(RU_FREE, 5000);
        return v;
    }

    /** Rex takes Russia's seat from his own client. */
    private VirtualScreen rexTakesRussia(TruceServer server, String room) throws Exception {
        VirtualScreen rex = Lobbies.open(server, tmp.resolve("rex.properties"), "Rex", lobby -> lobby.goToRoom(room, "RU"));
        rex.waitFor("Russia (you)", 5000);
        return rex;
    }

    /** What the app's once-a-second tick does, now, on the GUI thread. */
    private static void tick(VirtualScreen v) {
        App app = v.app();
        app.gui().getGUIThread().invokeLater(app::refreshAll);
    }

    @Test
    @Timeout(30)
    void theSeatListIsPolledOnTheLobbysPeriod() throws Exception {
        AtomicLong clock = new AtomicLong(1_000_000);
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")));
             Socket teacher = new Socket("127.0.0.1", server.address().getPort())) {
            String room = roomWithRussiaFree(teacher);
            try (VirtualScreen ana = ana(server, room, clock); VirtualScreen rex = rexTakesRussia(server, room)) {
                assertThat(ana.text()).contains(RU_FREE); // the clock stands still: no poll yet
                clock.addAndGet(LobbyWindow.POLL_MS + 1);
                tick(ana); // the app's own tick comes once a real second: do not wait for it
                ana.waitFor(RU_TAKEN, 5000);
            }
        }
    }

    @Test
    @Timeout(30)
    void aSeatTakenRefusalAsksForTheListAtOnce() throws Exception {
        AtomicLong clock = new AtomicLong(1_000_000);
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")));
             Socket teacher = new Socket("127.0.0.1", server.address().getPort())) {
            String room = roomWithRussiaFree(teacher);
            try (VirtualScreen ana = ana(server, room, clock); VirtualScreen rex = rexTakesRussia(server, room)) {
                ana.key(KeyType.Enter); // the list still says FREE: the clock has not moved
                ana.waitFor("Russia's seat is taken by Rex", 5000);
                ana.key(KeyType.Escape);
                String s = ana.waitFor(RU_TAKEN, 5000);
                assertThat(s).doesNotContain("taken by Rex;");
            }
        }
    }
}
