package org.truce.client.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.sim.BotBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code truce bench}: how long a bot takes to move, and how long the exhaustive analysis takes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure bot decision time (percentiles per move) and the exhaustive analysis.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "ID|FILE", description = "Scenario (default: paris-summit).")
    private String scenario;

    @Option(names = "--games", paramLabel = "N", defaultValue = "600", description = "Games measured (default: ${DEFAULT-VALUE}).")
    private int games;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    private long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!new OptionChecks("bench", spec.commandLine().getErr()).range("--games", games, 1, 1_000_000).ok()) {
            return 2;
        }
        Scenario s;
        try {
            s = ScenarioFiles.load(scenario);
        } catch (ScenarioException e) {
            spec.commandLine().getErr().println("truce bench: " + e.getMessage());
            return 2;
        }
        BotBench.Result r = BotBench.run(s, Math.max(6, games), seed);
        out.printf(Locale.ROOT, "Scenario %s: %d packages; analysis (utility tables, Pareto frontier of %d, Nash) %.0f ms cold%n",
                r.scenario(), s.space().size(), r.paretoSize(), r.analysisMillis());
        out.printf(Locale.ROOT, "Bot decision time over %d moves in %d games (microseconds):%n", r.moves(), r.games());
        out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s%n", "strategy", "p50", "p90", "p99", "p99.9", "max");
        for (Map.Entry<String, double[]> e : r.percentilesByStrategy().entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        row(out, "all", r.overall());
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, double[] p) {
        out.printf(Locale.ROOT, "%-12s", name);
        for (double v : p) {
            // a strategy that made no move has no times: "–", never NaN
            out.printf(Locale.ROOT, " %8s", Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v));
        }
        out.println();
    }
}
