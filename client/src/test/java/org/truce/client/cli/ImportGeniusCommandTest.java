package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code truce import-genius} end to end: GENIUS files in, a scenario file out that simulate runs. */
class ImportGeniusCommandTest {
    private static final Path PARTY = Path.of("..", "shared", "src", "test", "resources", "genius", "partydomain");

    @TempDir
    Path dir;

    @BeforeEach
    void copyThePartyDomain() throws IOException {
        for (String f : new String[] {"party_domain.xml", "party1_utility.xml", "party2_utility.xml", "party3_utility.xml"}) {
            Files.copy(PARTY.resolve(f), dir.resolve(f));
        }
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void theProfilesBesideTheDomainBecomePartiesAndSimulateRunsTheScenario() throws IOException {
        CliRun r = CliRun.of("import-genius", p("party_domain.xml"), "--out", p("party.json"), "--rounds", "12");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Wrote " + p("party.json") + ": Party (GENIUS domain), 6 terms, 3 parties"
                + " (PA party1, PB party2, PC party3), 12 rounds.");
        JsonObject file = JsonParser.parseString(Files.readString(dir.resolve("party.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(file.get("rounds").getAsInt()).isEqualTo(12);
        assertThat(file.getAsJsonArray("terms")).hasSize(6);

        CliRun sim = CliRun.of("simulate", "--scenario", p("party.json"), "--games", "20", "--seed", "1", "--json",
                "--bots", "PA=boulware,PB=boulware,PC=boulware");
        assertThat(sim.exit()).as(sim.err()).isZero();
        JsonObject o = JsonParser.parseString(sim.out()).getAsJsonObject();
        assertThat(o.get("scenario").getAsString()).isEqualTo("party");
        assertThat(o.get("games").getAsInt()).isEqualTo(20);
        assertThat(o.getAsJsonObject("parties").keySet()).containsExactly("PA", "PB", "PC");
        assertThat(o.getAsJsonObject("parties").getAsJsonObject("PB").get("strategy").getAsString()).isEqualTo("boulware");
    }

    @Test
    void profilesGivenOnTheCommandLineAreThePartiesInThatOrder() throws IOException {
        CliRun r = CliRun.of("import-genius", p("party_domain.xml"), p("party3_utility.xml"), p("party1_utility.xml"),
                "--out", p("two.json"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 parties (PA party3, PB party1), 10 rounds.");
    }

    @Test
    void profilesWithoutReservationOrDiscountTakeThoseGivenAsOptions() throws IOException {
        CliRun r = CliRun.of("import-genius", p("party_domain.xml"), "--out", p("r.json"), "--rounds", "5",
                "--reservation", "0.5", "--discount", "0.8");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonObject file = JsonParser.parseString(Files.readString(dir.resolve("r.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject noDeal = file.getAsJsonArray("parties").get(2).getAsJsonObject().getAsJsonObject("noDeal");
        // 50 points in round 1, falling linearly to 50 × 0.8 = 40 in round 5
        assertThat(noDeal.get("start").getAsDouble()).isEqualTo(50.0);
        assertThat(noDeal.get("perRound").getAsDouble()).isCloseTo(2.5, org.assertj.core.api.Assertions.within(1e-9));
        CliRun.of("import-genius", p("party_domain.xml"), "--out", p("s.json"), "--discount", "0")
                .isOneLine("truce import-genius: --discount must be a number above 0, at most 1, not 0.0");
    }

    @Test
    void otherXmlBesideTheDomainIsNotTakenForAProfile() throws IOException {
        // README's example run where ./truce lives: the project's pom.xml sits beside the domain
        Files.writeString(dir.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import-genius", p("party_domain.xml"), "--out", p("party.json"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 parties (PA party1, PB party2, PC party3)");
    }

    @Test
    void aBrokenProfileIsOneLineNamingTheFileAndTheAttribute() throws IOException {
        Path p2 = dir.resolve("party2_utility.xml");
        Files.writeString(p2, Files.readString(p2, StandardCharsets.UTF_8).replace("evaluation=\"12\"", "evaluation=\"twelve\""),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import-genius", p("party_domain.xml"), "--out", p("party.json"));
        r.isOneLine("truce import-genius: " + p2 + ": objective/issue[@index='2']/item[@value='Handmade Cocktails']/@evaluation:"
                + " must be a number from 0 to 1000000000, got 'twelve'");
        assertThat(dir.resolve("party.json")).doesNotExist();
    }

    @Test
    void malformedXmlMissingFilesAndBadOutputsAreOneLineEach() throws IOException {
        CliRun.of("import-genius", p("party_domain.xml"), "--out", p("no/such/folder/a.json"))
                .isOneLine("truce import-genius: " + p("no/such/folder/a.json") + ": cannot write the file (no such folder)");
        Files.writeString(dir.resolve("party_domain.xml"), "<utility_space><objective>", StandardCharsets.UTF_8);
        CliRun.of("import-genius", p("party_domain.xml"), "--out", p("a.json"))
                .isOneLine("truce import-genius: " + p("party_domain.xml") + ": not well-formed XML at line 1, column");
        CliRun.of("import-genius", p("nowhere.xml"), p("party1_utility.xml"), "--out", p("a.json"))
                .isOneLine("truce import-genius: " + p("nowhere.xml") + ": no such file");
        Files.writeString(dir.resolve("taken.json"), "{}", StandardCharsets.UTF_8);
        CliRun.of("import-genius", p("party_domain.xml"), "--out", p("taken.json"))
                .isOneLine("truce import-genius: " + p("taken.json") + ": already exists (add --force to replace it)");
        CliRun.of("import-genius", p("party_domain.xml"), "--out", p("a.json"), "--rounds", "1001")
                .isOneLine("truce import-genius: --rounds must be a whole number 1..1000, not 1001");
    }
}
