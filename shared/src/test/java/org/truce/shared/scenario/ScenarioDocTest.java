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
    }
}
