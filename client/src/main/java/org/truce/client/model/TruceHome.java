package org.truce.client.model;

import org.truce.server.OwnerOnly;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides the client's folder (settings, seat tokens, log): {@code $TRUCE_HOME}
 * if set, else {@code $HOME/.truce} if HOME is an absolute path, else {@code user.home/.truce}.
 *
 * <p>Why not just {@code user.home}: Java takes it from the account's passwd entry, so players who
 * share one OS account and keep apart by setting HOME (or TRUCE_HOME) would share seat tokens.
 */
public final class TruceHome {
    /** Environment variable naming the folder itself. */
    public static final String ENV = "TRUCE_HOME";

    private TruceHome() {
    }

    /** The folder for this process's environment and {@code user.home}. */
    public static Path dir() {
        return resolve(System.getenv(), System.getProperty("user.home", ""));
    }

    /** The folder for the given environment and {@code user.home} (tests inject both). */
    public static Path resolve(Map<String, String> env, String userHome) {
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath().normalize();
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Path.of(home).normalize().resolve(".truce");
        }
        return Path.of(userHome).toAbsolutePath().normalize().resolve(".truce");
    }

    /**
     * Creates {@code dir} owner-only (0700) if missing, and takes group and other access away from an
     * existing one (an older client made it 0755): it holds seat tokens. A failure is left to the
     * writer that follows, which logs it.
     */
    public static Path prepare(Path dir) {
        try {
            if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir);
                return dir;
            }
            OwnerOnly.newDirectories(dir);
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (perms.removeIf(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
                Files.setPosixFilePermissions(dir, perms);
            }
        } catch (IOException | RuntimeException e) {
            // not ours to change (e.g. TRUCE_HOME names someone else's folder): the write says why
        }
        return dir;
    }
}
