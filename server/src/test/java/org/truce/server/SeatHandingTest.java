package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.Facilitating.error;
import static org.truce.server.Facilitating.notice;
import static org.truce.server.Facilitating.run;
import static org.truce.server.Facilitating.teacher;
import static org.truce.server.GracePeriodsTest.seat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;

/**
 * {@code seat_bot} and {@code free_seat} on a hand-driven room: a free seat, a bot's, or an absent
 * human's changes hands (the human's token is revoked), a connected player's does not, and the
 * seats come back the same after a restart.
 */
@Timeout(30)
class SeatHandingTest {
    @TempDir
    Path dir;

    @Test
    void seatsChangeHandsAndStaySoAfterARestart() throws Exception {
        String code;
        String ruToken;
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player ua = f.connect("ua");
            code = ua.create("");
            RoomFixture.Player ru = f.connect("ru");
            ua.join(code, "UA");
            ruToken = ru.join(code, "RU");

            assertThat(run(f, code, teacher(), new ClientMessage.SeatBot(code, "US", "nonsense", null)).code())
                    .isEqualTo(ErrorCode.UNKNOWN_STRATEGY);
            assertThat(run(f, code, teacher(), new ClientMessage.SeatBot(code, "XX", "linear", null)).code())
                    .isEqualTo(ErrorCode.UNKNOWN_PARTY);
            assertThat(run(f, code, teacher(), new ClientMessage.SeatBot(code, "US", "linear", null)).isDone()).isTrue();
            assertThat(notice(ru, "seat_handed").get("text").getAsString())
                    .isEqualTo("The facilitator handed United States' seat to a bot (linear)");
            JsonObject st = ua.lastState();
            assertThat(st.get("phase").getAsString()).as("the bot filled the last seat").isEqualTo("proposing");
            assertThat(seat(st, "US").get("occupant").getAsString()).isEqualTo("bot");
            assertThat(seat(st, "US").get("strategy").getAsString()).isEqualTo("linear");

            assertThat(run(f, code, teacher(), new ClientMessage.SeatBot(code, "RU", "boulware", null)).code())
                    .isEqualTo(ErrorCode.PLAYER_PRESENT);
            ru.drop();
            assertThat(run(f, code, teacher(), new ClientMessage.SeatBot(code, "RU", "boulware", null)).isDone()).isTrue();
            st = ua.lastState();
            assertThat(seat(st, "RU").get("occupant").getAsString()).isEqualTo("bot");
            assertThat(seat(st, "RU").get("strategy").getAsString()).isEqualTo("boulware");
            RoomFixture.Player back = f.open();
            back.send("{\"type\":\"hello\",\"name\":\"ru\",\"protocol\":1,\"resume\":\"" + ruToken + "\"}");
            assertThat(error(back).get("message").getAsString()).contains("handed Russia's seat to a bot");

            assertThat(run(f, code, teacher(), new ClientMessage.FreeSeat(code, "US", null)).isDone()).as("a bot's seat").isTrue();
            assertThat(notice(ua, "seat_freed").get("text").getAsString()).isEqualTo("United States' seat is free: anyone may join it");
            st = ua.lastState();
            assertThat(seat(st, "US").has("occupant")).isFalse();
            assertThat(seat(st, "US").get("strategy").getAsString()).as("a stand-in plays it meanwhile").isEqualTo("default");
            assertThat(run(f, code, teacher(), new ClientMessage.FreeSeat(code, "US", null)).code()).isEqualTo(ErrorCode.BAD_FIELD);
            assertThat(Files.readString(JournalFile.fileFor(f.config.dataDir().resolve("rooms"), code)))
                    .contains("\"seat_handed\"").contains("\"handed\"");
        }
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.rooms.recover();
            f.settle();
            RoomFixture.Player spy = f.connect("spy");
            spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + code + "\"}");
            JsonObject st = spy.lastState();
            assertThat(seat(st, "RU").get("occupant").getAsString()).isEqualTo("bot");
            assertThat(seat(st, "RU").get("strategy").getAsString()).isEqualTo("boulware");
            assertThat(seat(st, "US").has("occupant")).isFalse();
            assertThat(seat(st, "US").get("strategy").getAsString()).isEqualTo("default");
            assertThat(seat(st, "UA").get("occupant").getAsString()).isEqualTo("human");
            RoomFixture.Player back = f.open();
            back.send("{\"type\":\"hello\",\"name\":\"ru\",\"protocol\":1,\"resume\":\"" + ruToken + "\"}");
            assertThat(error(back).get("message").getAsString()).as("still revoked").contains("handed Russia's seat");
        }
    }

    /** A journal whose writes fail when they carry a seat_handed event (the unseat line alone still lands). */
    static final class NoHandedLines extends JournalFile {
        NoHandedLines(Path file) throws IOException {
            super(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        }

        @Override
        void write(ByteBuffer buf) throws IOException {
            if (StandardCharsets.UTF_8.decode(buf.duplicate()).toString().contains("seat_handed")) {
                throw new IOException("simulated: no space left on device");
            }
            super.write(buf);
        }
    }

    @Test
    void whenTheDiskRefusesTheHandingTheAbsentPlayersSeatAndTokenStayAsTheyWere() throws Exception {
        String code;
        String ruToken;
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.rooms.journalOpener = NoHandedLines::new;
            RoomFixture.Player ua = f.connect("ua");
            code = ua.create("");
            RoomFixture.Player ru = f.connect("ru");
            ua.join(code, "UA");
            ruToken = ru.join(code, "RU");
            ru.drop();
            FacilitationOutcome o = run(f, code, teacher(), new ClientMessage.SeatBot(code, "RU", "linear", null));
            assertThat(o.code()).isEqualTo(ErrorCode.SERVER_ERROR);
            assertThat(Files.readString(JournalFile.fileFor(f.config.dataDir().resolve("rooms"), code)))
                    .as("no unseat line without its event").doesNotContain("\"unseat\"");
            assertThat(f.rooms.byToken(ruToken)).as("the player was not evicted").isNotNull();
        }
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.rooms.recover();
            f.settle();
            RoomFixture.Player back = f.open();
            back.send("{\"type\":\"hello\",\"name\":\"ru\",\"protocol\":1,\"resume\":\"" + ruToken + "\"}");
            assertThat(back.expect("welcome").get("name").getAsString()).as("the seat is still theirs after a restart")
                    .isEqualTo("ru");
        }
    }
}
