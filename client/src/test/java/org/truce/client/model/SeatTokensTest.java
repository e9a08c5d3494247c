package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two clients of the same user share one settings file: neither resumes into the other's seat. */
class SeatTokensTest {

    @TempDir
    Path home;

    @Test
    void twoClientsInOneRoomNeverResumeIntoEachOthersSeat() {
        Path file = home.resolve(".truce").resolve("client.properties");
        SeatTokens a = new SeatTokens(new ClientSettings(file), "LocalHost:7777", () -> "Ana");
        SeatTokens b = new SeatTokens(new ClientSettings(file), "localhost:7777", () -> "ana ");

        a.store("abcd", "UA", "token-a");
        assertThat(b.only("ABCD")).isEqualTo("token-a"); // one seat known: a restarted client gets it back
        b.store("ABCD", "RU", "token-b");

        // both saved into the same file: neither write lost the other
        ClientSettings fresh = new ClientSettings(file);
        assertThat(fresh.withPrefix("seat.")).containsOnlyKeys("seat.localhost:7777.ABCD.UA.ana", "seat.localhost:7777.ABCD.RU.ana");
        // two seats in the room: no guessing which is whose
        assertThat(a.only("ABCD")).isNull();
        assertThat(b.only("ABCD")).isNull();
        // each party's own token
        assertThat(a.of("ABCD", "UA")).isEqualTo("token-a");
        assertThat(a.of("ABCD", "RU")).isEqualTo("token-b");
        assertThat(b.of("ABCD", "ua")).isEqualTo("token-a");

        // one client's game ends: the other's token stays, and is then the only one
        a.store("ABCD", "UA", null);
        assertThat(b.only("ABCD")).isEqualTo("token-b");
        b.forget("token-b");
        assertThat(a.only("ABCD")).isNull();
        assertThat(new ClientSettings(file).withPrefix("seat.")).isEmpty();
    }

    @Test
    void twoPlayersOnOneAccountNeverFindEachOthersToken() {
        Path file = home.resolve(".truce").resolve("client.properties");
        SeatTokens ana = new SeatTokens(new ClientSettings(file), "lab:7777", () -> "Ana");
        SeatTokens ben = new SeatTokens(new ClientSettings(file), "lab:7777", () -> "Ben");
        SeatTokens dotted = new SeatTokens(new ClientSettings(file), "lab:7777", () -> "J. Ana");

        ana.store("R2D2X", "UA", "ana-token");
        assertThat(ben.only("R2D2X")).isNull();
        assertThat(ben.of("R2D2X", "UA")).isNull();
        assertThat(dotted.only("R2D2X")).isNull();
        assertThat(ana.only("R2D2X")).isEqualTo("ana-token");
        ben.store("R2D2X", "RU", "ben-token");
        dotted.store("R2D2X", "US", "dot-token");
        // each still finds exactly their own
        assertThat(ana.only("R2D2X")).isEqualTo("ana-token");
        assertThat(ben.only("R2D2X")).isEqualTo("ben-token");
        assertThat(dotted.only("R2D2X")).isEqualTo("dot-token");
    }

    @Test
    void theFileIsOwnerOnlyWhereTheFileSystemSupportsIt() throws Exception {
        Path file = home.resolve(".truce").resolve("client.properties");
        ClientSettings s = new ClientSettings(file);
        s.put("name", "Ana");
        s.save();
        ClientSettings other = new ClientSettings(file);
        other.put("server", "h:1");
        s.put("name", "Bo");
        other.save();
        s.save();
        ClientSettings fresh = new ClientSettings(file);
        assertThat(fresh.get("name", null)).isEqualTo("Bo");
        assertThat(fresh.get("server", null)).isEqualTo("h:1");
        try (var list = Files.list(file.getParent())) {
            assertThat(list).containsExactly(file); // no temporary file left behind
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
    }
}
