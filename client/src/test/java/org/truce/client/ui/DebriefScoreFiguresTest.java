package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.client.model.GameModel;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The debrief's results table and winner line show the server's figures with its 2 decimals: a
 * score of −6.95 reads −6.95 (it read −6.9 here, −7.0 in the console), as in the written reports.
 */
class DebriefScoreFiguresTest {
    @Test
    void theResultsShowTheWiresTwoDecimals() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit-4");
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "RU", "tok", s.brief("RU"), s.info()));
        Map<String, PartyResult> results = new LinkedHashMap<>();
        results.put("UA", new PartyResult(62.15, 53.3, 8.85));
        results.put("RU", new PartyResult(43.05, 50.0, -6.95));
        results.put("US", new PartyResult(70.0, 64.8, 5.2));
        results.put("EU", new PartyResult(60.0, 55.9, 4.1));
        ServerMessage.GameOver g = new ServerMessage.GameOver(null, 3, results, s.briefs(), null);
        m.apply(g);
        String page = String.join("\n", DebriefWindow.outcome(m, g, 80));
        assertThat(page).containsPattern("Russia \\(you\\) +43\\.05 +50\\.00 +-6\\.95")
                .containsPattern("Ukraine +62\\.15 +53\\.30 +\\+8\\.85")
                .contains("Winner: Ukraine (+8.85), the highest score.") // no share from this (older) server: the old rule
                .doesNotContain("-6.9 ").doesNotContain("-7.0");
        assertThat(Text.score(-6.95)).isEqualTo("-6.95");
        assertThat(Text.score(0.005)).isEqualTo("+0.01"); // half away from zero on the decimal value
        assertThat(Text.score(-0.005)).isEqualTo("-0.01");
    }
}
