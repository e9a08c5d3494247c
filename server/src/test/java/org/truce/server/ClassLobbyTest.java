package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher sets the class's rooms up before class: they wait hours for their students, where a
 * lobby a player opened and left empty expires after the usual idle time. The set-up says so in
 * the journal, so a restart keeps it.
 */
@Timeout(30)
class ClassLobbyTest {
    @TempDir
    Path dir;

    private static List<String> listed(Wire w, String id) throws java.io.IOException {
        w.send("{\"type\":\"rooms\",\"id\":\"" + id + "\"}");
        List<String> codes = new ArrayList<>();
        for (JsonElement r : w.reply(id).getAsJsonArray("rooms")) {
            codes.add(r.getAsJsonObject().get("code").getAsString());
        }
        return codes;
    }

    /** Whether a class_state shows room {@code code} closed. */
    private static boolean closed(com.google.gson.JsonObject o, String code) {
        if (!"class_state".equals(Wire.type(o))) {
            return false;
        }
        for (JsonElement r : o.getAsJsonArray("rooms")) {
            if (r.getAsJsonObject().get("code").getAsString().equals(code)) {
                return r.getAsJsonObject().get("closed").getAsBoolean();
            }
        }
        return false;
    }

    @Test
    void aClassRoomWaitsHoursForItsStudentsWhereAnEmptyLobbyExpires() throws Exception {
        try (TruceServer server = TruceServer.start(TeacherConsoleTest.config(dir));
             Wire teacher = TeacherConsoleTest.teacher(server.address());
             Wire player = Wire.hello(server.address(), "Pia")) {
            teacher.send("{\"type\":\"create_rooms\",\"id\":\"c\",\"scenario\":\"test-mini\",\"count\":1}");
            String forClass = teacher.reply("c").getAsJsonArray("codes").get(0).getAsString();
            player.send("{\"type\":\"create_room\",\"id\":\"p\",\"scenario\":\"test-mini\"}");
            String own = player.reply("p").get("code").getAsString();
            long now = System.currentTimeMillis();

            server.rooms().sweep(now + 31 * 60_000L);
            teacher.until("the idle lobby's closing", o -> closed(o, own));
            assertThat(listed(player, "r1")).contains(forClass).doesNotContain(own);

            server.rooms().sweep(now + (Room.CLASS_LOBBY_IDLE_SECONDS + 60) * 1000L);
            teacher.until("the class room's closing, hours later", o -> closed(o, forClass));
            assertThat(listed(player, "r2")).doesNotContain(forClass);
        }
    }
}
