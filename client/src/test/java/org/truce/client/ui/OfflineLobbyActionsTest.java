package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;

/**
 * {@code truce join} with no address: the saved server is filled in but nothing is connected. Each
 * lobby action (join by code, its button, create, refresh) connects to the server typed first,
 * then does its job; a server that cannot be reached is said in the header, the lobby stays.
 */
class OfflineLobbyActionsTest {
    @TempDir
    Path tmp;

    /** The lobby as {@code truce join} (no address) opens it, with {@code addr} and Rex saved. */
    private VirtualScreen unconnected(String addr) throws Exception {
        ClientSettings settings = new ClientSettings(tmp.resolve("rex.properties"));
        settings.put("server", addr);
        settings.put("name", "Rex");
        settings.save();
        VirtualScreen v = new VirtualScreen(80, 24, app -> app.showMain(new LobbyWindow(app, settings, null, null)));
        v.waitFor("TRUCE · Lobby");
        return v;
    }

    /** A room made by another client; returns its code. */
    private static String roomOf(VirtualScreen ana) throws Exception {
        ana.key(KeyType.F2);
        ana.waitFor("Seconds to write a draft"); // the dialog: the lobby's button says "Create a room" too
        ana.key(KeyType.Enter);
        String s = ana.waitFor("FREE", 5000);
        return s.replaceAll("(?s).*TRUCE · Room ([A-Z0-9]{5}).*", "$1");
    }

    private void joinsByCode(boolean button) throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")));
             VirtualScreen ana = Lobbies.connected(server, tmp.resolve("ana.properties"), "Ana");
             VirtualScreen rex = unconnected("127.0.0.1:" + server.address().getPort())) {
            String code = roomOf(ana);
            rex.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type(code.toLowerCase(java.util.Locale.ROOT));
            if (button) {
                rex.key(KeyType.Tab);
            }
            rex.key(KeyType.Enter);
            String s = rex.waitFor("TRUCE · Room " + code, 5000);
            s = rex.waitFor("FREE", 5000);
            assertThat(s).doesNotContain("Looking for room");
            assertThat(rex.app().name()).isEqualTo("Rex");
        }
    }

    @Test
    @Timeout(30)
    void enterOnTheRoomCodeConnectsThenOpensTheSeats() throws Exception {
        joinsByCode(false);
    }

    @Test
    @Timeout(30)
    void theJoinByCodeButtonConnectsThenOpensTheSeats() throws Exception {
        joinsByCode(true);
    }

    @Test
    @Timeout(30)
    void anUnreachableServerIsSaidAndTheLobbyStays() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        try (VirtualScreen rex = unconnected("127.0.0.1:" + port)) {
            rex.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type("AQYKX").key(KeyType.Enter);
            String s = rex.waitFor("Cannot reach 127.0.0.1:" + port, 5000);
            assertThat(s).contains("TRUCE · Lobby").contains("to open room AQYKX").doesNotContain("Looking for room")
                    .doesNotContain("Exception");
        }
    }

    @Test
    @Timeout(30)
    void createAndRefreshConnectFirst() throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")));
             VirtualScreen ana = Lobbies.connected(server, tmp.resolve("ana.properties"), "Ana")) {
            roomOf(ana);
            try (VirtualScreen rex = unconnected("127.0.0.1:" + server.address().getPort())) {
                rex.key(KeyType.F5);
                rex.waitFor("Connected. 1 room(s).", 5000);
            }
            try (VirtualScreen rex = unconnected("127.0.0.1:" + server.address().getPort())) {
                rex.key(KeyType.F2);
                String s = rex.waitFor("Seconds to write a draft", 5000); // the create dialog
                assertThat(s).doesNotContain("Connect to a server first");
                assertThat(rex.app().model().scenarios()).isNotEmpty();
            }
        }
    }
}
