package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The facilitator's powers on the hand-driven room: the key, freeing a seat whose player is gone, closing the room. */
@Timeout(30)
class FacilitatorTest {
    @TempDir
    Path dir;

    private static JsonObject error(RoomFixture.Player p) {
        return p.take("an error", o -> "error".equals(Wire.type(o)));
    }

    @Test
    void freesOnlyAGoneHumansSeatThenClosesTheRoomForEveryone() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player fac = f.connect("fac");
            fac.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"seed\":7,\"bots\":{\"US\":\"linear\"}}");
            JsonObject created = fac.expect("room_created");
            String code = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player ru = f.connect("ru");
            ua.join(code, "UA");
            String ruToken = ru.join(code, "RU");
            String free = "{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + code + "\",\"party\":\"%s\",\"facilitatorKey\":\"%s\"}";

            fac.send(String.format(free, "RU", "not-the-key"));
            assertThat(error(fac).get("code").getAsString()).isEqualTo("bad_key");
            fac.send(String.format(free, "XX", key));
            assertThat(error(fac).get("code").getAsString()).isEqualTo("unknown_party");
            fac.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + code + "\",\"party\":\"RU\"}");
            assertThat(error(fac).get("code").getAsString()).as("no key on a player's connection").isEqualTo("not_facilitator");
            fac.send(String.format(free, "RU", key));
            assertThat(error(fac).get("code").getAsString()).isEqualTo("player_present");

            ru.drop();
            fac.send(String.format(free, "RU", key));
            assertThat(fac.expect("notice").get("text").getAsString())
                    .isEqualTo("Russia's seat in room " + code + " is free for a new player");
            assertThat(ua.take("seat_freed", o -> "notice".equals(Wire.type(o))).get("text").getAsString())
                    .isEqualTo("Russia's seat is free: anyone may join it");
            JsonObject seat = GracePeriodsTest.seat(ua.lastState(), "RU");
            assertThat(seat.has("occupant")).isFalse();
            assertThat(seat.get("strategy").getAsString()).as("a stand-in plays the freed seat").isEqualTo("default");
            RoomFixture.Player back = f.open();
            back.send("{\"type\":\"hello\",\"name\":\"ru\",\"protocol\":1,\"resume\":\"" + ruToken + "\"}");
            assertThat(error(back).get("message").getAsString()).contains("freed Russia's seat while you were away");

            fac.send("{\"type\":\"close_room\",\"id\":\"x\",\"room\":\"" + code + "\",\"facilitatorKey\":\"" + key + "\"}");
            assertThat(fac.expect("notice").get("text").getAsString())
                    .isEqualTo("room " + code + " is closed; its record stays on the server");
            assertThat(ua.take("closed", o -> "notice".equals(Wire.type(o))).get("text").getAsString())
                    .isEqualTo("the facilitator closed room " + code);
            assertThat(f.room(code)).isNull();
            assertThat(Files.readString(JournalFile.fileFor(f.config.dataDir().resolve("rooms"), code))).contains("facilitator");
        }
    }
}
