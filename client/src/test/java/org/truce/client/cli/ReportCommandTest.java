package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;
import org.truce.shared.sim.Match;

/** {@code truce report} on a data dir holding a bot game's room log, and its bad options. */
class ReportCommandTest {
    @TempDir
    Path data;

    @Test
    void writesTheRoomAndClassFilesToDataReports() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit");
        Game g = Match.play(s, Map.of(), Difficulty.NORMAL, 8, 5);
        org.truce.client.RoomLogs.write(data, "BOTGM", "paris-summit", 8, g.events());

        CliRun run = CliRun.of("report", "--data", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Reported BOTGM");
        JsonObject room = JsonParser.parseString(Files.readString(data.resolve("reports/BOTGM.json"))).getAsJsonObject();
        assertThat(room.get("deal").getAsBoolean()).isEqualTo(g.state().agreement() != null);
        assertThat(Files.readString(data.resolve("reports/BOTGM.md"))).startsWith("# Room BOTGM");
        assertThat(Files.readAllLines(data.resolve("reports/class.csv"))).hasSize(2);
        assertThat(Files.readString(data.resolve("reports/class.md"))).contains("| BOTGM |");
    }

    @Test
    void badOptionsAreOneLineAndExitTwo() throws Exception {
        CliRun.of("report", "--data", data.resolve("nowhere").toString()).isOneLine("truce report: --data ");
        Files.createDirectories(data.resolve("rooms"));
        CliRun.of("report", "--data", data.toString(), "NOT-A-CODE").isOneLine("truce report: ROOM ");
        CliRun.of("report", "--bogus").isOneLine("truce report: ");
    }
}
