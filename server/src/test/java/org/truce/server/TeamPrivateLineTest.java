package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private line said for a seat held by a team carries who of the team said it ({@code by}), to
 * the team and to the receiver; a seat of one's line carries none. Raw TCP against a real server.
 */
@Timeout(60)
class TeamPrivateLineTest {
    @TempDir
    Path dir;

    private static void join(Wire w, String room, String party, String role) throws Exception {
        w.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + party + "\""
                + (role == null ? "" : ",\"role\":\"" + role + "\"") + "}");
        w.reply("j");
    }

    private static JsonObject said(Wire w, String text) throws Exception {
        return w.until("the line " + text, o -> "said".equals(Wire.type(o)) && o.get("text").getAsString().equals(text));
    }

    @Test
    void aTeamsPrivateLineNamesWhoOfTheTeamSaidIt() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire taras = Wire.hello(server.address(), "Taras");
             Wire ivan = Wire.hello(server.address(), "Ivan")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"rounds\":2,\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = olena.reply("c").get("code").getAsString();
            join(olena, room, "UA", null);
            join(taras, room, "UA", "member");
            join(ivan, room, "RU", null);
            ivan.state(s -> s.get("phase").getAsString().equals("proposing"));

            // the member says it: the lead, the member and Russia all read Taras's name
            taras.send("{\"type\":\"say\",\"id\":\"s\",\"to\":\"RU\",\"text\":\"from Taras\"}");
            assertThat(taras.reply("s").get("by").getAsString()).isEqualTo("Taras"); // the echo
            for (Wire w : List.of(olena, ivan)) {
                JsonObject got = said(w, "from Taras");
                assertThat(got.get("from").getAsString()).isEqualTo("UA");
                assertThat(got.get("by").getAsString()).isEqualTo("Taras");
            }
            // the lead says it: her name
            olena.send("{\"type\":\"say\",\"id\":\"s2\",\"to\":\"RU\",\"text\":\"from Olena\"}");
            olena.reply("s2");
            assertThat(said(taras, "from Olena").get("by").getAsString()).isEqualTo("Olena");
            // a seat of one: no name
            ivan.send("{\"type\":\"say\",\"id\":\"s3\",\"to\":\"UA\",\"text\":\"from Ivan\"}");
            ivan.reply("s3");
            assertThat(said(taras, "from Ivan").has("by")).isFalse();
        }
    }
}
