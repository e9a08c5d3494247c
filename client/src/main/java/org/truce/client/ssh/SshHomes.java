package org.truce.client.ssh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.truce.client.model.ClientSettings;
import org.truce.client.model.TruceHome;

/**
 * Where the SSH door keeps what a local client keeps in the player's home (the seat tokens to come
 * back to): one settings file per identity under {@code DATA/ssh/players} (owner-only), never in
 * the home of the user running the server, never shared between identities. The identity is the
 * public key's fingerprint when the client proved a key, else the player's name (lower case): a
 * student who comes back with the same key, or under the same name without a key, finds the seats
 * they held (the lobby then offers each back, as a restarted client does).
 */
final class SshHomes {
    private final Path dir;

    SshHomes(Path dataDir) {
        this.dir = dataDir.resolve("ssh").resolve("players");
    }

    /** The settings of this identity: {@code keyFingerprint} if non-null, else {@code name}. */
    ClientSettings of(String keyFingerprint, String name) {
        // a file only for an identity that holds a seat: a login that took none leaves nothing behind
        return new ClientSettings(TruceHome.prepare(dir).resolve(fileName(keyFingerprint, name))).onlyWithSeats();
    }

    /** The settings file's name for this identity (in {@code DATA/ssh/players}). */
    static String fileName(String keyFingerprint, String name) {
        String id = keyFingerprint != null ? "key:" + keyFingerprint : "name:" + name.strip().toLowerCase(Locale.ROOT);
        return sha256(id) + ".properties";
    }

    private static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
