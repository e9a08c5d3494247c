package org.truce.client.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.json.Json;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.sim.SimulationReport;
import org.truce.shared.sim.Simulator;
import org.truce.shared.text.TextWidth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code truce simulate}: plays bot-only games in-process and summarises them. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Play bot-only games fast and summarise them.",
                "The same seed gives the same output, apart from the timing fields."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "ID|FILE", description = "Built-in scenario id or a scenario JSON file (default: paris-summit).")
    private String scenario;

    @Option(names = "--games", paramLabel = "N", defaultValue = "1000", description = "Number of games (default: ${DEFAULT-VALUE}).")
    private int games;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--bots", paramLabel = "PARTY=STRATEGY,...", split = ",",
            description = "Strategies per party, e.g. RU=boulware,US=conceder; others play their persona. Strategies: "
                    + "default, boulware, conceder, linear, tit-for-tat, modeller.")
    private Map<String, String> bots = new LinkedHashMap<>();

    @Option(names = "--difficulty", paramLabel = "LEVEL", defaultValue = "normal", description = "easy, normal or hard (default: ${DEFAULT-VALUE}).")
    private String difficulty;

    @Option(names = "--json", description = "Print exactly one JSON object on stdout.")
    private boolean json;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "Games played first and not counted, so that the timing is of a warm JVM (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Scenario s;
        try {
            s = ScenarioFiles.load(scenario);
        } catch (ScenarioException e) {
            err.println("truce simulate: " + e.getMessage());
            return 2;
        }
        if (games < 1 || games > 10_000_000) {
            err.println("truce simulate: --games must be between 1 and 10000000");
            return 2;
        }
        Difficulty level = Difficulty.parse(difficulty);
        if (level == null) {
            err.println("truce simulate: --difficulty must be easy, normal or hard, not '" + difficulty + "'");
            return 2;
        }
        for (Map.Entry<String, String> e : bots.entrySet()) {
            if (s.info().partyIndex(e.getKey()) < 0) {
                err.println("truce simulate: --bots: no party '" + e.getKey() + "' in " + s.id()
                        + " (parties: " + String.join(", ", s.info().partyIds()) + ")");
                return 2;
            }
            if (!Bot.isKnown(e.getValue())) {
                err.println("truce simulate: --bots: unknown strategy '" + e.getValue() + "' for " + e.getKey()
                        + " (strategies: " + String.join(", ", Bot.STRATEGIES) + ")");
                return 2;
            }
        }
        if (warmup < 0 || warmup > 1_000_000) {
            err.println("truce simulate: --warmup must be between 0 and 1000000");
            return 2;
        }
        if (warmup > 0) {
            Simulator.run(s, warmup, seed + 1, bots, level); // JIT warm-up, other games, not reported
        }
        SimulationReport r = Simulator.run(s, games, seed, bots, level);
        if (json) {
            // an average over no games is written as null (not left out, and never NaN)
            out.println(Json.gson().newBuilder().serializeNulls().create().toJson(r));
        } else {
            print(out, s, r);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Scenario s, SimulationReport r) {
        out.printf(Locale.ROOT, "Truce simulation: %s, %d games, seed %d, %s bots%n", r.scenario(), r.games(), r.seed(), r.difficulty());
        out.printf(Locale.ROOT, "Agreements: %d of %d (%.1f%%), mean rounds played %.2f, mean round of agreement %s%n",
                r.agreements(), r.games(), 100 * r.agreementRate(), r.meanRounds(),
                r.meanAgreementRound() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.meanAgreementRound()));
        // an average over no agreements is "–" (null in --json), never NaN
        out.printf(Locale.ROOT, "Pareto-optimal agreements: %s, mean distance to the Nash solution: %s%n",
                r.paretoOptimalShare() == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * r.paretoOptimalShare()),
                r.meanNashDistance() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.meanNashDistance()));
        out.println();
        // columns measured as the terminal draws them (a CJK character takes two), not in chars
        int nameW = 24;
        for (Party p : s.parties()) {
            nameW = Math.max(nameW, TextWidth.cols(p.id() + " " + p.name()));
        }
        out.printf(Locale.ROOT, "%s %-12s %12s %10s %6s %9s%n", TextWidth.padRight("Party", nameW), "Strategy", "Mean utility",
                "Mean score", "Wins", "Win share");
        for (Party p : s.parties()) {
            SimulationReport.PartyStats st = r.parties().get(p.id());
            out.printf(Locale.ROOT, "%s %-12s %12.2f %10.2f %6d %9s%n", TextWidth.padRight(p.id() + " " + p.name(), nameW),
                    st.strategy(), st.meanUtility(), st.meanScore(), st.wins(),
                    st.winShare() == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * st.winShare()));
        }
        out.println();
        out.printf(Locale.ROOT, "%.0f games per second (%d ms)%s%n", r.gamesPerSecond(), r.elapsedMillis(),
                r.cpuGamesPerSecond() == null ? "" : String.format(Locale.ROOT, "; %.0f per second of the simulating thread's CPU time (one core)",
                        r.cpuGamesPerSecond()));
    }
}
