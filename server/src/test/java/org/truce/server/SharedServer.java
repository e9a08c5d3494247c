package org.truce.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real server on a fresh data folder for all the tests of a class, started before the first
 * and closed after the last: register it with {@code @RegisterExtension static final SharedServer
 * server = new SharedServer();} and connect to {@link #address()}.
 */
final class SharedServer implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private TruceServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("truce-shared-server");
        server = TruceServer.start(TestServers.config(dir));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** The running server's loopback address. */
    InetSocketAddress address() {
        return server.address();
    }

    private static void deleteAll(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
