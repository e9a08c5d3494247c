package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.EngineServer;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The four-seat scenario at 80×24: long names fit, names that take "the" read as English. */
class FourSeatNamesTest {

    @Test
    @Timeout(30)
    void theCoalitionOfTheWillingFitsAndReadsAsEnglish() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        SoloFlow.Options opts = new SoloFlow.Options(null, null, 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            v.waitFor("Whom will you represent?", 15_000);
            v.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowDown);
            String s = Dump.save("four-party", v.waitFor("▶ Coalition of the Willing"));
            v.key(KeyType.Enter);
            s = Dump.save("four-difficulty", v.waitFor("How hard should they bargain?"));
            assertThat(s).contains("You will represent the Coalition of the Willing. Bots take the other seats.");
            v.key(KeyType.Enter);
            // reject every draft until the pen comes to the Coalition in round 4
            for (int i = 0; i < 10; i++) {
                s = v.waitUntil("our vote or our pen", t -> t.contains("Your vote: A") || t.contains("You hold the pen"), 15_000);
                if (s.contains("You hold the pen")) {
                    break;
                }
                String round = s.substring(s.indexOf("Round "), s.indexOf("Round ") + 8);
                v.key('r');
                v.waitUntil("the vote taken", t -> !t.contains("Your vote: A") || !t.contains(round), 10_000);
            }
            s = Dump.save("four-pen", v.waitFor("You hold the pen"));
            String header = s.lines().findFirst().orElse("");
            assertThat(header).contains("Round 4 of 6 · Pen: Coalition · no clock");
            // the full form when it fits the width, else the documented short form (short name, no article)
            assertThat(s).containsPattern("✗ Round 3: (the United States'|United States') draft was rejected by")
                    .contains("Coalition (you) · no deal now")
                    .doesNotContain("States's").doesNotContain("Coalition of the Wi…").doesNotContain("Coalition of the …");
            String you = Arrays.stream(s.split("\n")).filter(l -> l.contains("Coalition (you)")).findFirst().orElseThrow();
            assertThat(you.strip()).as("the score line ends whole").doesNotEndWith("…");
            v.key('l');
            s = Dump.save("four-log", v.waitFor("Talk and events"));
            // the United States, when among those who rejected, takes its article
            assertThat(s).containsPattern("\\[1\\] Round 1 failed: rejected by Russia, (the United States, )?you\\.")
                    .doesNotContain("States's");
        }
    }
}
