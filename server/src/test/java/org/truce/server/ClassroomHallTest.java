package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hall's side of a teacher's requests on hand-driven rooms: a room in the hall before its
 * set-up is on disk takes no request, a teacher's rooms do not count against its address, a
 * teacher's welcome always says so, and a room that fails mid-request still answers the teacher.
 */
@Timeout(30)
class ClassroomHallTest {
    static final String KEY = TeacherConsoleTest.KEY;

    @TempDir
    Path dir;

    private static RoomFixture fixture(Path dir) throws IOException {
        return new RoomFixture(dir, c -> c.withTeacherKey(KEY));
    }

    /** A connection greeted with the teacher key (its welcome and first class_state read). */
    static RoomFixture.Player teacher(RoomFixture f) {
        RoomFixture.Player t = f.open();
        t.send("{\"type\":\"hello\",\"id\":\"t\",\"name\":\"Ms T\",\"protocol\":1,\"teacherKey\":\"" + KEY + "\"}");
        assertThat(t.expect("welcome").get("facilitator").getAsBoolean()).isTrue();
        t.expect("class_state");
        return t;
    }

    /** A room as create_rooms puts it in the hall: listed, its set-up not yet written (open() still queued). */
    private static Room listedNotOpen(RoomFixture f) {
        var sc = f.rooms.catalog().get("test-mini");
        JournalFile.Setup setup = new JournalFile.Setup("WAIT", sc.id(), 3, 60, 30, "normal", 7L, 0,
                java.util.Map.of(), Secrets.hash(Secrets.token()), System.currentTimeMillis());
        Room room = new Room(f.rooms, sc, setup, List.of());
        assertThat(f.rooms.add(room)).isTrue();
        return room;
    }

    @Test
    void aRoomNotYetOpenTakesNoRequestSoItsJournalStartsWithItsSetUp() throws Exception {
        try (RoomFixture f = fixture(dir)) {
            RoomFixture.Player t = teacher(f);
            RoomFixture.Player p = f.connect("p");
            String open = p.create("");
            Room waiting = listedNotOpen(f);

            t.send("{\"type\":\"announce\",\"id\":\"a\",\"room\":\"all\",\"text\":\"hello class\"}");
            JsonObject reply = t.take("the facilitated reply", o -> "facilitated".equals(Wire.type(o)));
            assertThat(reply.getAsJsonArray("rooms").toString()).contains(open).doesNotContain("WAIT");
            assertThat(reply.getAsJsonObject("skipped").get("WAIT").getAsString()).contains("being set up");
            RoomFixture.Player q = f.connect("q");
            q.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"WAIT\",\"party\":\"UA\"}");
            assertThat(q.expect("error").get("message").getAsString()).contains("being set up");
            assertThat(Files.exists(waiting.journal.path())).as("nothing journaled before the set-up").isFalse();

            waiting.executor.execute(() -> assertThat(waiting.open()).isNull());
            f.settle();
            assertThat(waiting.isGone()).isFalse();
            t.send("{\"type\":\"announce\",\"id\":\"b\",\"room\":\"all\",\"text\":\"now you too\"}");
            assertThat(t.take("the second reply", o -> "facilitated".equals(Wire.type(o)))
                    .getAsJsonArray("rooms").toString()).contains("WAIT");
        }
        try (RoomFixture f = fixture(dir)) {
            f.rooms.recover();
            f.settle();
            assertThat(f.room("WAIT")).as("the journal is whole after a restart").isNotNull();
            assertThat(f.room("WAIT").game.events()).hasSize(1);
        }
    }

    @Test
    void aTeachersRoomsDoNotCountAgainstItsAddressLobbyLimit() throws Exception {
        ServerConfig.Limits d = ServerConfig.Limits.DEFAULT;
        ServerConfig.Limits two = d.withAddressLimits(2, d.serverCreateBurst(), d.serverCreatesPerSecond(), d.badSecretBurst(),
                d.badSecretsPerSecond(), d.serverBadSecretBurst(), d.serverBadSecretsPerSecond(), d.connectionsPerAddress());
        try (RoomFixture f = new RoomFixture(dir, c -> c.withTeacherKey(KEY).withLimits(two))) {
            RoomFixture.Player t = teacher(f);
            t.send("{\"type\":\"create_rooms\",\"id\":\"c\",\"scenario\":\"test-mini\",\"count\":3,\"bots\":{}}");
            assertThat(t.expect("rooms_created").getAsJsonArray("codes")).hasSize(3);
            t.send("{\"type\":\"create_room\",\"id\":\"c1\",\"scenario\":\"test-mini\"}");
            assertThat(Wire.type(t.take("a reply", o -> o.has("re") && "c1".equals(o.get("re").getAsString()))))
                    .as("a teacher's own create_room is exempt too").isEqualTo("room_created");

            RoomFixture.Player student = f.connect("student"); // the same address as the teacher's
            student.create("");
            student.create("");
            student.send("{\"type\":\"create_room\",\"id\":\"c3\",\"scenario\":\"test-mini\"}");
            assertThat(student.expect("error").get("code").getAsString()).as("the student's own two count")
                    .isEqualTo("rate_limited");
        }
    }

    @Test
    void aTeachersWelcomeSaysFacilitatorOnARenameToo() throws Exception {
        try (RoomFixture f = fixture(dir)) {
            RoomFixture.Player p = f.connect("p");
            String code = p.create("");
            RoomFixture.Player t = teacher(f);
            t.send("{\"type\":\"spectate\",\"id\":\"s\",\"room\":\"" + code + "\"}");
            t.expect("state");
            t.send("{\"type\":\"hello\",\"id\":\"r\",\"name\":\"Mrs T\",\"protocol\":1}");
            JsonObject w = t.expect("welcome");
            assertThat(w.get("name").getAsString()).isEqualTo("Mrs T");
            assertThat(w.has("facilitator") && w.get("facilitator").getAsBoolean()).as(w.toString()).isTrue();
        }
    }

    /** A journal whose writes throw an Error (not an exception) once {@code failing} is set. */
    static final class BrokenJournal extends JournalFile {
        final AtomicBoolean failing;

        BrokenJournal(Path file, AtomicBoolean failing) throws IOException {
            super(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
            this.failing = failing;
        }

        @Override
        void write(ByteBuffer buf) throws IOException {
            if (failing.get()) {
                throw new AssertionError("simulated failure");
            }
            super.write(buf);
        }
    }

    @Test
    void aRoomThatFailsMidRequestStillLetsTheTeacherBeAnswered() throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        try (RoomFixture f = fixture(dir)) {
            f.rooms.journalOpener = file -> new BrokenJournal(file, failing);
            RoomFixture.Player t = teacher(f);
            RoomFixture.Player p = f.connect("p");
            String code = p.create("");
            failing.set(true);
            t.send("{\"type\":\"announce\",\"id\":\"a\",\"room\":\"all\",\"text\":\"hello\"}");
            JsonObject reply = t.take("the facilitated reply", o -> "facilitated".equals(Wire.type(o)));
            assertThat(reply.getAsJsonObject("skipped").has(code)).as(reply.toString()).isTrue();

            t.send("{\"type\":\"create_rooms\",\"id\":\"c\",\"scenario\":\"test-mini\",\"count\":2,\"bots\":{}}");
            JsonObject made = t.take("the create_rooms reply", o -> o.has("re") && "c".equals(o.get("re").getAsString()));
            assertThat(Wire.type(made)).as(made.toString()).isEqualTo("error");
            t.send("{\"type\":\"ping\",\"id\":\"next\"}");
            assertThat(t.take("the next reply", o -> o.has("re") && "next".equals(o.get("re").getAsString()))).isNotNull();
        }
    }
}
