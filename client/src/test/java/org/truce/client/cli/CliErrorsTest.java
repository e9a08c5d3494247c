package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** Bad arguments to solo and join: one clear line on stderr, exit code 2, no stack trace, no screen opened. */
class CliErrorsTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TruceMain());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void oneLine(Run r, String start) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith(start).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Timeout(10)
    void soloWithAnUnknownParty() {
        Run r = run("solo", "--party", "XX");
        oneLine(r, "truce solo: no party 'XX' in paris-summit");
        assertThat(r.err()).contains("UA, RU, US, FR, UK, DE");
    }

    @Test
    @Timeout(10)
    void soloWithAnUnknownDifficulty() {
        oneLine(run("solo", "--difficulty", "impossible"), "truce solo: --difficulty must be easy, normal or hard, not 'impossible'");
    }

    @Test
    @Timeout(10)
    void soloWithAMissingScenarioFile() {
        Run r = run("solo", "--scenario", "/no/such/file");
        oneLine(r, "truce solo: cannot load scenario '/no/such/file'");
        assertThat(r.err()).contains("no such file").contains("paris-summit");
    }

    @Test
    @Timeout(10)
    void joinWithABadPort() {
        oneLine(run("join", "badhost:99999"), "truce join: bad address 'badhost:99999'");
        oneLine(run("join", "localhost:x"), "truce join: bad address 'localhost:x'");
    }

    @Test
    @Timeout(10)
    void joinWithATooLongOrControlCharacterName() {
        oneLine(run("join", "localhost", "--name", "x".repeat(33)), "truce join: bad --name: Your name must be at most 32 characters");
        oneLine(run("join", "localhost", "--name", "a\u001b[2Jb"), "truce join: bad --name: Your name must be plain text");
    }
}
