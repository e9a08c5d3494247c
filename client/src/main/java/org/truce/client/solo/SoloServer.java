package org.truce.client.solo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The server solo play runs inside this process, on 127.0.0.1 and a free port, with its room
 * logs in a fresh temporary directory that is deleted when the game closes.
 */
public final class SoloServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SoloServer.class);
    private final TruceServer server;
    private final Path dataDir;

    private SoloServer(TruceServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** Starts the in-process server (blocking; call it off the GUI thread). */
    public static SoloServer start(int botDelayMs, String scenarioFile) {
        try {
            Path dir = Files.createTempDirectory("truce-solo");
            ServerConfig cfg = ServerConfig.loopback(dir).withBotDelayMs(botDelayMs).withTurnSeconds(0).withVoteSeconds(0);
            if (scenarioFile != null) {
                Scenario extra = ScenarioLoader.parse(Files.readString(Path.of(scenarioFile)), scenarioFile);
                cfg = cfg.withScenarios(List.of(extra));
            }
            return new SoloServer(TruceServer.start(cfg), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the solo server: " + e.getMessage(), e);
        }
    }

    /** The loopback address and port the in-process server listens on. */
    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not delete {}", dataDir, e);
        }
    }
}
