package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An away player's grace period on the hand-driven room: the stand-in comes when it runs out, and steps aside. */
@Timeout(30)
class GracePeriodsTest {
    @TempDir
    Path dir;

    static JsonObject seat(JsonObject state, String party) {
        for (var e : state.getAsJsonArray("seats")) {
            if (party.equals(e.getAsJsonObject().get("party").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no seat " + party + " in " + state);
    }

    @Test
    void theStandInComesWhenTheGraceRunsOutToTheMillisecondAndStepsAsideOnReturn() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c.withGraceSeconds(60))) {
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player ru = f.connect("ru");
            String code = ua.create(",\"bots\":{\"US\":\"linear\"},\"turnSeconds\":0,\"voteSeconds\":0");
            String token = ua.join(code, "UA");
            ru.join(code, "RU");
            assertThat(ru.lastState().get("pen").getAsString()).isEqualTo("UA");

            ua.drop();
            JsonObject away = ru.lastState();
            assertThat(seat(away, "UA").get("connected").getAsBoolean()).isFalse();
            assertThat(seat(away, "UA").has("strategy")).isFalse();
            f.advance(59_999);
            assertThat(ru.got(o -> "notice".equals(Wire.type(o)))).as("no stand-in before the grace runs out").isFalse();

            f.advance(1);
            JsonObject standIn = ru.expect("notice");
            assertThat(standIn.get("kind").getAsString()).isEqualTo("stand_in");
            assertThat(standIn.get("text").getAsString())
                    .isEqualTo("Ukraine's player has been away for 60 s: a stand-in bot keeps the seat until they return");
            // the stand-in plays UA's turn at once (no bot delay): its draft is marked as a stand-in's
            JsonObject tabled = ru.lastState();
            assertThat(tabled.get("phase").getAsString()).isEqualTo("voting");
            assertThat(tabled.getAsJsonObject("draft").get("standIn").getAsBoolean()).isTrue();
            assertThat(seat(tabled, "UA").get("strategy").getAsString()).isEqualTo("default");

            RoomFixture.Player back = f.open();
            back.send("{\"type\":\"hello\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
            back.expect("joined");
            JsonObject returned = ru.expect("notice");
            assertThat(returned.get("kind").getAsString()).isEqualTo("returned");
            JsonObject after = ru.lastState();
            assertThat(seat(after, "UA").get("connected").getAsBoolean()).isTrue();
            assertThat(seat(after, "UA").has("strategy")).isFalse();
            f.advance(600_000);
            assertThat(ru.got(o -> "notice".equals(Wire.type(o)))).as("no stand-in for a player who is back").isFalse();
        }
    }

    @Test
    void aPlayerBackBeforeTheGraceRunsOutIsNeverStoodInFor() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c.withGraceSeconds(60))) {
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player ru = f.connect("ru");
            String code = ua.create(",\"bots\":{\"US\":\"linear\"},\"turnSeconds\":0,\"voteSeconds\":0");
            String token = ua.join(code, "UA");
            ru.join(code, "RU");
            ua.drop();
            f.advance(59_000);
            RoomFixture.Player back = f.open();
            back.send("{\"type\":\"hello\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
            back.expect("joined");
            f.advance(600_000);
            assertThat(ru.got(o -> "notice".equals(Wire.type(o)))).isFalse();
            assertThat(ru.lastState().get("phase").getAsString()).as("nobody tabled for UA").isEqualTo("proposing");
        }
    }
}
