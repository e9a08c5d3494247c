package org.truce.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.cli.CliRun;

/** KillCampaign's command line: bad options are one line and exit 2 before the server starts; --help exits 0. */
class KillCampaignArgsTest {
    private static CliRun run(String... args) {
        return CliRun.of(KillCampaign::execute, args);
    }

    private static void refused(String line, String... args) {
        run(args).assertRefused(line);
    }

    @Test
    void outOfRangeOptionsNameTheOptionAndItsRange() {
        refused("KillCampaign: --kills must be a whole number 1..100000, not 0", "--kills", "0");
        refused("KillCampaign: --minutes must be a whole number 1..600, not 601", "--minutes", "601");
        refused("KillCampaign: --rooms must be a whole number 1..200, not 201", "--rooms", "201");
        refused("KillCampaign: --min-ms must be a whole number 0..600000, not -5", "--min-ms", "-5");
        refused("KillCampaign: --max-ms must be more than --min-ms, not 100 with --min-ms 300", "--max-ms", "100");
    }

    @Test
    void picocliRefusalsAreOneLineToo() {
        // "--seed x" was a NumberFormatException stack trace
        refused("KillCampaign: Invalid value for option '--seed': 'x' is not a long (see: KillCampaign --help)", "--seed", "x");
        refused("KillCampaign: Unknown options: '--kill', '1' (see: KillCampaign --help)", "--kill", "1");
        refused("KillCampaign: Missing required parameter for option '--rooms' (R) (see: KillCampaign --help)", "--rooms");
    }

    @Test
    void aDirThatIsAFileIsRefused(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        refused("KillCampaign: --dir " + file + " is a file, not a directory", "--dir", file.toString());
    }

    @Test
    void helpListsEveryDocumentedOptionAndExits0() {
        run("--help").assertHelp("Usage: KillCampaign").contains("--kills", "--minutes", "--rooms", "--min-ms",
                "--max-ms", "--seed", "--dir", "--keep", "--classpath", "--scenario", "default 100", "default 25");
    }
}
