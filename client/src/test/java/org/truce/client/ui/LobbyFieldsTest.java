package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;

/** The lobby's fields edit whole characters too: Backspace after an emoji takes all of it. */
class LobbyFieldsTest {
    private static final String THUMB = "\uD83D\uDC4D";

    @TempDir
    Path tmp;

    @Test
    @Timeout(30)
    void backspaceInTheNameFieldTakesTheWholeEmojiAndTheServerTakesTheName() throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")));
             VirtualScreen v = new VirtualScreen(80, 24, app -> {
                 String addr = server.address().getHostString() + ":" + server.address().getPort();
                 LobbyWindow lobby = new LobbyWindow(app, new ClientSettings(tmp.resolve("client.properties")), addr, "Ana");
                 app.showMain(lobby);
                 lobby.connect(a -> { });
             })) {
            v.waitFor("Connected.", 5000);
            v.key(KeyType.Tab).key(KeyType.Tab); // server → Connect → your name (caret after "Ana")
            v.type(THUMB + THUMB).key(KeyType.Backspace).key(KeyType.Enter);
            // Enter in the name field takes the name typed: a whole emoji less, no half left behind
            v.waitUntil("the name taken", t -> ("Ana" + THUMB).equals(v.app().name()), 5000);
            assertThat(v.app().name()).isEqualTo("Ana" + THUMB);
        }
    }
}
