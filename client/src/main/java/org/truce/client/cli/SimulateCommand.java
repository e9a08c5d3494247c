package org.truce.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Placeholder until this subcommand is built: says so and exits 2. */
@Command(name = "simulate", description = "Play bot-only games fast and summarise them. (not built yet)")
public final class SimulateCommand implements Callable<Integer> {
    @Unmatched
    private java.util.List<String> ignored;

    @Override
    public Integer call() {
        System.err.println("truce simulate: not built yet in this version.");
        return 2;
    }
}
