package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimulateCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TruceMain());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonModePrintsExactlyOneObjectWithTheDocumentedFields() {
        Run r = run("simulate", "--games", "120", "--seed", "1", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip().lines().count()).isEqualTo(1);
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.keySet()).contains("scenario", "games", "agreements", "agreementRate", "meanRounds", "parties",
                "paretoOptimalShare", "meanNashDistance", "gamesPerSecond", "meanAgreementRound", "cpuGamesPerSecond");
        assertThat(o.get("scenario").getAsString()).isEqualTo("paris-summit");
        assertThat(o.get("games").getAsInt()).isEqualTo(120);
        JsonObject ua = o.getAsJsonObject("parties").getAsJsonObject("UA");
        assertThat(ua.keySet()).contains("meanUtility", "meanScore", "wins", "winShare");
        assertThat(o.getAsJsonObject("parties").keySet()).containsExactly("UA", "RU", "US", "FR", "UK", "DE");
    }

    @Test
    void anAverageOverNoAgreementsIsNullInJsonAndADashInText() {
        // one game that ends without a deal (seed 3 with the bots of issue 11; seed 5 before them)
        Run r = run("simulate", "--games", "1", "--seed", "3", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.get("agreements").getAsInt()).isZero();
        assertThat(o.get("paretoOptimalShare").isJsonNull()).isTrue();
        assertThat(o.get("meanNashDistance").isJsonNull()).isTrue();
        assertThat(o.get("meanAgreementRound").isJsonNull()).isTrue();
        assertThat(o.getAsJsonObject("parties").getAsJsonObject("UA").get("winShare").isJsonNull()).isTrue();
        assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
        Run text = run("simulate", "--games", "1", "--seed", "3");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Pareto-optimal agreements: –, mean distance to the Nash solution: –")
                .doesNotContain("NaN");
    }

    @Test
    void theSameSeedGivesTheSameOutputApartFromTiming() {
        JsonObject a = JsonParser.parseString(run("simulate", "--games", "60", "--seed", "9", "--json", "--bots", "RU=conceder,US=modeller").out()).getAsJsonObject();
        JsonObject b = JsonParser.parseString(run("simulate", "--games", "60", "--seed", "9", "--json", "--bots", "RU=conceder,US=modeller").out()).getAsJsonObject();
        // a warm-up plays other games first: the figures are the same
        JsonObject warm = JsonParser.parseString(run("simulate", "--games", "60", "--seed", "9", "--json", "--bots", "RU=conceder,US=modeller",
                "--warmup", "20").out()).getAsJsonObject();
        for (JsonObject o : new JsonObject[] {a, b, warm}) {
            o.remove("gamesPerSecond");
            o.remove("elapsedMillis");
            o.remove("cpuGamesPerSecond");
        }
        assertThat(a).isEqualTo(b).isEqualTo(warm);
        assertThat(a.getAsJsonObject("parties").getAsJsonObject("RU").get("strategy").getAsString()).isEqualTo("conceder");
    }

    @Test
    void readableSummaryAndClearErrors() {
        Run ok = run("simulate", "--games", "30", "--scenario", "paris-summit-4");
        assertThat(ok.out()).contains("Truce simulation: paris-summit-4, 30 games").contains("EU Coalition of the Willing");
        Run badParty = run("simulate", "--bots", "XX=linear");
        assertThat(badParty.exit()).isEqualTo(2);
        assertThat(badParty.err()).contains("no party 'XX'");
        assertThat(ok.out()).containsPattern("games per second \\(\\d+ ms\\); \\d+ per second of the simulating thread's CPU time \\(one core\\)");
        Run badWarmup = run("simulate", "--warmup", "-1");
        assertThat(badWarmup.exit()).isEqualTo(2);
        assertThat(badWarmup.err().strip()).isEqualTo("truce simulate: --warmup must be between 0 and 1000000");
        Run badFile = run("simulate", "--scenario", "/nonexistent/scenario.json");
        assertThat(badFile.exit()).isEqualTo(2);
        assertThat(badFile.err()).contains("no such file").doesNotContain("Exception");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("truce ");
        Run help = run("--help");
        assertThat(help.out()).contains("solo", "serve", "join", "bot", "simulate");
    }

    @Test
    void textTableAlignsWideNamesByTerminalColumns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String json;
        try (var in = SimulateCommandTest.class.getResourceAsStream("/scenarios/paris-summit.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.nio.file.Path file = dir.resolve("wide.json");
        java.nio.file.Files.writeString(file, json.replace("\"name\": \"Ukraine\"", "\"name\": \"Україна 乌克兰\""),
                java.nio.charset.StandardCharsets.UTF_8);
        Run r = run("simulate", "--games", "5", "--scenario", file.toString());
        assertThat(r.exit()).isZero();
        java.util.List<String> rows = r.out().lines().filter(l -> l.startsWith("Party") || l.matches("^[A-Z]{2} .*")).toList();
        assertThat(rows).hasSize(7).anyMatch(l -> l.startsWith("UA Україна 乌克兰 "));
        // the columns after the name are fixed-width ASCII: aligned rows all take the same terminal columns
        assertThat(rows).allSatisfy(l -> assertThat(org.truce.shared.text.TextWidth.cols(l)).as(l)
                .isEqualTo(org.truce.shared.text.TextWidth.cols(rows.get(0))));
    }
}
