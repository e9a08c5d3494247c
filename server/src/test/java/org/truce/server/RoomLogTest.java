package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.engine.Event;

class RoomLogTest {
    @TempDir
    Path dir;

    private Path write() throws IOException {
        Path f = dir.resolve("ABCDE.jsonl");
        try (RoomLog log = RoomLog.open(f)) {
            log.setup(new RoomLog.Setup("ABCDE", "test-mini", 4, 0, 0, "normal", 9, 0, Map.of("US", "linear"), "k", 1));
            log.seat(new RoomLog.SeatTaken("UA", "ana", "tok"));
            log.events(List.of(new Event.GameStarted("test-mini", 4, List.of("UA", "RU", "US"), 9),
                    new Event.Said(1, "UA", "RU", "psst")));
        }
        return f;
    }

    @Test
    void roundTrips() throws IOException {
        RoomLog.Contents c = RoomLog.read(write());
        assertThat(c.setup().bots()).containsEntry("US", "linear");
        assertThat(c.seats()).containsExactly(new RoomLog.SeatTaken("UA", "ana", "tok"));
        assertThat(c.events()).hasSize(2).element(1).isEqualTo(new Event.Said(1, "UA", "RU", "psst"));
    }

    @Test
    void aTornLastLineIsDroppedAndCutOff() throws IOException {
        Path f = write();
        long good = Files.size(f);
        Files.writeString(f, "{\"log\":\"event\",\"event\":{\"type\":\"tab", StandardOpenOption.APPEND);
        RoomLog.Contents c = RoomLog.read(f);
        assertThat(c.events()).hasSize(2);
        assertThat(Files.size(f)).isEqualTo(good);
        // appends continue cleanly after the cut
        try (RoomLog log = RoomLog.open(f)) {
            log.events(List.of(new Event.Said(1, "RU", "all", "again")));
        }
        assertThat(RoomLog.read(f).events()).hasSize(3);
    }

    @Test
    void aBadLineInTheMiddleIsAnError() throws IOException {
        Path f = write();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        lines.set(1, "garbage");
        Files.write(f, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RoomLog.read(f)).isInstanceOf(IOException.class).hasMessageContaining("bad line");
    }
}
