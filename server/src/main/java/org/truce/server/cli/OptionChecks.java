package org.truce.server.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.truce.shared.text.Chars;
import picocli.CommandLine;

/**
 * Checks for option values, made before anything starts, shared by every command line of Truce
 * (the {@code truce} launcher in the client, the server's bench and child-JVM mains). A failed
 * check prints one line ("truce solo: --rounds must be a whole number 1..50, not 0") and the
 * command exits 2; picocli's own refusals go through {@link #parameterError} the same way.
 */
public class OptionChecks {
    /** Room codes as the server makes them (org.truce.server.Secrets): five of these characters. */
    private static final Pattern ROOM = Pattern.compile("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}");
    /** Party ids as scenarios define them (ScenarioLoader). */
    private static final Pattern PARTY = Pattern.compile("[A-Z]{2,4}");

    private final String command;
    private final PrintWriter err;
    private boolean failed;

    /** {@code command} as the user typed it ("truce serve", "LoadBench"): it starts the line. */
    public OptionChecks(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
    }

    /** {@code value} within min..max (a null value is an option left out: fine). */
    public OptionChecks range(String option, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            fail(option + " must be a whole number " + min + ".." + max + ", not " + value);
        }
        return this;
    }

    /** {@code value} above 0 and at most {@code max} (a rate). */
    public OptionChecks positive(String option, double value, double max) {
        if (!(value > 0 && value <= max)) {
            fail(option + " must be a number above 0 and at most " + shown(max) + ", not " + shown(value));
        }
        return this;
    }

    /** A room's five-character join code. */
    public OptionChecks room(String option, String value) {
        if (value != null && !ROOM.matcher(value.strip().toUpperCase(Locale.ROOT)).matches()) {
            String v = value.strip();
            // five characters that are not all from the codes' alphabet: say which, not "five-character" again
            fail(option + " must be a room's five-character join code (e.g. K7QXM), not '" + shown(value) + "'"
                    + (v.length() == 5 ? ": join codes use letters and digits but never 0, 1, I, L or O" : ""));
        }
        return this;
    }

    /** A party id of 2 to 4 letters. */
    public OptionChecks party(String option, String value) {
        if (value != null && !PARTY.matcher(value.strip().toUpperCase(Locale.ROOT)).matches()) {
            fail(option + " must be a party id of 2 to 4 letters (e.g. UA), not '" + shown(value) + "'");
        }
        return this;
    }

    /** An address or host name this machine can resolve (to listen on or connect to). */
    public OptionChecks host(String option, String value) {
        try {
            InetAddress.getByName(value);
        } catch (java.net.UnknownHostException | SecurityException e) {
            fail(option + " must be an address or host name, not '" + shown(value) + "' (unknown host)");
        }
        return this;
    }

    /** Literal IP addresses only (no host name is looked up: trust must not depend on DNS). */
    public OptionChecks ipAddresses(String option, java.util.List<String> values) {
        for (String v : values == null ? java.util.List.<String>of() : values) {
            if (org.truce.server.IpLiteral.parse(v) == null) {
                fail(option + " must be an IP address such as 127.0.0.1 or ::1 (no host names or ranges), not '" + shown(v) + "'");
                break;
            }
        }
        return this;
    }

    /** A directory that exists or could be made, and is writable (made here if missing, owner-only). */
    public OptionChecks writableDir(String option, Path dir) {
        if (failed) {
            return this; // make no directory for a command that is refused anyway
        }
        try {
            // owner-only from the start (a data dir holds room journals): not 0755 then narrowed
            org.truce.server.OwnerOnly.newDirectories(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            fail(option + " " + dir + " is a file, not a directory");
            return this;
        } catch (java.io.IOException | SecurityException e) {
            fail(option + " " + dir + ": cannot create the directory"
                    + (e instanceof java.nio.file.AccessDeniedException ? " (permission denied)" : ""));
            return this;
        }
        if (!Files.isWritable(dir)) {
            fail(option + " " + dir + " is not writable");
        }
        return this;
    }

    /** A check of the caller's own: {@code problem} null means fine. */
    public OptionChecks that(String problem) {
        if (problem != null) {
            fail(problem);
        }
        return this;
    }

    /** True if every check passed; otherwise the first problem has been printed. */
    public boolean ok() {
        return !failed;
    }

    private void fail(String problem) {
        if (!failed) {
            failed = true;
            err.println(command + ": " + problem);
            err.flush();
        }
    }

    private static String shown(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return Chars.count(t) > 40 ? Chars.prefix(t, 40) + "…" : t;
    }

    private static String shown(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /**
     * picocli's own refusals (an unknown option, "abc" for a number) as one line and exit 2,
     * instead of the message followed by the whole usage text.
     */
    public static int parameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        String name = c.getCommandSpec().qualifiedName();
        if (e.getCause() instanceof HostPortConverter.Refused refused) {
            // the converter's line names the value and the problem: picocli's "Invalid value for ..." adds nothing
            c.getErr().println(name + ": " + refused.getMessage());
            c.getErr().flush();
            return 2;
        }
        String message = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", "; ");
        c.getErr().println(name + ": " + message + " (see: " + name + " --help)");
        c.getErr().flush();
        return 2;
    }

    /** A failure of ours while running: one line, never a stack trace on the user's terminal. */
    public static int executionError(Exception e, CommandLine c, CommandLine.ParseResult parsed) {
        org.slf4j.LoggerFactory.getLogger(OptionChecks.class).error("command failed", e);
        c.getErr().println(c.getCommandSpec().qualifiedName() + ": stopped by an internal error: " + e);
        c.getErr().flush();
        return 1;
    }

    /**
     * Runs {@code command} (a picocli {@code @Command}) on {@code args} with these handlers and
     * returns the exit code: 0 done or {@code --help}, 2 bad input (one line on {@code err}).
     */
    public static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setParameterExceptionHandler(OptionChecks::parameterError);
        cli.setExecutionExceptionHandler(OptionChecks::executionError);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** A UTF-8 writer on a standard stream (picocli would use the locale's charset). */
    public static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
