package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;

/**
 * The lobby's room list is reached with the arrows, from the fields above and the buttons below,
 * not only by Tab; an empty "Join by code" says what it wants instead of doing nothing.
 */
class LobbyFocusTest {
    private static final Pattern ROOM_LINE = Pattern.compile("(?m)^ *▶? *([A-Z0-9]{5})  The Paris summit");

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void theArrowsReachTheRoomListFromTheFieldsAndFromTheButtons() throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")));
             VirtualScreen ana = Lobbies.connected(server, tmp.resolve("ana.properties"), "Ana");
             VirtualScreen bo = Lobbies.connected(server, tmp.resolve("bo.properties"), "Bo")) {
            for (int i = 0; i < 2; i++) {
                ana.key(KeyType.F2);
                ana.waitFor("Seconds to write a draft"); // the dialog: the lobby's button says "Create a room" too
                ana.key(KeyType.Enter);
                ana.waitFor("FREE", 5000);
                ana.key(KeyType.Escape).waitFor("TRUCE · Lobby");
            }
            bo.key(KeyType.F5);
            String s = bo.waitFor("Connected. 2 room(s).", 5000);
            assertThat(s).contains("↑↓ Tab Move");
            List<String> codes = new ArrayList<>();
            Matcher m = ROOM_LINE.matcher(s);
            while (m.find()) {
                codes.add(m.group(1));
            }
            assertThat(codes).hasSize(2);

            // Server → Your name → Room code → the list's first room
            bo.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.Enter);
            bo.waitFor("TRUCE · Room " + codes.get(0), 5000);
            bo.key(KeyType.Escape).waitFor("TRUCE · Lobby");
            // the list's second room, then the Create a room button below the list; ↑ comes back to the list
            bo.key(KeyType.ArrowDown).key(KeyType.ArrowDown);
            bo.waitUntil("the Create button focused", t -> bo.app().main().getFocusedInteractable()
                    instanceof com.googlecode.lanterna.gui2.Button, 5000);
            bo.key(KeyType.ArrowUp).key(KeyType.Enter);
            bo.waitFor("TRUCE · Room " + codes.get(1), 5000);
        }
    }

    @Test
    @Timeout(30)
    void anEmptyJoinByCodeSaysWhatItWants() throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")));
             VirtualScreen v = Lobbies.connected(server, tmp.resolve("v.properties"), "Ana")) {
            v.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab); // server → Connect → name → Room code
            v.key(KeyType.Enter);
            assertThat(v.waitFor("Type a room code")).contains("choose a room in the list");
            v.key(KeyType.Escape).waitForGone("Type a room code", 5000);
            v.key(KeyType.Tab).key(KeyType.Enter); // the Join by code button, the field still empty
            v.waitFor("Type a room code");
            v.key(KeyType.Escape).waitForGone("Type a room code", 5000);
            assertThat(v.text()).contains("TRUCE · Lobby");
        }
    }
}
