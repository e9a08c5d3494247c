package org.truce.server;

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
    void helpListsEveryOptionAndExits0() {
        run("--help").assertHelp("Usage: ServerMain").contains("--port", "--bind", "--data", "--grace", "--bot-delay",
                "--turn", "--vote", "--room-threads", "--trust", "--teacher-key");
    }
}
