package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Limits that hold across reconnections, for the whole server, and with few file descriptors. */
@Timeout(60)
class AddressLimitsTest {
    @TempDir
    Path dir;

    private static final String ALL_BOTS = "\"UA\":\"linear\",\"RU\":\"linear\",\"US\":\"linear\"";

    private ServerConfig config(int lobbiesPerAddress, int serverCreateBurst, int badSecretBurst, int createBurst) {
        return config(lobbiesPerAddress, serverCreateBurst, badSecretBurst, createBurst, 256);
    }

    private ServerConfig config(int lobbiesPerAddress, int serverCreateBurst, int badSecretBurst, int createBurst,
                                int connectionsPerAddress) {
        ServerConfig.Limits d = ServerConfig.Limits.DEFAULT;
        // rooms refill too slowly to matter (1e6 s): counts hold however slow the machine is
        ServerConfig.Limits l = new ServerConfig.Limits(d.requestBurst(), d.requestsPerSecond(), d.sayBurst(), d.saysPerSecond(),
                createBurst, 1e6, d.chatPerGame(), d.endedRetentionSeconds(), d.lobbyIdleSeconds(), d.roomsListed())
                .withAddressLimits(lobbiesPerAddress, serverCreateBurst, 1e-6, badSecretBurst, 1e-6, 1_000, 20,
                        connectionsPerAddress);
        return TestServers.config(dir).withLimits(l);
    }

    private static JsonObject createOn(TruceServer server, String bots) throws IOException {
        try (Wire w = Wire.hello(server.address(), "t")) {
            return HardeningTest.createFull(w, bots, "");
        }
    }

    @Test
    void reconnectingDoesNotResetTheRoomLimits() throws Exception {
        try (TruceServer server = TruceServer.start(config(3, 1_000, 10, 12))) {
            for (int i = 0; i < 3; i++) {
                assertThat(Wire.type(createOn(server, ""))).isEqualTo("room_created");
            }
            JsonObject over = createOn(server, ""); // a fresh connection, as a script would reconnect
            assertThat(over.get("code").getAsString()).isEqualTo("rate_limited");
            assertThat(over.get("message").getAsString()).contains("3 rooms waiting in the lobby");
            // games under way are not lobbies; but the address's creation rate holds: 2 × 12 attempts
            // at once (the refused one above counted)
            int made = 3;
            JsonObject r;
            while (Wire.type(r = createOn(server, ALL_BOTS)).equals("room_created")) {
                made++;
            }
            assertThat(made + 1).isEqualTo(24);
            assertThat(r.get("code").getAsString()).isEqualTo("rate_limited");
            assertThat(r.get("message").getAsString()).contains("from your address");
        }
    }

    @Test
    void oneAddressCannotHoldEveryConnection() throws Exception {
        try (TruceServer server = TruceServer.start(config(50, 1_000, 10, 12, 3));
             Wire a = Wire.hello(server.address(), "a"); Wire b = Wire.hello(server.address(), "b")) {
            Wire c = Wire.hello(server.address(), "c");
            try (Wire d = new Wire(server.address())) {
                JsonObject refused = d.expect("error");
                assertThat(refused.get("code").getAsString()).isEqualTo("rate_limited");
                assertThat(refused.get("message").getAsString()).contains("too many connections from your address (at most 3");
                assertThat(d.closedByServer(Wire.TIMEOUT)).isTrue();
            }
            c.close();
            // the closed one's place is free again (the server notices the close asynchronously)
            JsonObject answer = null;
            while (answer == null || "error".equals(Wire.type(answer))) {
                try (Wire e = new Wire(server.address())) {
                    e.send("{\"type\":\"ping\",\"id\":\"p\"}");
                    answer = e.until("an answer", o -> true);
                }
            }
            assertThat(Wire.type(answer)).isEqualTo("pong");
            a.send("{\"type\":\"ping\",\"id\":\"p\"}");
            assertThat(Wire.type(a.reply("p"))).isEqualTo("pong");
        }
    }

    @Test
    void aTrustedAddressIsExemptFromTheAddressLimits() throws Exception {
        ServerConfig cfg = config(1, 1, 10, 12, 1);
        cfg = cfg.withLimits(cfg.limits().withTrusted(java.util.List.of("127.0.0.1")));
        try (TruceServer server = TruceServer.start(cfg); Wire a = Wire.hello(server.address(), "a")) {
            for (int i = 0; i < 3; i++) {
                assertThat(Wire.type(createOn(server, ""))).isEqualTo("room_created"); // a second connection, lobbies
            }
        }
    }

    @Test
    void theServerAsAWholeCreatesOnlySoManyRoomsAtOnce() throws Exception {
        try (TruceServer server = TruceServer.start(config(100, 5, 10, 100))) {
            for (int i = 0; i < 5; i++) {
                assertThat(Wire.type(createOn(server, ALL_BOTS))).isEqualTo("room_created");
            }
            JsonObject over = createOn(server, ALL_BOTS);
            assertThat(over.get("code").getAsString()).isEqualTo("rate_limited");
            assertThat(over.get("message").getAsString()).contains("on this server");
        }
    }

    @Test
    void wrongTokensAndKeysAreThrottledPerAddressEvenOnFreshConnections() throws Exception {
        try (TruceServer server = TruceServer.start(config(50, 1_000, 3, 12))) {
            String room;
            String token;
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                room = HardeningTest.create(ua, "c", "", "");
                token = HardeningTest.join(ua, room, "UA");
            }
            for (int i = 0; i < 2; i++) {
                try (Wire g = new Wire(server.address())) {
                    g.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"g\",\"protocol\":1,\"resume\":\"guess" + i + "\"}");
                    assertThat(g.error("h")).isEqualTo("bad_token");
                }
            }
            try (Wire g = Wire.hello(server.address(), "g")) { // a wrong facilitator key counts too
                g.send("{\"type\":\"close_room\",\"id\":\"k\",\"room\":\"" + room + "\",\"facilitatorKey\":\"guess\"}");
                assertThat(g.error("k")).isEqualTo("bad_key");
                g.send("{\"type\":\"close_room\",\"id\":\"k2\",\"room\":\"" + room + "\",\"facilitatorKey\":\"guess\"}");
                assertThat(g.error("k2")).isEqualTo("rate_limited");
            }
            try (Wire g = new Wire(server.address())) {
                // refused before it is checked, even the right one: guessing cannot go on
                g.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"g\",\"protocol\":1,\"resume\":\"" + token + "\"}");
                assertThat(g.error("h")).isEqualTo("rate_limited");
            }
        }
    }

    @Test
    void gamesInProgressAreListedFirstSoLobbiesCannotHideThem() throws Exception {
        ServerConfig.Limits d = ServerConfig.Limits.DEFAULT;
        ServerConfig.Limits two = new ServerConfig.Limits(d.requestBurst(), d.requestsPerSecond(), d.sayBurst(),
                d.saysPerSecond(), d.createBurst(), d.createEverySeconds(), d.chatPerGame(), d.endedRetentionSeconds(),
                d.lobbyIdleSeconds(), 2);
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withLimits(two));
             Wire w = Wire.hello(server.address(), "t")) {
            HardeningTest.create(w, "a", "", "");
            HardeningTest.create(w, "b", "", "");
            String game = HardeningTest.create(w, "g", ALL_BOTS, ",\"botDelayMs\":60000");
            HardeningTest.create(w, "d", "", "");
            w.send("{\"type\":\"rooms\",\"id\":\"r\"}");
            JsonArray listed = w.reply("r").getAsJsonArray("rooms");
            assertThat(listed).hasSize(2);
            assertThat(listed.get(0).getAsJsonObject().get("code").getAsString()).isEqualTo(game);
            assertThat(listed.get(1).getAsJsonObject().get("phase").getAsString()).isEqualTo("lobby");
        }
    }

    private static List<String> openFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    out.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        return out;
    }

    @Test
    void anIdleLobbyKeepsNoFileOpenAndAFailingOpenGetsAClearReply() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        try (TruceServer server = TruceServer.start(TestServers.config(dir)); Wire w = Wire.hello(server.address(), "t")) {
            String lobby = HardeningTest.create(w, "a", "", "");
            HardeningTest.join(w, lobby, "UA");
            String file = server.rooms().roomsDir().resolve(lobby + ".jsonl").toAbsolutePath().toString();
            assertThat(openFiles()).doesNotContain(file);

            // out of file descriptors: the journal cannot be opened; the reply says so and the server goes on
            Rooms.JournalOpener real = server.rooms().journalOpener;
            server.rooms().journalOpener = f -> {
                throw new IOException("Too many open files");
            };
            try (Wire other = Wire.hello(server.address(), "o")) {
                JsonObject refused = HardeningTest.createFull(other, "", "");
                assertThat(refused.get("code").getAsString()).isEqualTo("server_error");
                assertThat(refused.get("message").getAsString()).isEqualTo("the server cannot record the room; try again later");
                other.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + lobby + "\",\"party\":\"RU\"}");
                assertThat(other.error("j")).isEqualTo("server_error");
                other.send("{\"type\":\"ping\",\"id\":\"p\"}");
                assertThat(Wire.type(other.reply("p"))).isEqualTo("pong");
                server.rooms().journalOpener = real;
                other.send("{\"type\":\"join\",\"id\":\"j2\",\"room\":\"" + lobby + "\",\"party\":\"RU\"}");
                assertThat(Wire.type(other.reply("j2"))).isEqualTo("joined");
            }
            try (Stream<Path> s = Files.list(server.rooms().roomsDir())) {
                assertThat(s.count()).as("the refused room left no file").isEqualTo(1);
            }
        }
    }
}
