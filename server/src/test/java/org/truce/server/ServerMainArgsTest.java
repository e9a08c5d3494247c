package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.cli.CliRun;

/** ServerMain's command line: bad options are one line and exit 2 before the server starts; --help exits 0. */
class ServerMainArgsTest {
    private static CliRun run(String... args) {
        return CliRun.of(ServerMain::execute, args);
    }

    private static void refused(String line, String... args) {
        run(args).assertRefused(line);
    }

    @Test
    void outOfRangeOptionsNameTheOptionAndItsRange() {
        // "--port 99999" was an IllegalArgumentException stack trace from ServerConfig
        refused("ServerMain: --port must be a whole number 0..65535, not 99999", "--port", "99999");
        refused("ServerMain: --grace must be a whole number 0..86400, not -1", "--grace", "-1");
        refused("ServerMain: --bot-delay must be a whole number 0..60000, not 60001", "--bot-delay", "60001");
        refused("ServerMain: --turn must be a whole number 0..3600, not 3601", "--turn", "3601");
        refused("ServerMain: --vote must be a whole number 0..3600, not -2", "--vote", "-2");
        refused("ServerMain: --room-threads must be a whole number 1..256, not 0", "--room-threads", "0");
        refused("ServerMain: --bind must be an address or host name, not 'no.such.host.invalid' (unknown host)",
                "--bind", "no.such.host.invalid");
        refused("ServerMain: --teacher-key must be 16 to 128 characters long", "--teacher-key", "short");
        refused("ServerMain: --teacher-key must be printable ASCII letters, digits or signs, without spaces",
                "--teacher-key", "tab\there-and-long-enough");
    }

    @Test
    void picocliRefusalsAreOneLineToo() {
        refused("ServerMain: Invalid value for option '--port': 'x' is not an int (see: ServerMain --help)", "--port", "x");
        refused("ServerMain: Unknown options: '--portt', '1' (see: ServerMain --help)", "--portt", "1");
        refused("ServerMain: Missing required parameter for option '--data' (DIR) (see: ServerMain --help)", "--data");
    }

    @Test
    void aDataDirThatIsAFileIsRefused(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        refused("ServerMain: --data " + file + " is a file, not a directory", "--data", file.toString(), "--port", "0");
    }

    @Test
    void anUnusableTeacherKeyFileIsOneLineAndExit2(@TempDir Path tmp) throws IOException {
        Path key = Files.writeString(tmp.resolve(TeacherKey.FILE), "short\n");
        refused("ServerMain: " + key + " does not hold a usable teacher key (must be 16 to 128 characters long); "
                + "delete it to get a new one, or pass --teacher-key", "--data", tmp.toString(), "--port", "0");
        Files.write(key, new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        refused("ServerMain: " + key + " does not hold a usable teacher key (not UTF-8 text); delete it to get a new one, "
                + "or pass --teacher-key", "--data", tmp.toString(), "--port", "0");
        // a link to someone else's file is neither read nor shown
        Path other = Files.writeString(tmp.resolve("notes.txt"), "a-private-note-not-a-key\n");
        Files.delete(key);
        Files.createSymbolicLink(key, other);
        refused("ServerMain: " + key + " is a link, not the teacher key's own file; delete it to get a new one, or pass "
                + "--teacher-key", "--data", tmp.toString(), "--port", "0");
    }

    @Test
    void aGivenTeacherKeyReplacesTheFileAtomicallyOwnerOnly(@TempDir Path tmp) throws IOException {
        Path key = Files.writeString(tmp.resolve(TeacherKey.FILE), "an-old-key-of-the-teacher\n");
        if (OwnerOnly.POSIX) {
            Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        Object before = Files.readAttributes(key, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertThat(TeacherKey.resolve(tmp, "a-new-key-of-the-teacher")).isEqualTo("a-new-key-of-the-teacher");
        assertThat(Files.readString(key)).isEqualTo("a-new-key-of-the-teacher\n");
        if (OwnerOnly.POSIX) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                    .isEqualTo("rw-------");
            // a new file moved over the old (never the old one emptied and rewritten in place)
            assertThat(Files.readAttributes(key, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isNotEqualTo(before);
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(TeacherKey.FILE);
        }
    }

    @Test
    void helpListsEveryOptionAndExits0() {
        run("--help").assertHelp("Usage: ServerMain").contains("--port", "--bind", "--data", "--grace", "--bot-delay",
                "--turn", "--vote", "--room-threads", "--trust", "--teacher-key");
    }
}
