package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
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
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;

/**
 * Issue 7, shared lab account: without {@code --name} the client's name is the one saved last
 * (Ana's, after Ana played). A saved seat is resumed at once only under a name given for this run
 * ({@code --name}, or typed in the lobby); under the saved name alone the player is asked first,
 * and N leaves the seat as it is. Against a real server, on the headless terminal.
 */
class SavedNameSeatTest {
    @TempDir
    Path tmp;

    private static String createRoom(RawClient t) throws Exception {
        Map<String, String> bots = Map.of("US", "default", "FR", "default", "UK", "default", "DE", "default");
        t.send(new ClientMessage.CreateRoom("paris-summit", bots, 4, 0, 0, "normal", 5L, 0));
        return t.until("\"room_created\"").replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
    }

    /** {@code truce join ADDR [--name NAME] [--room CODE [--party P]]}, as JoinCommand builds it. */
    private static VirtualScreen join(TruceServer server, Path settings, String name, String room, String party) throws Exception {
        String addr = "127.0.0.1:" + server.address().getPort();
        return new VirtualScreen(80, 24, app -> {
            LobbyWindow lobby = new LobbyWindow(app, new ClientSettings(settings), addr, name);
            app.showMain(lobby);
            lobby.connect(a -> {
                if (room != null) {
                    lobby.goToRoom(room, party);
                }
            });
        });
    }

    private TruceServer start() throws Exception {
        return TruceServer.start(ServerConfig.loopback(tmp.resolve("data")).withPort(0).withBotDelayMs(0)
                .withTurnSeconds(0).withVoteSeconds(0));
    }

    /** Ana takes Ukraine with {@code --name Ana} and closes her client: the file holds name=Ana and her token. */
    private static void anaPlaysAndLeaves(TruceServer server, RawClient teacher, Path shared, String room) throws Exception {
        try (VirtualScreen ana = join(server, shared, "Ana", room, null)) {
            ana.waitFor("Ukraine         FREE", 5000);
            ana.key(KeyType.Enter);
            ana.waitFor("Ukraine (you)", 5000);
        }
        teacher.awaitAway(room, "UA");
        assertThat(new ClientSettings(shared).get("name", null)).isEqualTo("Ana");
    }

    /** What a test does once Ana has played in the teacher's room and left. */
    @FunctionalInterface
    private interface AfterAnaLeft {
        void run(TruceServer server, RawClient teacher, Path shared, String room) throws Exception;
    }

    /** A server, the teacher's room, Ana played in it and left (one shared settings file): then {@code then}. */
    private void afterAnaLeft(AfterAnaLeft then) throws Exception {
        Path shared = tmp.resolve("shared/client.properties");
        try (TruceServer server = start(); RawClient teacher = new RawClient(server)) {
            String room = createRoom(teacher);
            anaPlaysAndLeaves(server, teacher, shared, room);
            then.run(server, teacher, shared, room);
        }
    }

    @Test
    @Timeout(60)
    void underTheSavedNameAloneTheSeatIsResumedOnlyAfterAskingAndNLeavesItAlone() throws Exception {
        afterAnaLeft((server, teacher, shared, room) -> {
            // Ben, same account: `join HOST --room R --party UA`, no --name: asked, on a clear screen
            try (VirtualScreen ben = join(server, shared, null, room, "UA")) {
                String s = ben.waitFor("Return to Ukraine's seat in room " + room + " as Ana?", 5000);
                assertThat(s).contains("This computer last played as Ana").contains("Y Return as Ana")
                        .contains("N Choose another name").doesNotContain("(you)").doesNotContain("Choose your seat");
                ben.key('n');
                s = ben.waitFor("Type your own name", 5000);
                assertThat(s).contains("TRUCE · Lobby");
                assertThat(ben.app().model().seatToken()).isNull();
                // a round trip on Ben's link after N: anything sent before it has been handled by now
                int seen = ben.app().navigator().roomsSeen();
                ben.key(KeyType.F5);
                ben.waitUntil("a fresh room list", t -> ben.app().navigator().roomsSeen() > seen, 5000);
                ServerParts.Seat ua = teacher.seat(room, "UA");
                assertThat(ua.name()).isEqualTo("Ana");
                assertThat(ua.connected()).as("Ana's seat not resumed").isFalse();

                // the name field has the focus and the code is filled in: Ben types his name and goes on
                for (int i = 0; i < 3; i++) {
                    ben.key(KeyType.Backspace);
                }
                ben.type("Ben").key(KeyType.Tab).key(KeyType.Enter);
                s = ben.waitFor("Ukraine         Ana (away)", 5000);
                assertThat(s).contains("▶ Russia          FREE").doesNotContain("Return to");
                ben.key(KeyType.Enter);
                ben.waitFor("Russia (you)", 5000);
            }
            assertThat(teacher.seat(room, "UA").connected()).isFalse();

            // Ana herself, no --name: asked, Y takes her back to her seat
            try (VirtualScreen ana = join(server, shared, null, room, null)) {
                // Ben's name is the one saved last now: the question names him, and his token is for Russia
                ana.waitFor("Return to Russia's seat in room " + room + " as Ben?", 5000);
                ana.key('n');
                ana.waitFor("Type your own name", 5000);
                for (int i = 0; i < 3; i++) {
                    ana.key(KeyType.Backspace);
                }
                ana.type("Ana").key(KeyType.Tab).key(KeyType.Enter);
                // typed this run: straight back in
                ana.waitFor("Ukraine (you)", 5000);
            }
        });
    }

    @Test
    @Timeout(60)
    void yesOnTheQuestionResumesTheSeat() throws Exception {
        afterAnaLeft((server, teacher, shared, room) -> {
            try (VirtualScreen ana = join(server, shared, null, room, null)) {
                ana.waitFor("Return to Ukraine's seat in room " + room + " as Ana?", 5000);
                ana.key('y');
                ana.waitFor("Ukraine (you)", 5000);
                // the lobby's list catches up with the room just after the seat's state goes out: ask until it has
                assertThat(teacher.awaitSeat(room, "UA", ServerParts.Seat::connected, 5000).connected()).isTrue();
            }
        });
    }

    @Test
    @Timeout(60)
    void withNameGivenTheSeatIsResumedAtOnce() throws Exception {
        afterAnaLeft((server, teacher, shared, room) -> {
            try (VirtualScreen ana = join(server, shared, "Ana", room, null)) {
                String s = ana.waitFor("Ukraine (you)", 5000);
                assertThat(s).doesNotContain("Return to");
                assertThat(ana.app().main()).isInstanceOf(TableWindow.class);
            }
        });
    }

    @Test
    @Timeout(60)
    void aNameTypedInTheLobbyThisRunResumesAtOnce() throws Exception {
        afterAnaLeft((server, teacher, shared, room) -> {
            try (VirtualScreen ana = join(server, shared, null, null, null)) {
                ana.waitFor("Connected.", 5000);
                // server field, Connect, then the name field: Ana types her name again, then the room's code
                ana.key(KeyType.Tab).key(KeyType.Tab);
                for (int i = 0; i < 3; i++) {
                    ana.key(KeyType.Backspace);
                }
                ana.type("Ana").key(KeyType.Tab).type(room).key(KeyType.Enter);
                String s = ana.waitFor("Ukraine (you)", 5000);
                assertThat(s).doesNotContain("Return to");
            }
        });
    }

    @Test
    @Timeout(60)
    void choosingTheSavedSeatByHandUnderTheSavedNameAsksToo() throws Exception {
        afterAnaLeft((server, teacher, shared, room) -> {
            // Ana holds two seats in the room (her client's and a script's): no seat is resumed on its own, she picks one
            try (RawClient script = new RawClient(server, "Rex")) {
                script.send(new ClientMessage.Join(room, "RU"));
                ServerMessage.Joined j = (ServerMessage.Joined) ProtocolCodec.decodeServer(script.until("\"joined\"")).message();
                new org.truce.client.model.SeatTokens(new ClientSettings(shared), "127.0.0.1:" + server.address().getPort(),
                        () -> "Ana").store(room, "RU", j.seatToken());
            }
            teacher.awaitAway(room, "RU");
            try (VirtualScreen v = join(server, shared, null, room, null)) {
                v.waitFor("▶ Ukraine         Ana (away)", 5000);
                v.key(KeyType.Enter);
                v.waitFor("Return to Ukraine's seat in room " + room + " as Ana?", 5000);
                v.key(KeyType.Escape);
                v.waitFor("Type your own name", 5000);
                assertThat(teacher.seat(room, "UA").connected()).isFalse();
            }
        });
    }
}
