package org.truce.client.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.model.PlayerName;
import org.truce.client.net.Connector;
import org.truce.client.solo.SoloServer;
import org.truce.client.ui.SoloFlow;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Solo play: the server runs inside this process, bots take every other seat. */
@Command(name = "solo", mixinStandardHelpOptions = true,
        description = "Play solo against bots (the default): choose your party and how hard the bots bargain.")
public final class SoloCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SoloCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--party", paramLabel = "P", description = "Your party (e.g. UA, RU, US, FR, UK, DE); asked if absent.")
    String party;

    @Option(names = "--scenario", paramLabel = "ID|FILE", defaultValue = "paris-summit",
            description = "Built-in scenario id or a scenario JSON file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--difficulty", paramLabel = "easy|normal|hard", description = "How hard the bots bargain; asked if absent.")
    String difficulty;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the bots (same seed, same game).")
    Long seed;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds before the talks end with no deal (default: the scenario's).")
    Integer rounds;

    @Option(names = "--turn-seconds", paramLabel = "S", defaultValue = "0", description = "Clock for writing a draft; 0 = no clock (default).")
    int turnSeconds;

    @Option(names = "--vote-seconds", paramLabel = "S", defaultValue = "0", description = "Clock for voting; 0 = no clock (default).")
    int voteSeconds;

    @Option(names = "--bot-delay-ms", paramLabel = "MS", defaultValue = "900", description = "How long bots think before acting (default: ${DEFAULT-VALUE}).")
    int botDelayMs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // every option is checked here, before the terminal opens
        if (!new OptionChecks("solo", err)
                .party("--party", party)
                .range("--rounds", rounds, 1, org.truce.shared.engine.Rules.MAX_ROUNDS)
                .range("--turn-seconds", turnSeconds, 0, 3600)
                .range("--vote-seconds", voteSeconds, 0, 3600)
                .range("--bot-delay-ms", botDelayMs, 0, 60_000).ok()) {
            return 2;
        }
        Scenario sc;
        try {
            sc = ScenarioFiles.load(scenario);
        } catch (ScenarioException e) {
            err.println("truce solo: cannot load scenario '" + scenario + "': " + String.join("; ", e.problems()));
            err.flush();
            return 2;
        }
        // a file's scenario goes to the in-process server too (built-in ones it knows)
        String file = scenario == null || scenario.isBlank() || ScenarioLoader.BUILT_IN.contains(scenario) ? null : scenario;
        if (difficulty != null && Difficulty.parse(difficulty) == null) {
            err.println("truce solo: --difficulty must be easy, normal or hard, not '" + difficulty + "'");
            err.flush();
            return 2;
        }
        String p = party == null ? null : party.toUpperCase(java.util.Locale.ROOT);
        if (p != null && sc.info().partyIndex(p) < 0) {
            err.println("truce solo: no party '" + party + "' in " + sc.id() + " (" + String.join(", ", sc.info().partyIds()) + ")");
            err.flush();
            return 2;
        }
        String player = System.getProperty("user.name", "player");
        String problem = PlayerName.problem(player);
        if (problem != null) {
            err.println("truce solo: your user name cannot be used at the table (" + problem + "); playing as 'player'");
            err.flush();
            player = "player";
        }
        String playerName = player;
        String scenarioFile = file;
        // the server starts while the player reads the first screen
        CompletableFuture<SoloServer> server = CompletableFuture.supplyAsync(() -> SoloServer.start(botDelayMs, scenarioFile));
        Connector connector = (hello, listener) -> {
            SoloServer s = server.join();
            return Connector.tcp(s.address().getHostString(), s.address().getPort()).connect(hello, listener);
        };
        SoloFlow.Options opts = new SoloFlow.Options(p, difficulty == null ? null : Difficulty.parse(difficulty).id(), seed, rounds,
                turnSeconds, voteSeconds, botDelayMs);
        // the server stops here (or in the Ctrl+C hook), never on the GUI thread: closing it blocks
        return TerminalLauncher.run(app -> {
            app.name(playerName);
            new SoloFlow(app, sc.info(), opts, connector).begin();
        }, () -> {
            server.join().close(); // waits for a server still starting, so it cannot outlive us
            LOG.info("solo game closed");
        });
    }
}
