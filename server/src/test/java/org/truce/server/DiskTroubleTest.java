package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A full disk: no empty journal stays behind, and paused rooms go on once writes work again. */
@Timeout(30)
class DiskTroubleTest {
    @TempDir
    Path dir;

    private static final String PROPOSE = "{\"type\":\"propose\",\"id\":\"%s\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}";

    private static long files(Path roomsDir, String glob) throws IOException {
        try (Stream<Path> s = Files.list(roomsDir)) {
            return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).count();
        }
    }

    @Test
    void aRoomWhoseSetUpCannotBeWrittenLeavesNoFileBehind() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        try (TruceServer server = TruceServer.start(TestServers.config(dir)); Wire w = Wire.hello(server.address(), "t")) {
            server.rooms().journalOpener = f -> new HardeningTest.FlakyJournal(f, failing);
            JsonObject r = HardeningTest.createFull(w, "", "");
            assertThat(r.get("code").getAsString()).isEqualTo("server_error");
            assertThat(files(server.rooms().roomsDir(), "*.jsonl")).isZero();
        }
        try (TruceServer again = TruceServer.start(TestServers.config(dir))) {
            assertThat(files(again.rooms().roomsDir(), "*.corrupt")).isZero();
        }
    }

    @Test
    void anEmptyJournalLeftByAnOlderServerIsRemovedNotQuarantined() throws Exception {
        Path rooms = dir.resolve("rooms");
        Files.createDirectories(rooms);
        Files.createFile(rooms.resolve("ABCDE.jsonl"));
        try (TruceServer server = TruceServer.start(TestServers.config(dir))) {
            assertThat(files(rooms, "*")).isZero();
            assertThat(server.rooms().size()).isZero();
        }
    }

    /**
     * Seats {@code ua} and {@code ru} in a new room whose journal fails while {@code failing} is set,
     * then sets it: UA's first proposal cannot be written and the room pauses.
     */
    private static void pausedAtFirstProposal(TruceServer server, AtomicBoolean failing, Wire ua, Wire ru) throws IOException {
        server.rooms().journalOpener = f -> new HardeningTest.FlakyJournal(f, failing);
        String room = HardeningTest.create(ua, "c", "\"US\":\"linear\"", "");
        HardeningTest.join(ua, room, "UA");
        HardeningTest.join(ru, room, "RU");
        ua.state(s -> s.get("phase").getAsString().equals("proposing"));
        failing.set(true);
        ua.send(String.format(PROPOSE, "p1"));
        assertThat(ua.error("p1")).isEqualTo("server_error");
    }

    @Test
    void aPausedRoomGoesOnByItselfOnceTheDiskTakesWritesAgain() throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru")) {
            pausedAtFirstProposal(server, failing, ua, ru);
            server.rooms().sweep(System.currentTimeMillis()); // still full: stays paused, says nothing
            ua.send(String.format(PROPOSE, "p2"));
            assertThat(ua.error("p2")).isEqualTo("server_error");
            failing.set(false);
            server.rooms().sweep(System.currentTimeMillis()); // the clock's sweep retries the journal
            ru.until("resumed notice", o -> "notice".equals(Wire.type(o)) && o.get("kind").getAsString().equals("resumed"));
            assertThat(ru.all()).containsOnlyOnce("\"kind\":\"resumed\"");
            ua.send(String.format(PROPOSE, "p3"));
            assertThat(Wire.type(ua.reply("p3"))).isEqualTo("state");
            ru.state(s -> s.get("phase").getAsString().equals("voting"));
        }
    }

    @Test
    void aPausedRoomGoesOnAtTheNextMoveOnceTheDiskTakesWritesAgain() throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru")) {
            pausedAtFirstProposal(server, failing, ua, ru);
            failing.set(false);
            ua.send(String.format(PROPOSE, "p2"));
            assertThat(Wire.type(ua.reply("p2"))).isEqualTo("state");
            ru.state(s -> s.get("phase").getAsString().equals("voting"));
        }
        // what was played after the pause survives a restart
        try (TruceServer again = TruceServer.start(TestServers.config(dir))) {
            String code = again.rooms().summariesForTest().get(0);
            assertThat(again.rooms().room(code).summary().phase()).isEqualTo("voting");
        }
    }
}
