package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A spectator's {@code leave} lets go of the room: a teacher goes on to watch another one. */
@Timeout(30)
class SpectatorLeaveTest {
    @TempDir
    Path dir;

    @Test
    void aSpectatorLeavesOneRoomAndWatchesAnother() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire host = Wire.hello(server.address(), "host");
             Wire teacher = Wire.hello(server.address(), "teacher")) {
            String first = HardeningTest.create(host, "c1", "", "");
            String second = HardeningTest.create(host, "c2", "", "");
            teacher.send("{\"type\":\"spectate\",\"id\":\"s1\",\"room\":\"" + first + "\"}");
            assertThat(Wire.type(teacher.reply("s1"))).isEqualTo("spectating");

            teacher.send("{\"type\":\"leave\",\"id\":\"l1\"}");
            JsonObject left = teacher.reply("l1");
            assertThat(Wire.type(left)).isEqualTo("notice");
            assertThat(left.get("kind").getAsString()).isEqualTo("left");
            // a spectator holds no seat and no token: the goodbye does not speak of one
            assertThat(left.get("text").getAsString()).isEqualTo("you stopped watching room " + first);

            teacher.send("{\"type\":\"spectate\",\"id\":\"s2\",\"room\":\"" + second + "\"}");
            assertThat(Wire.type(teacher.reply("s2"))).isEqualTo("spectating");
            teacher.send("{\"type\":\"leave\",\"id\":\"l2\"}");
            teacher.reply("l2");
            teacher.send("{\"type\":\"leave\",\"id\":\"l3\"}");
            assertThat(teacher.error("l3")).isEqualTo("not_joined"); // outside any room now
        }
    }
}
