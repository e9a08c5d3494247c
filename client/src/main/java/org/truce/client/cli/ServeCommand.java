package org.truce.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Placeholder until this subcommand is built: says so and exits 2. */
@Command(name = "serve", description = "Run a server for LAN play and classrooms. (not built yet)")
public final class ServeCommand implements Callable<Integer> {
    @Unmatched
    private java.util.List<String> ignored;

    @Override
    public Integer call() {
        System.err.println("truce serve: not built yet in this version.");
        return 2;
    }
}
