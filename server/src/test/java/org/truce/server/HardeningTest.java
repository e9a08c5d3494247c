package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Limits, room life cycle, facilitator powers, bots' private answers and a failing disk, over TCP. */
@Timeout(30)
class HardeningTest {
    @TempDir
    Path dir;

    static String create(Wire w, String id, String bots, String extra) throws IOException {
        w.send("{\"type\":\"create_room\",\"id\":\"" + id + "\",\"scenario\":\"test-mini\",\"bots\":{" + bots + "},"
                + "\"turnSeconds\":0,\"voteSeconds\":0,\"seed\":7" + extra + "}");
        JsonObject r = w.reply(id);
        assertThat(Wire.type(r)).as(r.toString()).isEqualTo("room_created");
        return r.get("code").getAsString();
    }

    static JsonObject createFull(Wire w, String bots, String extra) throws IOException {
        w.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{" + bots + "},"
                + "\"turnSeconds\":0,\"voteSeconds\":0,\"seed\":7" + extra + "}");
        return w.reply("c");
    }

    static String join(Wire w, String room, String party) throws IOException {
        w.send("{\"type\":\"join\",\"id\":\"j" + party + "\",\"room\":\"" + room + "\",\"party\":\"" + party + "\"}");
        JsonObject r = w.reply("j" + party);
        assertThat(Wire.type(r)).as(r.toString()).isEqualTo("joined");
        return r.get("seatToken").getAsString();
    }

    static JsonObject listed(Wire w, String id, String room) throws IOException {
        w.send("{\"type\":\"rooms\",\"id\":\"" + id + "\"}");
        for (JsonElement e : w.reply(id).getAsJsonArray("rooms")) {
            if (e.getAsJsonObject().get("code").getAsString().equals(room)) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    @Test
    void createRoomChatAndRequestsAreRateLimitedPingIsNot() throws Exception {
        // the default bursts, refilled too slowly to matter: however slow the machine, no token comes back mid-test
        ServerConfig.Limits l = ServerConfig.Limits.DEFAULT;
        ServerConfig cfg = TestServers.config(dir).withLimits(new ServerConfig.Limits(l.requestBurst(), 1e-6,
                l.sayBurst(), 1e-6, l.createBurst(), 1e6, l.chatPerGame(), l.endedRetentionSeconds(),
                l.lobbyIdleSeconds(), l.roomsListed()));
        try (TruceServer server = TruceServer.start(cfg);
             Wire w = Wire.hello(server.address(), "spammer")) {
            int rooms = ServerConfig.Limits.DEFAULT.createBurst();
            for (int i = 0; i < rooms; i++) {
                create(w, "c" + i, "", "");
            }
            w.send("{\"type\":\"create_room\",\"id\":\"over\",\"scenario\":\"test-mini\"}");
            assertThat(w.error("over")).isEqualTo("rate_limited");
            // chat: five at once, then none (one a second by default)
            String room = create(new Wire(server.address()).send("{\"type\":\"hello\",\"name\":\"o\",\"protocol\":1}"), "x", "", "");
            try (Wire ru = Wire.hello(server.address(), "ru"); Wire ua = Wire.hello(server.address(), "ua")) {
                join(ru, room, "RU");
                join(ua, room, "UA");
                join(Wire.hello(server.address(), "us"), room, "US");
                ua.state(s -> s.get("phase").getAsString().equals("proposing"));
                for (int i = 0; i < 5; i++) {
                    ua.send("{\"type\":\"say\",\"id\":\"s" + i + "\",\"text\":\"line " + i + "\"}");
                    assertThat(Wire.type(ua.reply("s" + i))).isEqualTo("said");
                }
                ua.send("{\"type\":\"say\",\"id\":\"s5\",\"text\":\"one too many\"}");
                assertThat(ua.error("s5")).isEqualTo("rate_limited");
            }
            // every request: twenty at once, then none (five a second by default); ping is exempt
            try (Wire r = Wire.hello(server.address(), "r")) {
                StringBuilder burst = new StringBuilder();
                for (int i = 0; i < 40; i++) {
                    burst.append("{\"type\":\"rooms\",\"id\":\"r").append(i).append("\"}\n");
                }
                r.sendRaw(burst.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                assertThat(Wire.type(r.reply("r0"))).isEqualTo("rooms");
                assertThat(r.error("r39")).isEqualTo("rate_limited");
                r.send("{\"type\":\"ping\",\"id\":\"p\"}");
                assertThat(Wire.type(r.reply("p"))).isEqualTo("pong");
            }
        }
    }

    @Test
    void aGameHasAChatCap() throws Exception {
        ServerConfig.Limits l = ServerConfig.Limits.DEFAULT;
        ServerConfig cfg = TestServers.config(dir).withLimits(new ServerConfig.Limits(l.requestBurst(), l.requestsPerSecond(),
                l.sayBurst(), l.saysPerSecond(), l.createBurst(), l.createEverySeconds(), 3, l.endedRetentionSeconds(),
                l.lobbyIdleSeconds(), l.roomsListed()));
        try (TruceServer server = TruceServer.start(cfg); Wire ua = Wire.hello(server.address(), "ua");
             Wire ru = Wire.hello(server.address(), "ru")) {
            String room = create(ua, "c", "\"US\":\"linear\"", "");
            join(ua, room, "UA");
            join(ru, room, "RU");
            for (int i = 0; i < 3; i++) {
                ua.send("{\"type\":\"say\",\"id\":\"s" + i + "\",\"to\":\"RU\",\"text\":\"hi " + i + "\"}");
                assertThat(Wire.type(ua.reply("s" + i))).isEqualTo("said");
            }
            ua.send("{\"type\":\"say\",\"id\":\"s3\",\"text\":\"more\"}");
            JsonObject e = ua.reply("s3");
            assertThat(e.get("code").getAsString()).isEqualTo("rate_limited");
            assertThat(e.get("message").getAsString()).contains("limit of 3 chat messages");
        }
    }

    @Test
    void endedGamesLeaveMemoryButNotDiskAndIdleLobbiesExpire() throws Exception {
        String[] doneCode = new String[1];
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire w = Wire.hello(server.address(), "w")) {
            String done = create(w, "c", "\"UA\":\"linear\",\"RU\":\"linear\",\"US\":\"linear\"", ",\"rounds\":2");
            doneCode[0] = done;
            w.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + done + "\"}");
            w.reply("sp");
            w.expect("game_over");
            w.send("{\"type\":\"leave\",\"id\":\"l\"}");
            w.reply("l");
            assertThat(listed(w, "r1", done).get("phase").getAsString()).isEqualTo("ended");

            String lobby = create(w, "c2", "", "");
            String token;
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                token = join(ua, lobby, "UA");
                w.send("{\"type\":\"spectate\",\"id\":\"sp2\",\"room\":\"" + lobby + "\"}");
                w.reply("sp2");
            }
            // the watcher sees UA drop: no human is connected from now on
            w.state(s -> !s.getAsJsonArray("seats").get(0).getAsJsonObject().get("connected").getAsBoolean());

            server.rooms().sweep(System.currentTimeMillis() + 31 * 60_000L);
            JsonObject closed = w.until("closed notice", o -> "notice".equals(Wire.type(o)));
            assertThat(closed.get("kind").getAsString()).isEqualTo("closed");
            assertThat(closed.get("text").getAsString()).contains("expired");
            w.send("{\"type\":\"spectate\",\"id\":\"sp3\",\"room\":\"" + done + "\"}");
            assertThat(w.error("sp3")).isEqualTo("unknown_room");
            assertThat(listed(w, "r2", done)).isNull();
            assertThat(listed(w, "r3", lobby)).isNull();
            assertThat(JournalFile.fileFor(dir.resolve("rooms"), done)).exists();
            assertThat(Files.readString(JournalFile.fileFor(dir.resolve("rooms"), lobby))).contains("\"log\":\"closed\"").contains("expired");
            try (Wire back = new Wire(server.address())) {
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
                assertThat(back.error("h")).isEqualTo("bad_token");
            }
        }
        // a closed room is not brought back by a restart (a game that ended recently is, until it is archived again)
        try (TruceServer again = TruceServer.start(TestServers.config(dir))) {
            assertThat(again.rooms().size()).isEqualTo(1);
            assertThat(again.rooms().room(doneCode[0])).isNotNull();
        }
    }

    @Test
    void leavingTheLobbyFreesTheSeatAndRevokesItsToken() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire other = Wire.hello(server.address(), "other")) {
            String room = create(ua, "c", "", "");
            String token = join(ua, room, "UA");
            ua.send("{\"type\":\"leave\",\"id\":\"l\"}");
            assertThat(ua.reply("l").get("text").getAsString()).contains("free again");
            join(other, room, "UA");
            try (Wire back = new Wire(server.address())) {
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
                assertThat(back.error("h")).isEqualTo("bad_token");
            }
            assertThat(Files.readString(JournalFile.fileFor(dir.resolve("rooms"), room))).contains("\"log\":\"unseat\"");
        }
    }

    @Test
    void theFacilitatorFreesAGoneSeatAndClosesTheRoom() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire fac = Wire.hello(server.address(), "fac"); Wire ru = Wire.hello(server.address(), "ru")) {
            JsonObject created = createFull(fac, "\"US\":\"linear\"", "");
            String room = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            String token;
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                token = join(ua, room, "UA");
                join(ru, room, "RU");
                fac.send("{\"type\":\"free_seat\",\"id\":\"f0\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\"" + key + "\"}");
                assertThat(fac.error("f0")).isEqualTo("player_present");
            }
            ru.state(s -> !s.getAsJsonArray("seats").get(0).getAsJsonObject().get("connected").getAsBoolean());
            fac.send("{\"type\":\"free_seat\",\"id\":\"f1\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\"wrong\"}");
            assertThat(fac.error("f1")).isEqualTo("bad_key");
            fac.send("{\"type\":\"free_seat\",\"id\":\"f2\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\"" + key + "\"}");
            assertThat(fac.reply("f2").get("kind").getAsString()).isEqualTo("seat_freed");
            try (Wire back = new Wire(server.address())) {
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
                assertThat(back.error("h")).isEqualTo("bad_token");
            }
            try (Wire newcomer = Wire.hello(server.address(), "new")) {
                join(newcomer, room, "UA");
                fac.send("{\"type\":\"close_room\",\"id\":\"x0\",\"room\":\"" + room + "\",\"facilitatorKey\":\"nope\"}");
                assertThat(fac.error("x0")).isEqualTo("bad_key");
                fac.send("{\"type\":\"close_room\",\"id\":\"x\",\"room\":\"" + room + "\",\"facilitatorKey\":\"" + key + "\"}");
                assertThat(fac.reply("x").get("kind").getAsString()).isEqualTo("closed");
                assertThat(newcomer.until("closed", o -> "notice".equals(Wire.type(o)) && o.get("kind").getAsString().equals("closed"))
                        .get("text").getAsString()).contains("facilitator");
                ru.until("closed", o -> "notice".equals(Wire.type(o)) && o.get("kind").getAsString().equals("closed"));
                newcomer.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
                assertThat(newcomer.error("p")).isEqualTo("not_joined");
            }
            assertThat(listed(fac, "r", room)).isNull();
            assertThat(Files.readString(JournalFile.fileFor(dir.resolve("rooms"), room))).contains("\"reason\":\"facilitator\"");
        }
    }

    @Test
    void aBotAnswersEachPrivateMessageInOtherWordsToTheSenderOnly() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire watcher = Wire.hello(server.address(), "watch")) {
            String room = create(ua, "c", "\"RU\":\"linear\",\"US\":\"linear\"", "");
            watcher.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
            watcher.reply("sp");
            join(ua, room, "UA");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            ua.send("{\"type\":\"say\",\"id\":\"s1\",\"to\":\"RU\",\"text\":\"what do you need?\"}");
            ua.reply("s1");
            JsonObject answer = ua.until("RU's answer", o -> "said".equals(Wire.type(o)) && o.get("from").getAsString().equals("RU"));
            assertThat(answer.get("to").getAsString()).isEqualTo("UA");
            assertThat(answer.get("text").getAsString()).isNotBlank();
            ua.send("{\"type\":\"say\",\"id\":\"s2\",\"to\":\"RU\",\"text\":\"and now?\"}");
            ua.reply("s2");
            // requests are handled in order and a bot's answer is queued before the next one: a marker bounds the wait
            ua.send("{\"type\":\"say\",\"id\":\"s3\",\"to\":\"US\",\"text\":\"marker\"}");
            ua.reply("s3");
            ua.until("US's answer", o -> "said".equals(Wire.type(o)) && o.get("from").getAsString().equals("US"));
            java.util.List<String> fromRu = ua.transcript.stream().filter(l -> l.contains("\"from\":\"RU\"") && l.contains("\"to\":\"UA\""))
                    .map(l -> com.google.gson.JsonParser.parseString(l).getAsJsonObject().get("text").getAsString()).toList();
            assertThat(fromRu).as("each question answered, never twice in the same words").hasSize(2).doesNotHaveDuplicates();
            watcher.send("{\"type\":\"ping\",\"id\":\"end\"}");
            watcher.reply("end");
            assertThat(watcher.all()).doesNotContain("\"to\":\"UA\"").doesNotContain(answer.get("text").getAsString());
        }
    }

    /** A JournalFile whose writes fail once {@code failing} is set. */
    static final class FlakyJournal extends JournalFile {
        final AtomicBoolean failing;

        FlakyJournal(Path file, AtomicBoolean failing) throws IOException {
            super(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
            this.failing = failing;
        }

        @Override
        void write(ByteBuffer buf) throws IOException {
            if (failing.get()) {
                throw new IOException("simulated: no space left on /secret/path");
            }
            super.write(buf);
        }
    }

    @Test
    void aRoomWhoseJournalCannotBeWrittenNeverShowsUnrecordedMoves() throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru")) {
            server.rooms().journalOpener = f -> new FlakyJournal(f, failing);
            String room = create(ua, "c", "\"US\":\"linear\"", "");
            join(ua, room, "UA");
            join(ru, room, "RU");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            failing.set(true);
            ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
            JsonObject e = ua.reply("p");
            assertThat(e.get("code").getAsString()).isEqualTo("server_error");
            assertThat(e.get("message").getAsString()).doesNotContain("/secret");
            try (Wire spy = Wire.hello(server.address(), "spy")) {
                spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
                spy.reply("sp");
                JsonObject st = spy.expect("state");
                assertThat(st.get("phase").getAsString()).isEqualTo("proposing");
                assertThat(st.has("draft")).isFalse();
            }
            assertThat(ru.all()).doesNotContain("\"phase\":\"voting\"");
        }
    }

    @Test
    void aTimeoutThatCannotBeRecordedIsNotAnnounced() throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(TestServers.config(dir), time, time);
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru")) {
            server.rooms().journalOpener = f -> new FlakyJournal(f, failing);
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"turnSeconds\":60,\"voteSeconds\":0,\"seed\":7}");
            String room = ua.reply("c").get("code").getAsString();
            join(ua, room, "UA");
            join(ru, room, "RU");
            ru.state(s -> s.get("phase").getAsString().equals("proposing") && s.has("deadline"));
            failing.set(true); // UA does not table: the clock's timeout is the next write, and it fails
            time.advance(60_000);
            ru.until("server_error notice", o -> "notice".equals(Wire.type(o)) && o.get("kind").getAsString().equals("server_error"));
            assertThat(ru.all()).doesNotContain("\"kind\":\"timeout\"");
        }
    }
}
