package org.truce.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.scenario.ScenarioLoader;

/** A small scenario and a loopback config for fast tests. */
final class TestServers {
    private TestServers() {
    }

    static String miniJson() {
        try (InputStream in = TestServers.class.getResourceAsStream("/scenarios/test-mini.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario mini() {
        try {
            return ScenarioLoader.parse(miniJson(), "test-mini.json");
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    static ServerConfig config(Path dir) {
        return ServerConfig.loopback(dir).withBotDelayMs(0).withRoomThreads(2).withScenarios(List.of(mini()));
    }
}
