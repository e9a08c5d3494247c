package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a game a team's player who quits (leave or a dropped link) keeps their place: the seat's
 * {@code away} names them until they come back. Raw TCP against a real server.
 */
@Timeout(60)
class TeamAwayTest {
    @TempDir
    Path dir;

    private static void join(Wire w, String room, String party, String role) throws Exception {
        w.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + party + "\""
                + (role == null ? "" : ",\"role\":\"" + role + "\"") + "}");
        w.reply("j");
    }

    private static String away(JsonObject state) {
        JsonObject seat = GracePeriodsTest.seat(state, "UA");
        return seat.has("away") ? seat.get("away").toString() : "";
    }

    @Test
    void aMemberWhoQuitsInAGameIsShownAwayAndStaysInTheTeam() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire olena = Wire.hello(server.address(), "Olena");
             Wire ivan = Wire.hello(server.address(), "Ivan")) {
            olena.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"rounds\":2,\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = olena.reply("c").get("code").getAsString();
            join(olena, room, "UA", null);
            try (Wire taras = Wire.hello(server.address(), "Taras"); Wire iryna = Wire.hello(server.address(), "Iryna")) {
                join(taras, room, "UA", "member");
                join(iryna, room, "UA", "member");
                join(ivan, room, "RU", null);
                JsonObject started = olena.state(s -> s.get("phase").getAsString().equals("proposing"));
                assertThat(away(started)).isEmpty();
                // one leaves, one drops: both are away, both still in the team
                taras.send("{\"type\":\"leave\",\"id\":\"l\"}");
                taras.reply("l");
                olena.state(s -> away(s).equals("[\"Taras\"]"));
            }
            JsonObject s = olena.state(x -> away(x).equals("[\"Taras\",\"Iryna\"]"));
            assertThat(GracePeriodsTest.seat(s, "UA").get("team").toString()).isEqualTo("[\"Olena\",\"Taras\",\"Iryna\"]");
            // the other seats see it too
            ivan.state(x -> away(x).equals("[\"Taras\",\"Iryna\"]"));
        }
    }
}
