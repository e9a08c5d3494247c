package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The room's journal on the hand-driven room: the broken flag, what a broken journal refuses, healing; and the executor check. */
@Timeout(30)
class RoomJournalTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenJournalRefusesMovesUntilItCanBeWrittenAgain() throws Exception {
        AtomicBoolean failing = new AtomicBoolean();
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            f.rooms.journalOpener = file -> new HardeningTest.FlakyJournal(file, failing);
            RoomFixture.Player ua = f.connect("ua");
            RoomFixture.Player ru = f.connect("ru");
            String code = ua.create(",\"bots\":{\"US\":\"linear\"},\"turnSeconds\":0,\"voteSeconds\":0");
            ua.join(code, "UA");
            ru.join(code, "RU");
            Room room = f.room(code);
            long size = Files.size(room.journal.path());
            assertThat(room.journal.broken()).isFalse();

            failing.set(true);
            ua.send("{\"type\":\"propose\",\"id\":\"p1\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            assertThat(ua.take("the refusal", o -> "error".equals(Wire.type(o))).get("code").getAsString()).isEqualTo("server_error");
            assertThat(room.journal.broken()).isTrue();
            assertThat(room.paused()).isTrue();
            // a second try while the disk still fails: refused, and nothing was shown or journaled
            ua.send("{\"type\":\"propose\",\"id\":\"p2\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            assertThat(ua.take("the refusal", o -> "error".equals(Wire.type(o))).get("code").getAsString()).isEqualTo("server_error");
            assertThat(ru.lastState().get("phase").getAsString()).isEqualTo("proposing");
            assertThat(Files.size(room.journal.path())).isEqualTo(size);

            failing.set(false);
            ua.send("{\"type\":\"propose\",\"id\":\"p3\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            assertThat(room.journal.broken()).as("the next request heals the journal").isFalse();
            assertThat(ru.take("resumed", o -> "notice".equals(Wire.type(o)) && "resumed".equals(o.get("kind").getAsString())))
                    .isNotNull();
            assertThat(ru.lastState().get("phase").getAsString()).isEqualTo("voting");
            assertThat(Files.size(room.journal.path())).isGreaterThan(size);
        }
    }

    @Test
    void roomStateIsTouchedOnlyOnTheRoomsExecutor() throws Exception {
        try (RoomFixture f = new RoomFixture(dir, c -> c)) {
            RoomFixture.Player ua = f.connect("ua");
            String code = ua.create("");
            Room room = f.room(code);
            assertThat(room.executor.inThread()).isFalse();
            assertThatThrownBy(() -> room.sweep(0)).isInstanceOf(AssertionError.class).hasMessageContaining("off its executor");
            boolean[] inside = new boolean[1];
            room.executor.execute(() -> {
                inside[0] = room.executor.inThread();
                room.sweep(0);
            });
            f.settle();
            assertThat(inside[0]).isTrue();
        }
    }
}
