package org.truce.client.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.scenario.ScenarioLoader;

/** Resolves {@code --scenario ID|FILE}: a built-in scenario id, or a path to a scenario JSON file. */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /**
     * A built-in scenario by id, else a scenario file by path; null or blank gives the first built-in one; throws
     * {@link ScenarioException} with one line naming the problem.
     */
    public static Scenario load(String idOrPath) throws ScenarioException {
        if (idOrPath == null || idOrPath.isBlank()) {
            return ScenarioLoader.builtIn(ScenarioLoader.BUILT_IN.get(0));
        }
        if (ScenarioLoader.BUILT_IN.contains(idOrPath)) {
            return ScenarioLoader.builtIn(idOrPath);
        }
        Path path;
        try {
            path = Path.of(idOrPath);
        } catch (java.nio.file.InvalidPathException e) {
            // e.g. a non-ASCII name under LANG=C: Java reads file names in the locale's charset
            throw new ScenarioException(idOrPath, List.of("this file name cannot be read in the current locale"
                    + " (run Truce with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)"));
        }
        if (!Files.isRegularFile(path)) {
            throw new ScenarioException(idOrPath, List.of("not a built-in scenario ("
                    + String.join(", ", ScenarioLoader.BUILT_IN) + ") and no such file"));
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return ScenarioLoader.parse(in, path.toString());
        } catch (IOException e) {
            throw new ScenarioException(idOrPath, List.of("cannot read the file: " + e.getMessage()));
        }
    }
}
