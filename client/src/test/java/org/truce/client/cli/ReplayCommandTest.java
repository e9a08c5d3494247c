package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.sim.Match;
import org.truce.shared.scenario.ScenarioLoader;

/** {@code truce replay}'s bad input: one line naming the problem, exit 2, before any terminal is opened. */
class ReplayCommandTest {
    @TempDir
    Path data;

    private Path journal(String code, List<Event> events) throws Exception {
        return journal(code, "paris-summit", events);
    }

    private Path journal(String code, String scenario, List<Event> events) throws Exception {
        return org.truce.client.RoomLogs.write(data, code, scenario, 8, events);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        CliRun.of("replay").isOneLine("truce replay: ");
        CliRun.of("replay", "--data", data.toString(), "NOPE").isOneLine("truce replay: no room NOPE in " + data.resolve("rooms"));
        CliRun.of("replay", "--data", data.toString(), data.resolve("missing/x.jsonl").toString()).isOneLine("truce replay: no such file: ");

        Files.createDirectories(data.resolve("rooms"));
        Files.writeString(data.resolve("rooms/BROKE.jsonl"), "{\"log\":\"room\",\"code\":\"BROKE\"}\n{not json}\n");
        CliRun.of("replay", "--data", data.toString(), "broke").isOneLine("truce replay: the room log " + data.resolve("rooms/BROKE.jsonl")
                + " cannot be read");
        Files.writeString(data.resolve("rooms/EMPTY.jsonl"), "");
        CliRun.of("replay", "--data", data.toString(), "EMPTY").isOneLine("truce replay: the room log ");

        Game open = new Game(ScenarioLoader.builtIn("paris-summit").info());
        open.start(8, 5);
        Path f = journal("OPEN1", open.events());
        CliRun.of("replay", f.toString()).isOneLine("truce replay: room OPEN1 is still in play");
    }

    @Test
    void aLogTheScenarioDoesNotFitIsOneLine() throws Exception {
        Game g = Match.play(ScenarioLoader.builtIn("paris-summit"), Map.of(), Difficulty.NORMAL, 8, 5);
        journal("WRONG", "paris-summit-4", g.events()); // six parties' game, four-seat scenario
        CliRun.of("replay", "--data", data.toString(), "WRONG")
                .isOneLine("truce replay: the log of room WRONG does not match scenario 'paris-summit-4'");
    }

    @Test
    void aFinishedGameIsReadThenNeedsATerminal() throws Exception {
        Game g = Match.play(ScenarioLoader.builtIn("paris-summit"), Map.of(), Difficulty.NORMAL, 8, 5);
        journal("BOTGM", g.events());
        // under the test runner there is no console: the log was read, the screen is refused in one line
        CliRun run = CliRun.of("replay", "--data", data.toString(), "botgm");
        run.isOneLine("truce replay: needs an interactive terminal");
        assertThat(run.err()).doesNotContain("no room");
    }
}
