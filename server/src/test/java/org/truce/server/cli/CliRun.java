package org.truce.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BiFunction;

/** One run of a command line's entry point in this JVM: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {
    /** Runs {@code main} (an {@code execute(out, err, args...)} with the arguments bound) and captures both streams. */
    public static CliRun of(BiFunction<PrintWriter, PrintWriter, Integer> main) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = main.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output with the line ending taken off (it must be exactly one line). */
    public String errLine() {
        return err.stripTrailing();
    }
}
