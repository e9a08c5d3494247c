package org.truce.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.assertj.core.api.AbstractStringAssert;

/** One run of a command line's entry point in this JVM: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {
    /** A command line's {@code execute(out, err, args...)}, e.g. {@code ServerMain::execute}. */
    @FunctionalInterface
    public interface Main {
        /** Runs the command on {@code args} and returns its exit code. */
        int execute(PrintWriter out, PrintWriter err, String... args);
    }

    /** Runs {@code main} on {@code args} in this JVM and captures both streams. */
    public static CliRun of(Main main, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output with the line ending taken off (it must be exactly one line). */
    public String errLine() {
        return err.stripTrailing();
    }

    /** Asserts the run was refused as bad input: exactly {@code line} on the error stream, exit 2, nothing on out. */
    public void assertRefused(String line) {
        assertThat(errLine()).isEqualTo(line);
        assertThat(code).isEqualTo(2);
        assertThat(out).isEmpty();
    }

    /** Asserts a {@code --help} run: exit 0, nothing on err, out starting with {@code usage}; returns out for more checks. */
    public AbstractStringAssert<?> assertHelp(String usage) {
        assertThat(code).isZero();
        assertThat(err).isEmpty();
        return assertThat(out).startsWith(usage);
    }
}
