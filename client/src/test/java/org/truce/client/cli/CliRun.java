package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line in this JVM: its exit code and what it wrote to stdout and stderr. */
record CliRun(int exit, String out, String err) {
    /** Runs {@code truce ARGS…} as {@link TruceMain} would, catching its output. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = TruceMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Bad input's answer: exit 2, nothing on stdout, one line on stderr starting with {@code start}, no stack trace. */
    void isOneLine(String start) {
        assertThat(exit).as(err).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
        assertThat(err).startsWith(start).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
