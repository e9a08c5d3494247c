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

class JournalFileTest {
    @TempDir
    Path dir;

    private Path write() throws IOException {
        Path f = dir.resolve("ABCDE.jsonl");
        try (JournalFile journal = JournalFile.open(f)) {
            journal.setup(new JournalFile.Setup("ABCDE", "test-mini", 4, 0, 0, "normal", 9, 0, Map.of("US", "linear"), "k", 1));
            journal.seat(new JournalFile.SeatTaken("UA", "ana", "tok"));
            journal.events(List.of(new Event.GameStarted("test-mini", 4, List.of("UA", "RU", "US"), 9),
                    new Event.Said(1, "UA", "RU", "psst")));
        }
        return f;
    }

    /** A stand-in's start and end: the last word counts; a new player or a freed seat ends it; older journals have none. */
    @Test
    void standInsAreReadBackUntilTheirPlayerReturnsOrTheSeatChangesHands() throws IOException {
        Path f = write();
        assertThat(JournalFile.read(f).standIns()).as("a journal without stand_in lines").isEmpty();
        try (JournalFile journal = JournalFile.open(f)) {
            journal.seat(new JournalFile.SeatTaken("RU", "ben", "t2"));
            journal.standIn("UA", true);
            journal.standIn("RU", true);
        }
        assertThat(JournalFile.read(f).standIns()).containsExactly("UA", "RU");
        try (JournalFile journal = JournalFile.open(f)) {
            journal.standIn("UA", false);
            journal.unseat("RU", "t2", Unseating.FREED);
        }
        assertThat(JournalFile.read(f).standIns()).isEmpty();
        try (JournalFile journal = JournalFile.open(f)) {
            journal.standIn("UA", true);
            journal.seat(new JournalFile.SeatTaken("UA", "cy", "t3"));
        }
        assertThat(JournalFile.read(f).standIns()).as("a new player took the seat").isEmpty();
    }

    /** Team lines: members (a new name replaces the old), a lead swapped with a member, a member gone, the team channel; a freed seat's team goes. */
    @Test
    void teamsAreReadBackWithTheirLeadAndChannel() throws IOException {
        Path f = write();
        String ana = Secrets.hash("tok");
        String ben = Secrets.hash("t-ben");
        String cy = Secrets.hash("t-cy");
        try (JournalFile journal = JournalFile.open(f)) {
            journal.member("UA", "ben", ben);
            journal.member("UA", "cy", cy);
            journal.member("UA", "Ben B", ben);
            journal.standIn("UA", true);
            journal.lead("UA", ben);
            journal.unmember("UA", cy);
            journal.teamSaid(new JournalFile.TeamLine("UA", "Ben B", "hold the line", 1));
        }
        JournalFile.Contents c = JournalFile.read(f);
        assertThat(c.seats()).containsExactly(new JournalFile.SeatTaken("UA", "Ben B", ben));
        assertThat(c.members().get("UA")).containsExactly(new JournalFile.SeatTaken("UA", "ana", ana));
        assertThat(c.standIns()).as("the new lead is here: no stand-in").isEmpty();
        assertThat(c.teamLines()).containsExactly(new JournalFile.TeamLine("UA", "Ben B", "hold the line", 1));
        try (JournalFile journal = JournalFile.open(f)) {
            journal.unseat("UA", ben, Unseating.FREED);
        }
        assertThat(JournalFile.read(f).members()).as("the team goes with its seat").doesNotContainKey("UA");
    }

    @Test
    void roundTrips() throws IOException {
        JournalFile.Contents c = JournalFile.read(write());
        assertThat(c.setup().bots()).containsEntry("US", "linear");
        // a plaintext token (as journals before hashing held) comes back hashed
        assertThat(c.seats()).containsExactly(new JournalFile.SeatTaken("UA", "ana", Secrets.hash("tok")));
        assertThat(c.events()).hasSize(2).element(1).isEqualTo(new Event.Said(1, "UA", "RU", "psst"));
    }

    @Test
    void aTornLastLineIsReportedNotCutUntilTheCallerKeepsTheRoom() throws IOException {
        Path f = write();
        long good = Files.size(f);
        Files.writeString(f, "{\"log\":\"events\",\"events\":[{\"type\":\"tab", StandardOpenOption.APPEND);
        long torn = Files.size(f);
        JournalFile.Contents c = JournalFile.read(f);
        assertThat(c.events()).hasSize(2);
        assertThat(c.tornAt()).isEqualTo(good);
        assertThat(Files.size(f)).as("reading changes nothing").isEqualTo(torn);
        JournalFile.truncate(f, c.tornAt());
        assertThat(Files.size(f)).isEqualTo(good);
        // appends continue cleanly after the cut
        try (JournalFile journal = JournalFile.open(f)) {
            journal.events(List.of(new Event.Said(1, "RU", "all", "again")));
        }
        assertThat(JournalFile.read(f).events()).hasSize(3);
    }

    @Test
    void aCompleteLineThatCannotBeReadIsCorruptionNotATornLine() throws IOException {
        Path f = write();
        // a newer server's event type, on a complete last line: not torn, must not be cut
        Files.writeString(f, "{\"log\":\"events\",\"events\":[{\"type\":\"from_the_future\"}]}\n", StandardOpenOption.APPEND);
        long size = Files.size(f);
        assertThatThrownBy(() -> JournalFile.read(f)).isInstanceOf(JournalFile.CorruptJournalException.class)
                .hasMessageContaining("unreadable line");
        assertThat(Files.size(f)).isEqualTo(size);
    }

    @Test
    void aBadLineInTheMiddleIsAnError() throws IOException {
        Path f = write();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        lines.set(1, "garbage");
        Files.write(f, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JournalFile.read(f)).isInstanceOf(JournalFile.CorruptJournalException.class)
                .hasMessageContaining("unreadable line");
    }

    @Test
    void oneOutcomeIsOneLineAndTheOldOneEventPerLineFormatStillReads() throws IOException {
        Path f = write();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("{\"log\":\"events\"");
        Path old = dir.resolve("OLD.jsonl");
        Files.writeString(old, lines.get(0) + "\n" + lines.get(1) + "\n"
                + "{\"log\":\"event\",\"event\":{\"type\":\"said\",\"round\":1,\"from\":\"UA\",\"to\":\"all\",\"text\":\"hi\"}}\n");
        JournalFile.Contents c = JournalFile.read(old);
        assertThat(c.events()).containsExactly(new Event.Said(1, "UA", "all", "hi"));
    }

    @Test
    void aFailedWriteIsCutBackOffTheFile() throws IOException {
        Path f = write();
        long good = Files.size(f);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            JournalFile half = new JournalFile(f, ch) {
                @Override
                void write(java.nio.ByteBuffer buf) throws IOException {
                    buf.limit(buf.position() + buf.remaining() / 2);
                    super.write(buf); // half the line reaches the file, then the disk fails
                    throw new IOException("disk full");
                }
            };
            assertThatThrownBy(() -> half.events(List.of(new Event.Voted(1, "RU", false, false),
                    new Event.RoundFailed(1, List.of("RU"), "rejected")))).isInstanceOf(IOException.class);
        }
        assertThat(Files.size(f)).isEqualTo(good);
        assertThat(JournalFile.read(f).tornAt()).isEqualTo(-1);
    }

    @Test
    void aNewJournalFileForcesItsDirectory() throws IOException {
        long before = JournalFile.DIR_SYNCS.get();
        try (JournalFile journal = JournalFile.open(dir.resolve("NEWRM.jsonl"))) {
            journal.closed(Closing.EXPIRED);
        }
        assertThat(JournalFile.DIR_SYNCS.get()).isGreaterThan(before);
    }

    @Test
    void freedSeatsAndNewNamesAndClosingAreReadBack() throws IOException {
        Path f = write();
        try (JournalFile journal = JournalFile.open(f)) {
            journal.name("UA", "ana2");
            journal.seat(new JournalFile.SeatTaken("RU", "rita", "tok2"));
            journal.unseat("RU", "tok2", Unseating.LEFT);
            journal.closed(Closing.FACILITATOR);
        }
        JournalFile.Contents c = JournalFile.read(f);
        assertThat(c.seats()).containsExactly(new JournalFile.SeatTaken("UA", "ana2", Secrets.hash("tok")));
        assertThat(c.closed()).isEqualTo("facilitator");
        // a freed seat's revoked token (hashed, also from an older journal's plaintext) and why
        assertThat(c.unseated()).containsExactly(new JournalFile.Unseated("RU", Secrets.hash("tok2"), Unseating.LEFT));
        assertThat(Files.readString(f)).contains("\"reason\":\"left\"");
    }

    @Test
    void anUnseatLineWithoutAReasonOrWithOneThisServerDoesNotKnowReadsAsFreed() throws IOException {
        Path f = write();
        Files.writeString(f, "{\"log\":\"unseat\",\"party\":\"UA\",\"token\":\"tok\"}\n"
                + "{\"log\":\"seat\",\"party\":\"UA\",\"name\":\"ana\",\"token\":\"t2\"}\n"
                + "{\"log\":\"unseat\",\"party\":\"UA\",\"token\":\"t2\",\"reason\":\"kicked\"}\n", StandardOpenOption.APPEND);
        assertThat(JournalFile.read(f).unseated()).containsExactly(new JournalFile.Unseated("UA", Secrets.hash("tok"), Unseating.FREED),
                new JournalFile.Unseated("UA", Secrets.hash("t2"), Unseating.FREED));
    }
}
