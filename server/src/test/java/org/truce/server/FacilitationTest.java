package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.Facilitating.error;
import static org.truce.server.Facilitating.gotNotice;
import static org.truce.server.Facilitating.notice;
import static org.truce.server.Facilitating.run;
import static org.truce.server.Facilitating.teacher;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerParts;

/**
 * The facilitator's controls on a hand-driven room ({@link RoomFixture}: time moves only when the
 * test moves it): pause and resume, extend, add rounds, announce, who may use them, and a finished
 * game refusing them. Each action is an event in the journal, a notice to every seat and
 * spectator, and a new state.
 */
@Timeout(30)
class FacilitationTest {
    private static final String PROPOSE = "{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}";

    @TempDir
    Path dir;

    /** Three humans at a test-mini table with a 60 s turn clock, and a spectator. */
    private record Table(String code, RoomFixture.Player ua, RoomFixture.Player ru, RoomFixture.Player us,
                         RoomFixture.Player spy) {
    }

    private static Table table(RoomFixture f, String extra) {
        RoomFixture.Player ua = f.connect("ua");
        String code = ua.create(extra);
        RoomFixture.Player ru = f.connect("ru");
        RoomFixture.Player us = f.connect("us");
        RoomFixture.Player spy = f.connect("spy");
        ua.join(code, "UA");
        ru.join(code, "RU");
        us.join(code, "US");
        spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + code + "\"}");
        assertThat(spy.expect("state").get("phase").getAsString()).isEqualTo("proposing");
        return new Table(code, ua, ru, us, spy);
    }

    private String journal(RoomFixture f, String code) throws Exception {
        return Files.readString(JournalFile.fileFor(f.config.dataDir().resolve("rooms"), code));
    }

    @Test
    void pauseStopsTheClockAndTheMovesAndResumeGoesOnWithWhatWasLeft() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            Table t = table(f, ",\"turnSeconds\":60");
            RoomFixture.Player live = f.open(); // events: a spectator in stream mode
            live.send("{\"type\":\"hello\",\"name\":\"live\",\"protocol\":1,\"events\":true,\"features\":[\"classroom\"]}");
            live.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + t.code + "\"}");
            live.expect("state");
            f.advance(20_000);
            assertThat(run(f, t.code, teacher(), new ClientMessage.Pause(t.code, null)).isDone()).isTrue();
            JsonObject paused = live.expect("event");
            assertThat(paused.toString()).contains("\"kind\":\"paused\"");
            assertThat(notice(live, "paused")).isNotNull();
            assertThat(live.lastState().get("paused").getAsBoolean()).isTrue();
            for (RoomFixture.Player p : new RoomFixture.Player[] {t.ua, t.ru, t.us, t.spy}) {
                assertThat(notice(p, "paused").get("text").getAsString()).isEqualTo("Paused by the facilitator");
                JsonObject st = p.lastState();
                assertThat(st.get("paused").getAsBoolean()).isTrue();
                assertThat(st.has("deadline")).as("no running clock while paused").isFalse();
                assertThat(st.get("remainingMs").getAsLong()).as("what was left").isEqualTo(40_000L);
            }

            f.advance(120_000); // far past the deadline: the clock stands still
            assertThat(gotNotice(t.ua, "timeout")).isFalse();
            t.ua.send(PROPOSE);
            assertThat(error(t.ua).get("code").getAsString()).isEqualTo("paused");
            t.ru.send("{\"type\":\"say\",\"id\":\"s\",\"to\":\"all\",\"text\":\"still talking\"}");
            assertThat(t.ua.expect("said").get("text").getAsString()).as("chat goes on").isEqualTo("still talking");
            assertThat(run(f, t.code, teacher(), new ClientMessage.Pause(t.code, null)).code()).isEqualTo(ErrorCode.ALREADY_PAUSED);

            assertThat(run(f, t.code, teacher(), new ClientMessage.Resume(t.code, null)).isDone()).isTrue();
            assertThat(notice(t.spy, "resumed").get("text").getAsString()).contains("resumed");
            JsonObject st = t.ua.lastState();
            assertThat(st.has("paused")).isFalse();
            assertThat(st.get("remainingMs").getAsLong()).isEqualTo(40_000L);
            assertThat(st.get("deadline").getAsLong()).isEqualTo(f.timer.getAsLong() + 40_000L);
            assertThat(run(f, t.code, teacher(), new ClientMessage.Resume(t.code, null)).code()).isEqualTo(ErrorCode.NOT_PAUSED);
            f.advance(39_999);
            assertThat(gotNotice(t.ua, "timeout")).isFalse();
            f.advance(1);
            assertThat(notice(t.ua, "timeout")).isNotNull();
            assertThat(journal(f, t.code)).contains("\"paused\"").contains("\"resumed\"");
        }
    }

    @Test
    void aRestartGivesTheClockBackWhatItHadExtensionsAndPausesIncluded() throws Exception {
        String running;
        String paused;
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            running = table(f, ",\"turnSeconds\":60").code;
            paused = table(f, ",\"turnSeconds\":60").code;
            f.advance(20_000);
            run(f, running, teacher(), new ClientMessage.Extend(running, 45, null)); // 85 s left
            run(f, paused, teacher(), new ClientMessage.Pause(paused, null)); // stopped with 40 s left
            run(f, paused, teacher(), new ClientMessage.Extend(paused, 15, null)); // 55 s when it goes on
        }
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.advance(30_000); // the server was down for 10 s
            f.rooms.recover();
            f.settle();
            RoomFixture.Player spy = f.connect("spy");
            spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + running + "\"}");
            assertThat(spy.lastState().get("remainingMs").getAsLong()).as("85 s less the 10 s down").isEqualTo(75_000L);
            spy.send("{\"type\":\"leave\",\"id\":\"l\"}");
            spy.send("{\"type\":\"spectate\",\"id\":\"sp2\",\"room\":\"" + paused + "\"}");
            JsonObject st = spy.lastState();
            assertThat(st.get("paused").getAsBoolean()).isTrue();
            assertThat(st.get("remainingMs").getAsLong()).as("a stopped clock loses nothing").isEqualTo(55_000L);
            f.advance(100_000); // round 1 runs out; round 2's clock will run out while the server is down
        }
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.advance(200_000); // a clock run out while the server was down gets a moment when it comes back
            f.rooms.recover();
            f.settle();
            RoomFixture.Player spy = f.connect("spy");
            spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + running + "\"}");
            assertThat(spy.lastState().get("remainingMs").getAsLong()).isEqualTo(RoundClock.RESTART_MIN_MS);
        }
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.advance(210_000); // down again 10 s into those 15: the 5 s left, not another 15 (a crash loop ends)
            f.rooms.recover();
            f.settle();
            RoomFixture.Player spy = f.connect("spy");
            spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + running + "\"}");
            assertThat(spy.lastState().get("remainingMs").getAsLong()).isEqualTo(5_000L);
        }
    }

    /** A journal whose clock lines fail while {@code failing} holds (the line before them is written). */
    static final class ClockLinesFail extends JournalFile {
        final java.util.concurrent.atomic.AtomicBoolean failing;

        ClockLinesFail(java.nio.file.Path file, java.util.concurrent.atomic.AtomicBoolean failing) throws java.io.IOException {
            super(file, java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND));
            this.failing = failing;
        }

        @Override
        void write(java.nio.ByteBuffer buf) throws java.io.IOException {
            String line = java.nio.charset.StandardCharsets.UTF_8.decode(buf.duplicate()).toString();
            if (failing.get() && line.contains("\"log\":\"clock\"")) {
                throw new java.io.IOException("simulated: no space left for the clock's line");
            }
            super.write(buf);
        }
    }

    @Test
    void aResumeWhoseClockLineCannotBeWrittenKeepsWhatTheClockHadForWhenTheDiskIsBack() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.rooms.journalOpener = file -> new ClockLinesFail(file, failing);
            Table t = table(f, ",\"turnSeconds\":60");
            f.advance(20_000);
            run(f, t.code, teacher(), new ClientMessage.Pause(t.code, null)); // 40 s left
            failing.set(true);
            run(f, t.code, teacher(), new ClientMessage.Resume(t.code, null)); // the resume is written, the clock's line is not
            assertThat(f.room(t.code).journal.broken()).isTrue();
            f.advance(120_000);
            assertThat(gotNotice(t.ua, "timeout")).as("a room that cannot record stands still").isFalse();
            failing.set(false);
            f.rooms.sweep(f.timer.getAsLong()); // the sweeper tries the journal again: it works
            f.settle();
            assertThat(f.room(t.code).journal.broken()).isFalse();
            f.advance(39_999);
            assertThat(gotNotice(t.ua, "timeout")).isFalse();
            f.advance(1);
            assertThat(notice(t.ua, "timeout")).as("the clock went on with its 40 s").isNotNull();
        }
    }

    @Test
    void extendGivesTheRunningOrStoppedClockMoreTimeAndAPhaseWithoutOneIsNoClock() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player fac = f.connect("fac");
            String lobby = fac.create("");
            assertThat(run(f, lobby, teacher(), new ClientMessage.Extend(lobby, 30, null)).code()).isEqualTo(ErrorCode.NOT_STARTED);

            Table t = table(f, ",\"turnSeconds\":60");
            long deadline = t.ua.lastState().get("deadline").getAsLong();
            assertThat(run(f, t.code, teacher(), new ClientMessage.Extend(t.code, 30, null)).isDone()).isTrue();
            assertThat(notice(t.spy, "clock_extended").get("text").getAsString()).contains("30 more seconds");
            assertThat(t.ua.lastState().get("deadline").getAsLong()).isEqualTo(deadline + 30_000L);
            f.advance(60_000);
            assertThat(gotNotice(t.ua, "timeout")).as("the old deadline has passed").isFalse();

            run(f, t.code, teacher(), new ClientMessage.Pause(t.code, null));
            assertThat(run(f, t.code, teacher(), new ClientMessage.Extend(t.code, 15, null)).isDone()).isTrue();
            assertThat(t.ua.lastState().get("remainingMs").getAsLong()).as("a stopped clock keeps the seconds").isEqualTo(45_000L);
            run(f, t.code, teacher(), new ClientMessage.Resume(t.code, null));
            f.advance(44_999);
            assertThat(gotNotice(t.ua, "timeout")).isFalse();
            f.advance(1);
            assertThat(notice(t.ua, "timeout")).isNotNull();
            assertThat(journal(f, t.code)).contains("\"clock_extended\"");

            Table none = table(f, ",\"turnSeconds\":0,\"voteSeconds\":0");
            FacilitationOutcome o = run(f, none.code, teacher(), new ClientMessage.Extend(none.code, 30, null));
            assertThat(o.code()).isEqualTo(ErrorCode.NO_CLOCK);
            assertThat(journal(f, none.code)).doesNotContain("clock_extended");
        }
    }

    @Test
    void addRoundsAndAnnounceReachEverySeatAndSpectator() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            Table t = table(f, "");
            assertThat(run(f, t.code, teacher(), new ClientMessage.AddRounds(t.code, 2, null)).isDone()).isTrue();
            assertThat(notice(t.us, "rounds_added").get("text").getAsString()).isEqualTo("The facilitator added 2 rounds: the game now has 6");
            assertThat(t.spy.lastState().get("rounds").getAsInt()).isEqualTo(6);
            assertThat(run(f, t.code, teacher(), new ClientMessage.AddRounds(t.code, 45, null)).code())
                    .isEqualTo(ErrorCode.TOO_MANY_ROUNDS);

            assertThat(run(f, t.code, teacher(), new ClientMessage.Announce(t.code, "Ten minutes left", null)).isDone()).isTrue();
            for (RoomFixture.Player p : new RoomFixture.Player[] {t.ua, t.ru, t.us, t.spy}) {
                assertThat(notice(p, "announcement").get("text").getAsString()).isEqualTo("The facilitator: Ten minutes left");
            }
            assertThat(run(f, t.code, teacher(), new ClientMessage.Announce(t.code, " ", null)).code()).isEqualTo(ErrorCode.BAD_TEXT);
            assertThat(journal(f, t.code)).contains("\"rounds_added\"").contains("Ten minutes left");
            // a spectator who comes later reads it in the state, as does everyone after a restart
            RoomFixture.Player late = f.connect("late");
            late.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + t.code + "\"}");
            JsonObject lateState = late.lastState();
            JsonObject said = lateState.getAsJsonArray("announcements").get(0).getAsJsonObject();
            assertThat(said.get("text").getAsString()).isEqualTo("Ten minutes left");
            assertThat(said.get("round").getAsInt()).isEqualTo(1);
            assertThat(lateState.getAsJsonArray("notes").get(0).getAsJsonObject().get("text").getAsString())
                    .as("the facilitator's other actions too, in the words the notice had").isEqualTo("The facilitator added 2 rounds: the game now has 6");

            RoomFixture.Player fac = f.connect("fac");
            String lobby = fac.create("");
            assertThat(run(f, lobby, teacher(), new ClientMessage.Announce(lobby, "Welcome", null)).isDone())
                    .as("the lobby may be spoken to").isTrue();
        }
    }

    @Test
    void onlyATeacherOrTheRoomsKeyMayAndAFinishedGameRefuses() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player fac = f.connect("fac");
            fac.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"seed\":7,\"rounds\":1,"
                    + "\"bots\":{\"RU\":\"linear\",\"US\":\"linear\"}}");
            JsonObject created = fac.expect("room_created");
            String code = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            Session someone = Facilitating.player();
            assertThat(run(f, code, someone, new ClientMessage.Announce(code, "hi", null)).code()).isEqualTo(ErrorCode.NOT_FACILITATOR);
            assertThat(run(f, code, someone, new ClientMessage.Announce("all", "hi", key)).code()).isEqualTo(ErrorCode.NOT_FACILITATOR);
            assertThat(run(f, code, someone, new ClientMessage.Announce(code, "hi", "wrong")).code()).isEqualTo(ErrorCode.BAD_KEY);
            assertThat(run(f, code, someone, new ClientMessage.Announce(code, "hi", key)).isDone()).isTrue();
            for (int i = 0; i < 30; i++) {
                run(f, code, someone, new ClientMessage.Announce(code, "hi", "wrong"));
            }
            assertThat(run(f, code, someone, new ClientMessage.Announce(code, "hi", key)).code())
                    .as("guessing is throttled").isEqualTo(ErrorCode.RATE_LIMITED);

            RoomFixture.Player ua = f.connect("ua");
            ua.join(code, "UA");
            ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
            ua.expect("game_over"); // one round, the bots reject Ukraine's best: no deal
            for (ClientMessage.Facilitation m : new ClientMessage.Facilitation[] {new ClientMessage.Pause(code, null),
                    new ClientMessage.Announce(code, "late", null), new ClientMessage.AddRounds(code, 1, null),
                    new ClientMessage.SeatBot(code, "RU", "boulware", null)}) {
                assertThat(run(f, code, teacher(), m).code()).as(m.toString()).isEqualTo(ErrorCode.GAME_OVER);
            }
        }
    }

    @Test
    void theClockWaitsWhileEitherTheFacilitatorsOrTheJournalsPauseHolds() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.rooms.journalOpener = file -> new HardeningTest.FlakyJournal(file, failing);
            Table t = table(f, ",\"turnSeconds\":60");
            f.advance(20_000);
            run(f, t.code, teacher(), new ClientMessage.Pause(t.code, null));
            failing.set(true);
            t.ua.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"hello\"}");
            assertThat(error(t.ua).get("code").getAsString()).isEqualTo("server_error");
            f.advance(10_000);
            failing.set(false);
            f.rooms.sweep(f.timer.getAsLong()); // the journal heals; the facilitator's pause still holds
            f.settle();
            assertThat(notice(t.ru, "resumed").get("text").getAsString()).contains("stays paused");
            f.advance(600_000);
            assertThat(gotNotice(t.ru, "timeout")).isFalse();
            JsonObject st = t.ru.lastState();
            assertThat(st.get("paused").getAsBoolean()).isTrue();
            assertThat(st.get("remainingMs").getAsLong()).isEqualTo(40_000L);

            failing.set(true); // and the other way round: resumed by the facilitator while the journal is broken
            t.ua.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"hello\"}");
            assertThat(run(f, t.code, teacher(), new ClientMessage.Resume(t.code, null)).code()).isEqualTo(ErrorCode.SERVER_ERROR);
            failing.set(false);
            assertThat(run(f, t.code, teacher(), new ClientMessage.Resume(t.code, null)).isDone()).as("heals on the request").isTrue();
            assertThat(t.ru.lastState().get("remainingMs").getAsLong()).isEqualTo(40_000L);
            f.advance(40_000);
            assertThat(notice(t.ru, "timeout")).isNotNull();
        }
    }

    @Test
    void theTeachersOverviewOfARoomThatCannotRecordSaysSoAndShowsNoClock() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
        try (RoomFixture f = new RoomFixture(dir, c -> c.withTeacherKey("a-teacher-key-for-this-test"))) {
            f.rooms.journalOpener = file -> new HardeningTest.FlakyJournal(file, failing);
            Table t = table(f, ",\"turnSeconds\":60");
            RoomFixture.Player teacher = f.open();
            teacher.send("{\"type\":\"hello\",\"name\":\"T\",\"protocol\":1,\"teacherKey\":\"a-teacher-key-for-this-test\"}");
            teacher.expect("class_state");
            f.advance(20_000);
            Room r = f.room(t.code);
            java.util.concurrent.atomic.AtomicReference<org.truce.shared.protocol.ServerParts.RoomOverview> o =
                    new java.util.concurrent.atomic.AtomicReference<>();
            r.executor.execute(() -> o.set(ClassOverview.of(r)));
            f.settle();
            assertThat(o.get().isBroken()).isFalse();
            assertThat(o.get().remainingMs()).isEqualTo(40_000L);

            failing.set(true);
            t.ua.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"hello\"}");
            assertThat(error(t.ua).get("code").getAsString()).isEqualTo("server_error");
            r.executor.execute(() -> o.set(ClassOverview.of(r)));
            f.settle();
            assertThat(o.get().isBroken()).as("it cannot record").isTrue();
            assertThat(o.get().paused()).as("not the facilitator's pause").isFalse();
            assertThat(o.get().deadline()).isNull();
            assertThat(o.get().remainingMs()).as("no clock, as in its players' state (RoundClock.remainingMs)").isNull();
            assertThat(org.truce.shared.protocol.ProtocolCodec.encode(ClassOverview.of(java.util.List.of(o.get()), f.timer.getAsLong())))
                    .contains("\"broken\":true");
            // the teacher's console is told at once, not at the sweeper's next retry
            JsonObject pushed = teacher.expect("class_state");
            while (!pushed.toString().contains("\"broken\":true")) {
                pushed = teacher.expect("class_state");
            }
            assertThat(pushed.toString()).doesNotContain("\"deadline\"");
        }
    }
}
