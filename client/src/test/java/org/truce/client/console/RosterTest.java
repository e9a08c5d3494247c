package org.truce.client.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster read from a count or a file, spread leads first over the seats, and its sheet lines. */
class RosterTest {
    @TempDir
    Path dir;

    @Test
    void aCountNamesTheStudentsAndLeadsComeFirst() {
        Roster r = Roster.read(" 5 ", dir);
        assertThat(r.names()).containsExactly("Student 1", "Student 2", "Student 3", "Student 4", "Student 5");
        List<Roster.Place> places = r.spread(List.of(Map.entry("AAAAA", "UA"), Map.entry("AAAAA", "RU"), Map.entry("BBBBB", "UA")));
        assertThat(places).containsExactly(new Roster.Place("Student 1", "AAAAA", "UA", true),
                new Roster.Place("Student 2", "AAAAA", "RU", true), new Roster.Place("Student 3", "BBBBB", "UA", true),
                new Roster.Place("Student 4", "AAAAA", "UA", false), new Roster.Place("Student 5", "AAAAA", "RU", false));
        assertThat(Roster.sheetLines("h:7777", places)).contains("  UA  Student 4   truce join h:7777 --name \"Student 4\" --room AAAAA"
                + " --party UA --member");
    }

    @Test
    void aBadRosterIsOneLineNamingTheProblem() throws Exception {
        assertThatThrownBy(() -> Roster.read("0", dir)).hasMessage("A roster of 1 to 500 students, or a file with one name per line.");
        assertThatThrownBy(() -> Roster.read("missing.txt", dir)).hasMessageStartingWith("Cannot read ")
                .hasMessageContaining("missing.txt");
        Files.write(dir.resolve("twice.txt"), List.of("# class 9B", "Ana", "Ben", "Ana"));
        assertThatThrownBy(() -> Roster.read("twice.txt", dir)).hasMessage("twice.txt line 4: Ana is on the roster twice.");
        Files.write(dir.resolve("bad.txt"), List.of("Ana", "Ukra\u200Bine"));
        assertThatThrownBy(() -> Roster.read("bad.txt", dir)).hasMessageStartingWith("bad.txt line 2: ");
        Files.write(dir.resolve("empty.txt"), List.of("", "# nobody yet"));
        assertThatThrownBy(() -> Roster.read("empty.txt", dir)).hasMessage("empty.txt has no names (one name per line).");
    }
}
