package org.truce.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The scenarios a server offers, by id: the built-in ones, any {@code DATA/scenarios/*.json}
 * (so a facilitator can add a scenario without a network upload), and those given in the
 * config. Immutable once loaded; read from any thread.
 */
final class ScenarioCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioCatalog.class);
    private final Map<String, Scenario> byId;
    private final List<ScenarioInfo> infos;

    private ScenarioCatalog(Map<String, Scenario> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        List<ScenarioInfo> list = new ArrayList<>();
        byId.values().forEach(s -> list.add(s.info()));
        this.infos = List.copyOf(list);
    }

    static ScenarioCatalog load(ServerConfig cfg) {
        Map<String, Scenario> out = new LinkedHashMap<>();
        for (String id : ScenarioLoader.BUILT_IN) {
            try {
                out.put(id, ScenarioLoader.builtIn(id));
            } catch (ScenarioException e) {
                // a missing built-in must not stop the server: the others still work
                LOG.warn("built-in scenario {} not available: {}", id, e.getMessage());
            }
        }
        Path dir = cfg.dataDir().resolve("scenarios");
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                for (Path f : files) {
                    try {
                        Scenario s = ScenarioLoader.parse(Files.readString(f), f.toString());
                        out.put(s.id(), s);
                        LOG.info("scenario {} loaded from {}", s.id(), f);
                    } catch (ScenarioException | IOException e) {
                        LOG.warn("scenario file {} skipped: {}", f, e.getMessage());
                    }
                }
            } catch (IOException e) {
                LOG.warn("cannot list {}: {}", dir, e.getMessage());
            }
        }
        for (Scenario s : cfg.scenarios()) {
            out.put(s.id(), s);
        }
        return new ScenarioCatalog(out);
    }

    Scenario get(String id) {
        return byId.get(id);
    }

    List<ScenarioInfo> infos() {
        return infos;
    }
}
