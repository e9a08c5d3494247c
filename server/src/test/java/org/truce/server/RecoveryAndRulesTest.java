package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Engine refusals over the wire, recovery through real restarts, fair bots, slow readers. */
@Timeout(30)
class RecoveryAndRulesTest {
    @TempDir
    Path dir;

    @Test
    void alreadyVotedGameOverAndBadTextOverTheProtocol() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru");
             Wire us = Wire.hello(server.address(), "us")) {
            String room = HardeningTest.create(ua, "c", "", ",\"rounds\":1");
            HardeningTest.join(ua, room, "UA");
            HardeningTest.join(ru, room, "RU");
            HardeningTest.join(us, room, "US");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            ua.send("{\"type\":\"say\",\"id\":\"t1\",\"text\":\"" + "x".repeat(501) + "\"}");
            assertThat(ua.error("t1")).isEqualTo("bad_text");
            ua.send("{\"type\":\"say\",\"id\":\"t2\",\"text\":\"bell\\u0007ring\"}");
            assertThat(ua.error("t2")).isEqualTo("bad_text");
            ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
            ua.reply("p");
            ru.send("{\"type\":\"vote\",\"id\":\"v1\",\"round\":1,\"accept\":true}");
            ru.reply("v1");
            ru.send("{\"type\":\"vote\",\"id\":\"v2\",\"round\":1,\"accept\":false}");
            assertThat(ru.error("v2")).isEqualTo("already_voted");
            us.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":false}");
            us.reply("v");
            ru.expect("game_over");
            ru.send("{\"type\":\"propose\",\"id\":\"late\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
            assertThat(ru.error("late")).isEqualTo("game_over");
        }
    }

    @Test
    void privateChatAndATornLastLineSurviveARealRestart() throws Exception {
        String room;
        String uaToken;
        Path file;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru")) {
            room = HardeningTest.create(ua, "c", "\"US\":\"linear\"", "");
            uaToken = HardeningTest.join(ua, room, "UA");
            HardeningTest.join(ru, room, "RU");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            ru.send("{\"type\":\"say\",\"id\":\"s\",\"to\":\"UA\",\"text\":\"between us\"}");
            ru.reply("s");
            ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            ua.reply("p");
            file = JournalFile.fileFor(dir.resolve("rooms"), room);
        }
        long good = Files.size(file);
        Files.writeString(file, "{\"log\":\"events\",\"events\":[{\"type\":\"voted\",\"rou", StandardOpenOption.APPEND);
        // a file with a complete line from a newer version, and one whose set-up names another room
        Path future = dir.resolve("rooms").resolve("FUTUR.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.writeString(future, lines.get(0).replace(room, "FUTUR") + "\n{\"log\":\"hologram\"}\n");
        Path misnamed = dir.resolve("rooms").resolve("OTHER.jsonl");
        Files.writeString(misnamed, lines.get(0) + "\n");
        long misnamedSize = Files.size(misnamed);

        try (TruceServer again = TruceServer.start(TestServers.config(dir));
             Wire back = new Wire(again.address())) {
            assertThat(Files.size(file)).as("torn line cut off").isEqualTo(good);
            assertThat(future).doesNotExist();
            assertThat(dir.resolve("rooms").resolve("FUTUR.jsonl.corrupt")).exists();
            assertThat(again.rooms().room("FUTUR")).isNull();
            assertThat(dir.resolve("rooms").resolve("OTHER.jsonl.corrupt")).exists().hasSize(misnamedSize);
            back.send("{\"type\":\"hello\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + uaToken + "\"}");
            back.expect("joined");
            JsonObject said = back.expect("said");
            assertThat(said.get("text").getAsString()).isEqualTo("between us");
            assertThat(said.get("to").getAsString()).isEqualTo("UA");
            JsonObject st = back.state(s -> true);
            assertThat(st.get("phase").getAsString()).isEqualTo("voting");
        }
    }

    @Test
    void anAllBotRoomPlaysOneMovePerPoolTask() throws Exception {
        ServerConfig cfg = TestServers.config(dir);
        RoomFixture.HandPool pool = new RoomFixture.HandPool();
        Rooms rooms = new Rooms(cfg, ScenarioCatalog.load(cfg), pool);
        EmbeddedChannel ch = new EmbeddedChannel(new TruceChannelInitializer(rooms, null, cfg));
        try {
            ch.writeInbound(Unpooled.copiedBuffer("{\"type\":\"hello\",\"name\":\"h\",\"protocol\":1}\n"
                    + "{\"type\":\"create_room\",\"scenario\":\"test-mini\",\"rounds\":50,\"seed\":3,\"botDelayMs\":0,"
                    + "\"bots\":{\"UA\":\"boulware\",\"RU\":\"boulware\",\"US\":\"boulware\"}}\n", StandardCharsets.UTF_8));
            Room room = null;
            int maxPerTask = 0;
            int tasks = 0;
            while (room == null || !room.isOver()) {
                Runnable t = pool.tasks.poll(5, TimeUnit.SECONDS);
                assertThat(t).as("the room makes progress").isNotNull();
                int before = room == null ? 0 : room.game.events().size();
                t.run();
                tasks++;
                if (room == null && rooms.size() == 1) {
                    room = rooms.room(rooms.summariesForTest().get(0));
                }
                if (room != null) {
                    maxPerTask = Math.max(maxPerTask, room.game.events().size() - before);
                }
            }
            // one move (with its chat line and the round's end) per task, never a whole game
            assertThat(room.game.events().size()).isGreaterThan(10);
            assertThat(maxPerTask).isLessThanOrEqualTo(5);
        } finally {
            ch.finishAndReleaseAll();
            pool.runAtOnce();
            rooms.shutdown(1000);
        }
    }

    @Test
    void aDirectStateReplyDropsAnOlderStateKeptForASlowReader() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Session s = new Session(ch, 1);
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        assertThat(ch.isWritable()).isFalse();
        s.sendState(Unpooled.copiedBuffer("{\"state\":1}\n", StandardCharsets.UTF_8));
        s.writeState(Unpooled.copiedBuffer("{\"state\":2}\n", StandardCharsets.UTF_8));
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        s.writable();
        List<String> out = new ArrayList<>();
        for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
            out.add(b.toString(StandardCharsets.UTF_8));
            b.release();
        }
        assertThat(out).containsExactly("{\"state\":2}\n");
        ch.finishAndReleaseAll();
    }

    @Test
    void aTeacherWhoReadsSlowlyGetsOnlyTheNewestClassStateAndARoomStateStillComes() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Session s = new Session(ch, 1);
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        for (int i = 1; i <= 50; i++) { // a busy class: many pushes while the socket is full
            s.sendClassState(Unpooled.copiedBuffer("{\"class_state\":" + i + "}\n", StandardCharsets.UTF_8));
        }
        s.sendState(Unpooled.copiedBuffer("{\"state\":1}\n", StandardCharsets.UTF_8));
        assertThat((Object) ch.readOutbound()).isNull();
        ch.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        s.writable();
        List<String> out = new ArrayList<>();
        for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
            out.add(b.toString(StandardCharsets.UTF_8));
            b.release();
        }
        assertThat(out).containsExactly("{\"state\":1}\n", "{\"class_state\":50}\n");
        assertThat(ch.isActive()).as("never cut off for it").isTrue();
        ch.finishAndReleaseAll();
    }
}
