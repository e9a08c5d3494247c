package org.truce.client.model;

import org.truce.server.OwnerOnly;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the client remembers between runs ({@link TruceHome}/client.properties): the last server and name, and
 * the seat tokens of games in progress ({@code seat.HOST:PORT.ROOM.PARTY}), so a restarted client gets its seat back.
 *
 * <p>Several clients of the same user may share the file: {@link #save()} re-reads it and applies only
 * this instance's own changes on top, then replaces it atomically (owner-only permissions where the
 * file system has POSIX permissions: the file holds seat tokens).
 */
public final class ClientSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ClientSettings.class);
    private final Path file;
    private final Properties props = new Properties();
    /** Changes not yet saved: key to new value, or to null for a removal. */
    private final Map<String, String> changes = new HashMap<>();
    /** Written only while it holds a seat token ({@link #onlyWithSeats}). */
    private volatile boolean onlyWithSeats;

    /** Settings kept in {@code file}, read now (a missing or unreadable file means none: the latter is logged). */
    public ClientSettings(Path file) {
        this.file = file;
        props.putAll(read());
    }

    /**
     * Keeps the file only while it holds a seat token: saving settings with none removes it (the
     * SSH door's per-identity files: a login that took no seat leaves nothing behind).
     */
    public ClientSettings onlyWithSeats() {
        this.onlyWithSeats = true;
        return this;
    }

    /** The settings in the user's Truce home ({@code client.properties}), creating the directory if needed. */
    public static ClientSettings defaultFile() {
        return new ClientSettings(TruceHome.prepare(TruceHome.dir()).resolve("client.properties"));
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read {}: {}", file, e.toString());
            }
        }
        return p;
    }

    /** Picks up what other clients saved meanwhile, keeping this instance's unsaved changes. */
    public synchronized void reload() {
        Properties p = read();
        apply(p);
        props.clear();
        props.putAll(p);
    }

    private void apply(Properties p) {
        changes.forEach((k, v) -> {
            if (v == null) {
                p.remove(k);
            } else {
                p.setProperty(k, v);
            }
        });
    }

    /** The value of {@code key} as last read or changed here, or {@code fallback} if it has none. */
    public synchronized String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    /** Every key starting with {@code prefix} and its value, as last read or changed here. */
    public synchronized Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith(prefix)) {
                out.put(k, props.getProperty(k));
            }
        }
        return out;
    }

    /** Sets {@code key} until the next {@link #save()} writes it; a null value is ignored. */
    public synchronized void put(String key, String value) {
        if (value != null) {
            props.setProperty(key, value);
            changes.put(key, value);
        }
    }

    /** Removes {@code key}; the next {@link #save()} removes it from the file too. */
    public synchronized void remove(String key) {
        props.remove(key);
        changes.put(key, null);
    }

    /** Forgets every key holding this value (e.g. a seat token the server no longer knows). */
    public synchronized void removeValue(String value) {
        reload();
        for (String k : props.stringPropertyNames()) {
            if (props.getProperty(k).equals(value)) {
                remove(k);
            }
        }
    }

    /**
     * Writes the file: re-reads it, applies this instance's changes, writes a temporary file and
     * moves it into place. A failure is logged, never shown (it only costs a default next time).
     */
    public synchronized void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            OwnerOnly.newDirectories(dir); // owner-only from the start: the file holds seat tokens
            if (posix && dir.getFileName() != null && dir.getFileName().toString().equals(".truce")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            Properties merged = read();
            apply(merged);
            if (onlyWithSeats && merged.stringPropertyNames().stream().noneMatch(k -> k.startsWith("seat."))) {
                Files.deleteIfExists(file);
                changes.clear();
                props.clear();
                props.putAll(merged);
                return;
            }
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp", OwnerOnly.fileAttributes());
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    merged.store(w, "Truce client");
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            changes.clear();
            props.clear();
            props.putAll(merged);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write {}: {}", file, e.toString());
        }
    }
}
