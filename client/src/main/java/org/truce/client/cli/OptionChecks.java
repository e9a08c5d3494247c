package org.truce.client.cli;

import java.io.PrintWriter;

/**
 * The {@code truce} launcher's option checks: the server module's shared checks, each line
 * starting "truce COMMAND: " ("truce solo: --rounds must be a whole number 1..50, not 0").
 */
final class OptionChecks extends org.truce.server.cli.OptionChecks {
    OptionChecks(String command, PrintWriter err) {
        super("truce " + command, err);
    }
}
