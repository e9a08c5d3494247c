package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truce's output does not depend on the locale: UTF-8 even under LANG=C. */
class LocaleTest {

    @Test
    void simulatePrintsNonAsciiNamesUnderTheCLocale(@TempDir Path dir) throws Exception {
        String json;
        try (var in = LocaleTest.class.getResourceAsStream("/scenarios/paris-summit.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("wide.json");
        Files.writeString(file, json.replace("\"name\": \"Ukraine\"", "\"name\": \"Україна 乌克兰\""), StandardCharsets.UTF_8);
        ChildTruce.Result r = ChildTruce.run(Map.of("LANG", "C", "LC_ALL", "C"),
                "simulate", "--games", "3", "--scenario", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("UA Україна 乌克兰").doesNotContain("?");
    }
}
