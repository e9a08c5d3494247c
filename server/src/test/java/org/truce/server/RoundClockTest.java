package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The round clock on the hand-driven room: deadlines, running out, and a pause that stops it. */
@Timeout(30)
class RoundClockTest {
    @TempDir
    Path dir;

    private static boolean notice(JsonObject o) {
        return "notice".equals(Wire.type(o));
    }

    @Test
    void theTurnClockRunsOutExactlyAtItsDeadlineAndStartsAfreshForTheNextPen() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player ru = f.connect("ru");
            String code = ua.create(",\"bots\":{\"US\":\"linear\"},\"turnSeconds\":30,\"voteSeconds\":0");
            ua.join(code, "UA");
            ru.join(code, "RU");
            JsonObject first = ru.lastState();
            long start = f.timer.getAsLong();
            assertThat(first.get("deadline").getAsLong()).isEqualTo(start + 30_000);
            assertThat(first.get("remainingMs").getAsLong()).isEqualTo(30_000);

            f.advance(29_999);
            assertThat(ru.got(RoundClockTest::notice)).isFalse();
            f.advance(1);
            JsonObject timeout = ru.expect("notice");
            assertThat(timeout.get("kind").getAsString()).isEqualTo("timeout");
            assertThat(timeout.get("text").getAsString())
                    .isEqualTo("Ukraine ran out of time to table a draft and there is no earlier one: round 1 fails");
            JsonObject next = ru.lastState();
            assertThat(next.get("round").getAsInt()).isEqualTo(2);
            assertThat(next.get("pen").getAsString()).isEqualTo("RU");
            assertThat(next.get("deadline").getAsLong()).isEqualTo(start + 60_000);
        }
    }

    @Test
    void aPausedRoomsClockStopsAndGoesOnWithWhatItHadLeft() throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.rooms.journalOpener = file -> new HardeningTest.FlakyJournal(file, failing);
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player ru = f.connect("ru");
            String code = ua.create(",\"bots\":{\"US\":\"linear\"},\"turnSeconds\":60,\"voteSeconds\":0");
            ua.join(code, "UA");
            ru.join(code, "RU");
            ru.lastState();
            f.advance(20_000);

            failing.set(true);
            ua.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"hello\"}");
            assertThat(ua.take("the refusal", o -> "error".equals(Wire.type(o))).get("code").getAsString()).isEqualTo("server_error");
            assertThat(ru.expect("notice").get("kind").getAsString()).isEqualTo("server_error");
            Room room = f.room(code);
            assertThat(room.paused()).isTrue();
            f.advance(600_000);
            assertThat(ru.got(RoundClockTest::notice)).as("a paused room's clock does not run out").isFalse();

            failing.set(false);
            f.rooms.sweep(f.timer.getAsLong()); // the sweeper tries the journal again
            f.settle();
            assertThat(room.paused()).isFalse();
            assertThat(ru.expect("notice").get("kind").getAsString()).isEqualTo("resumed");
            assertThat(ru.lastState().get("remainingMs").getAsLong()).isEqualTo(40_000);
            f.advance(39_999);
            assertThat(ru.got(RoundClockTest::notice)).isFalse();
            f.advance(1);
            assertThat(ru.expect("notice").get("kind").getAsString()).isEqualTo("timeout");
        }
    }
}
