package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.HardeningTest.createFull;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: a player who takes a freed seat in a game in progress (a fresh {@code join}) got no chat
 * history, only votes. They get the recent public chat, as a spectator does, before the state, each
 * line with its version; never the private lines of the seat's previous occupant.
 */
@Timeout(30)
class FreedSeatChatTest {
    @TempDir
    Path dir;

    private static boolean connected(JsonObject state, String party) {
        for (JsonElement e : state.getAsJsonArray("seats")) {
            JsonObject s = e.getAsJsonObject();
            if (s.get("party").getAsString().equals(party)) {
                return s.get("connected").getAsBoolean();
            }
        }
        throw new AssertionError("no seat " + party + " in " + state);
    }

    @Test
    void aFreshJoinOfAFreedSeatGetsThePublicChatButNotThePreviousOccupantsPrivateLines() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire fac = Wire.hello(server.address(), "fac"); Wire ru = Wire.hello(server.address(), "ru")) {
            JsonObject created = createFull(fac, "\"US\":\"linear\"", "");
            String room = created.get("code").getAsString();
            try (Wire ua = Wire.hello(server.address(), "ana")) {
                join(ua, room, "UA");
                join(ru, room, "RU");
                ru.state(s -> "proposing".equals(s.get("phase").getAsString()));
                ru.send("{\"type\":\"say\",\"id\":\"s1\",\"to\":\"all\",\"text\":\"public from RU\"}");
                ru.reply("s1");
                ru.send("{\"type\":\"say\",\"id\":\"s2\",\"to\":\"UA\",\"text\":\"private to UA\"}");
                ru.reply("s2");
                ua.send("{\"type\":\"say\",\"id\":\"s3\",\"to\":\"RU\",\"text\":\"private from UA\"}");
                ua.reply("s3");
                assertThat(ua.all()).contains("private to UA"); // it came before the reply to s3
            }
            ru.state(s -> !connected(s, "UA"));
            fac.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\""
                    + created.get("facilitatorKey").getAsString() + "\"}");
            assertThat(fac.reply("f").get("kind").getAsString()).isEqualTo("seat_freed");

            try (Wire ben = Wire.hello(server.address(), "ben")) {
                join(ben, room, "UA");
                // what comes between the joined reply and the first state is the history the table shows
                List<JsonObject> said = new ArrayList<>();
                ben.until("state", o -> {
                    if ("said".equals(Wire.type(o))) {
                        said.add(o);
                    }
                    return "state".equals(Wire.type(o));
                });
                assertThat(said).extracting(o -> o.get("text").getAsString()).contains("public from RU")
                        .doesNotContain("private to UA", "private from UA");
                assertThat(said).allSatisfy(o -> {
                    assertThat(o.get("to").getAsString()).isEqualTo("all");
                    assertThat(o.has("version")).as(o.toString()).isTrue();
                });
                assertThat(ben.all()).doesNotContain("private to UA").doesNotContain("private from UA");
            }
        }
    }
}
