package org.truce.client.cli;

import java.io.PrintWriter;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Checks for option values, made before any terminal or server starts. A failed check prints
 * one line ("truce solo: --rounds must be a whole number 1..50, not 0") and the command exits 2.
 */
final class OptionChecks {
    /** Room codes as the server makes them (org.truce.server.Secrets): five of these characters. */
    private static final Pattern ROOM = Pattern.compile("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}");
    /** Party ids as scenarios define them (ScenarioLoader). */
    private static final Pattern PARTY = Pattern.compile("[A-Z]{2,4}");

    private final String command;
    private final PrintWriter err;
    private boolean failed;

    OptionChecks(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
    }

    /** {@code value} within min..max (a null value is an option left out: fine). */
    OptionChecks range(String option, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            fail(option + " must be a whole number " + min + ".." + max + ", not " + value);
        }
        return this;
    }

    OptionChecks room(String option, String value) {
        if (value != null && !ROOM.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches()) {
            fail(option + " must be a room's five-character join code (e.g. K7QXM), not '" + shown(value) + "'");
        }
        return this;
    }

    OptionChecks party(String option, String value) {
        if (value != null && !PARTY.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches()) {
            fail(option + " must be a party id of 2 to 4 letters (e.g. UA), not '" + shown(value) + "'");
        }
        return this;
    }

    /** A check of the caller's own: {@code problem} null means fine. */
    OptionChecks that(String problem) {
        if (problem != null) {
            fail(problem);
        }
        return this;
    }

    /** True if every check passed; otherwise the first problem has been printed. */
    boolean ok() {
        return !failed;
    }

    private void fail(String problem) {
        if (!failed) {
            failed = true;
            err.println("truce " + command + ": " + problem);
            err.flush();
        }
    }

    private static String shown(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /**
     * picocli's own refusals (an unknown option, "abc" for a number) as one line and exit 2,
     * instead of the message followed by the whole usage text.
     */
    static int parameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        String name = c.getCommandSpec().qualifiedName();
        String message = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", "; ");
        c.getErr().println(name + ": " + message + " (see: " + name + " --help)");
        c.getErr().flush();
        return 2;
    }

    /** A failure of ours while running: one line, never a stack trace on the player's terminal. */
    static int executionError(Exception e, CommandLine c, CommandLine.ParseResult parsed) {
        org.slf4j.LoggerFactory.getLogger(OptionChecks.class).error("command failed", e);
        c.getErr().println(c.getCommandSpec().qualifiedName() + ": stopped by an internal error: " + e);
        c.getErr().flush();
        return 1;
    }
}
