package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room paused by a failing disk: its turn clock and its absent players' grace stop while it is
 * paused and go on with what they had left once it resumes. Time moves by hand ({@link HandTimer}).
 */
@Timeout(30)
class PausedClockTest {
    @TempDir
    Path dir;

    private static String create(Wire w, int turnSeconds) throws IOException {
        w.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                + "\"turnSeconds\":" + turnSeconds + ",\"voteSeconds\":0,\"seed\":3}");
        JsonObject r = w.reply("c");
        assertThat(Wire.type(r)).as(r.toString()).isEqualTo("room_created");
        return r.get("code").getAsString();
    }

    /** A request through the room's executor: whatever the timer handed the room before it has run. */
    static void sync(Wire w, String id) throws IOException {
        w.send("{\"type\":\"say\",\"id\":\"" + id + "\",\"to\":\"all\",\"text\":\"" + id + "\"}");
        assertThat(Wire.type(w.reply(id))).isEqualTo("said");
    }

    private static void pause(TruceServer server, AtomicBoolean failing, Wire w) throws IOException {
        failing.set(true);
        w.send("{\"type\":\"say\",\"id\":\"fail\",\"to\":\"all\",\"text\":\"lost\"}");
        assertThat(w.error("fail")).isEqualTo("server_error");
    }

    private static void resume(TruceServer server, HandTimer time, AtomicBoolean failing, Wire w) {
        failing.set(false);
        server.rooms().sweep(time.getAsLong()); // the sweep finds the disk writable again
        w.until("resumed notice", o -> "notice".equals(Wire.type(o)) && "resumed".equals(o.get("kind").getAsString()));
    }

    /** Seats {@code ua} and {@code ru} in a new room (60 s turns) whose journal fails while {@code failing} is set. */
    private static String seatOnFlakyDisk(TruceServer server, AtomicBoolean failing, Wire ua, Wire ru) throws IOException {
        server.rooms().journalOpener = f -> new HardeningTest.FlakyJournal(f, failing);
        String room = create(ua, 60);
        join(ua, room, "UA");
        join(ru, room, "RU");
        return room;
    }

    @Test
    void theTurnClockGoesOnWithTheTimeItHadLeftWhenTheRoomPaused() throws Exception {
        HandTimer time = new HandTimer();
        AtomicBoolean failing = new AtomicBoolean();
        try (TruceServer server = TruceServer.start(TestServers.config(dir), time, time);
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru")) {
            String room = seatOnFlakyDisk(server, failing, ua, ru);
            JsonObject first = ru.state(s -> s.get("phase").getAsString().equals("proposing"));
            assertThat(first.get("remainingMs").getAsLong()).isEqualTo(60_000L);

            time.advance(20_000);
            pause(server, failing, ua);
            JsonObject paused = ru.until("server_error notice",
                    o -> "notice".equals(Wire.type(o)) && "server_error".equals(o.get("kind").getAsString()));
            assertThat(paused).isNotNull();
            time.advance(100_000); // paused: the clock neither runs out nor starts again
            resume(server, time, failing, ru);
            JsonObject after = ru.state(s -> s.get("phase").getAsString().equals("proposing"));
            assertThat(after.get("remainingMs").getAsLong()).as("40 s were left when the room paused").isEqualTo(40_000L);
            assertThat(after.get("deadline").getAsLong()).isEqualTo(time.getAsLong() + 40_000L);

            time.advance(39_999);
            sync(ru, "s1");
            assertThat(ru.all()).doesNotContain("\"kind\":\"timeout\"");
            time.advance(1);
            JsonObject timeout = ru.until("timeout", o -> "notice".equals(Wire.type(o)) && "timeout".equals(o.get("kind").getAsString()));
            assertThat(timeout.get("text").getAsString()).isEqualTo("Ukraine ran out of time to table a draft and there is no earlier one: round 1 fails");
        }
    }

    @Test
    void aStateSentWhileTheRoomIsPausedShowsNoRunningClock() throws Exception {
        HandTimer time = new HandTimer();
        AtomicBoolean failing = new AtomicBoolean();
        try (TruceServer server = TruceServer.start(TestServers.config(dir), time, time);
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru")) {
            String room = seatOnFlakyDisk(server, failing, ua, ru);
            ru.state(s -> s.get("phase").getAsString().equals("proposing"));
            pause(server, failing, ua);
            try (Wire spy = Wire.hello(server.address(), "spy")) {
                spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
                spy.reply("sp");
                JsonObject st = spy.expect("state");
                assertThat(st.has("deadline")).isFalse();
                assertThat(st.has("remainingMs")).isFalse();
            }
        }
    }

    @Test
    void anAbsentPlayersGraceGoesOnWithTheTimeItHadLeftWhenTheRoomPaused() throws Exception {
        HandTimer time = new HandTimer();
        AtomicBoolean failing = new AtomicBoolean();
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withGraceSeconds(30), time, time);
             Wire ru = Wire.hello(server.address(), "ru")) {
            server.rooms().journalOpener = f -> new HardeningTest.FlakyJournal(f, failing);
            String room = create(ru, 0);
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                join(ua, room, "UA");
                join(ru, room, "RU");
                ru.state(s -> s.get("phase").getAsString().equals("proposing"));
            }
            ru.state(s -> !s.getAsJsonArray("seats").get(0).getAsJsonObject().get("connected").getAsBoolean());
            time.advance(10_000);
            pause(server, failing, ru);
            time.advance(100_000); // paused: no stand-in, and the grace does not start again
            resume(server, time, failing, ru);
            assertThat(time.pending()).as("the grace runs again by the time the resumed notice arrives").isPositive();
            time.advance(19_999);
            sync(ru, "s1");
            assertThat(ru.all()).doesNotContain("\"kind\":\"stand_in\"");
            time.advance(1);
            JsonObject standIn = ru.until("stand-in", o -> "notice".equals(Wire.type(o)) && "stand_in".equals(o.get("kind").getAsString()));
            assertThat(standIn.get("text").getAsString()).startsWith("Ukraine's player has been away");
        }
    }
}
