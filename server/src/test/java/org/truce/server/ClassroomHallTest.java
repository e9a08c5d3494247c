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
}
