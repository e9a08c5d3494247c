package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in docs/SCENARIOS.md is a valid scenario, so the document stays true. */
class ScenarioDocTest {
    @Test
    void theDocumentedExampleLoads() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "SCENARIOS.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n");
        int end = doc.indexOf("```", start + 8);
        assertThat(start).as("a ```json block in SCENARIOS.md").isNotNegative();
        Scenario s = ScenarioLoader.parse(doc.substring(start + 8, end), "SCENARIOS.md example");
        assertThat(s.info().partyIds()).containsExactly("UA", "RU");
        assertThat(s.info().party("RU").declaredRedLines()).hasSize(1);
        assertThat(s.injects()).extracting(Inject::id).containsExactly("hubs", "pressure");
        assertThat(s.inject("pressure").atRound()).isEqualTo(3);
        // the news line the document shows is the one the Russian brief gets when "hubs" fires in round 2
        Inject hubs = s.inject("hubs");
        Scenario after = s.after(java.util.List.of(new Scenario.Fired(hubs.title(), 2, hubs.effects())));
        assertThat(after.brief("RU").news()).hasSize(1);
        assertThat(doc).contains("    " + after.brief("RU").news().get(0) + "\n");
        assertThat(after.brief("RU").noDeal().valueAt(2)).isEqualTo(38.0);
    }
}
