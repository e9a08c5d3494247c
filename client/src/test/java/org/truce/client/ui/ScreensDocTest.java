package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/SCREENS.md's debrief says what the screens show today: the spectator's Esc key as the bars
 * write it, the marks in one line per kind, the scores with 2 decimals, the plain-words sentences.
 */
class ScreensDocTest {
    @Test
    void theDebriefSectionMatchesTheScreens() throws Exception {
        Path doc = Path.of("..", "docs", "SCREENS.md");
        String s = Files.readString(doc, StandardCharsets.UTF_8);
        String debrief = s.substring(s.indexOf("## The debrief"));
        assertThat(debrief).doesNotContain("Esc Leave")
                .contains("`Esc Lobby`").contains("`Esc Back  [ ] Room`")
                .containsPattern("Ukraine \\(you\\) +\\d+\\.\\d\\d +\\d+\\.\\d\\d +[+-]\\d+\\.\\d\\d")
                .contains("◆ On the Pareto frontier: ")
                .contains("The Nash package (the fairest split of the gains over no deal)")
                .contains("WILL THE TRUCE HOLD?")
                .doesNotContain("draft was on the Pareto frontier");
    }
}
