package org.truce.client.cli;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.truce.client.replay.ReplaySteps;
import org.truce.client.ui.ReplayScreen;
import org.truce.client.ui.WideCharTerminal;
import org.truce.server.ReplayJournal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code truce replay}: a finished game stepped through round by round on the table view, read only
 * from its room log (no network), for a class to walk through on a projector.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Step through a finished game, round by round, with each draft's analysis (read only).",
                "Keys: ←/→ one step, PgUp/PgDn one round, Home/End the start/the end, Q quits."})
public final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "the server's data directory, for a room code (default ${DEFAULT-VALUE})")
    Path data = Path.of("truce-data");

    @Parameters(paramLabel = "FILE|ROOM", description = "a room log (DATA/rooms/CODE.jsonl) or a room code")
    String source;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReplayJournal.Game game;
        try {
            game = ReplayJournal.read(source, data);
        } catch (ReplayJournal.Unreplayable e) {
            err.println("truce replay: " + e.getMessage());
            err.flush();
            return 2;
        }
        ReplaySteps steps;
        try {
            // every step rebuilt once here, so a log the scenario does not fit stops before the screen opens
            steps = new ReplaySteps(game.code(), game.scenario(), game.events());
            for (int k = 0; k < steps.steps().size(); k++) {
                steps.state(k);
                steps.analysis(k);
            }
            steps.gameOver(); // the last step, the debrief
        } catch (RuntimeException e) {
            err.println("truce replay: the log of room " + game.code() + " does not match scenario '" + game.scenario().id()
                    + "' (a term, option or party the scenario does not have: was the scenario file changed?)");
            err.flush();
            return 2;
        }
        if (!TerminalLauncher.interactive() && !TerminalLauncher.isWindows()) {
            err.println("truce replay: needs an interactive terminal: run it in a terminal, without redirecting its input or output");
            err.flush();
            return 2;
        }
        try {
            DefaultTerminalFactory f = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
            f.setForceTextTerminal(true);
            f.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
            f.setTerminalEmulatorTitle("Truce replay");
            Terminal t = f.createTerminal();
            if (!TerminalLauncher.isWindows()) {
                t = new WideCharTerminal(t, System.out);
            }
            try (Terminal term = t) {
                new ReplayScreen(steps).run(term);
            }
        } catch (Exception e) {
            err.println("truce replay: cannot use the terminal: " + e.getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }
}
