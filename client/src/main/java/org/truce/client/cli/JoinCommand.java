package org.truce.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Placeholder until this subcommand is built: says so and exits 2. */
@Command(name = "join", description = "Join a game on a server. (not built yet)")
public final class JoinCommand implements Callable<Integer> {
    @Unmatched
    private java.util.List<String> ignored;

    @Override
    public Integer call() {
        System.err.println("truce join: not built yet in this version.");
        return 2;
    }
}
