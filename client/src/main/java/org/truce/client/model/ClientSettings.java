package org.truce.client.model;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the client remembers between runs (~/.truce/client.properties): the last server and name, and
 * the seat tokens of games in progress ({@code seat.HOST:PORT.ROOM}), so a restarted client gets its seat back. */
public final class ClientSettings {
    private static final Logger log = LoggerFactory.getLogger(ClientSettings.class);
    private final Path file;
    private final Properties props = new Properties();

    public ClientSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                log.warn("cannot read {}: {}", file, e.toString());
            }
        }
    }

    public static ClientSettings defaultFile() {
        return new ClientSettings(Path.of(System.getProperty("user.home"), ".truce", "client.properties"));
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public void put(String key, String value) {
        if (value != null) {
            props.setProperty(key, value);
        }
    }

    public void remove(String key) {
        props.remove(key);
    }

    /** Forgets every key holding this value (e.g. a seat token the server no longer knows). */
    public void removeValue(String value) {
        props.entrySet().removeIf(e -> e.getValue().equals(value));
    }

    /** Writes the file; a failure is logged, never shown (it only costs a default next time). */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "Truce client");
            }
        } catch (IOException e) {
            log.warn("cannot write {}: {}", file, e.toString());
        }
    }
}
