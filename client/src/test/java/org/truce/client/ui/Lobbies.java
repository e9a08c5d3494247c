package org.truce.client.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.truce.client.model.ClientSettings;
import org.truce.client.net.Connector;
import org.truce.server.TruceServer;

/** A client's lobby on a virtual screen against a real server, as {@code truce join 127.0.0.1:PORT --name NAME} opens it. */
final class Lobbies {
    private Lobbies() {
    }

    /** Opens the lobby with its own settings file; {@code whenConnected} runs once it has connected (e.g. goes to a room). */
    static VirtualScreen open(TruceServer server, Path settings, String name, Consumer<LobbyWindow> whenConnected) throws IOException {
        String addr = "127.0.0.1:" + server.address().getPort();
        return new VirtualScreen(80, 24, app -> {
            app.dialer(Lobbies::quickRetries);
            LobbyWindow lobby = new LobbyWindow(app, new ClientSettings(settings), addr, name);
            app.showMain(lobby);
            lobby.connect(a -> whenConnected.accept(lobby));
        });
    }

    /**
     * TCP, a lost link retried after 1 ms, doubling up to 16 ms: a test whose server restarts waits
     * for the server, never for the real reconnect delays (250 ms doubling up to 5 s).
     */
    static Connector quickRetries(String host, int port) {
        return Connector.tcp(host, port, 1, 16);
    }

    /** Opens the lobby and waits until it says it is connected. */
    static VirtualScreen connected(TruceServer server, Path settings, String name) throws Exception {
        VirtualScreen v = open(server, settings, name, lobby -> { });
        v.waitFor("Connected.", 5000);
        return v;
    }
}
