package org.truce.server;

import java.security.SecureRandom;
import java.util.Base64;

/** Join codes people read aloud, and tokens nobody can guess. */
final class Secrets {
    /** No 0/O, 1/I/L: a code read off a projector must not be mistyped. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String joinCode() {
        char[] c = new char[CODE_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length()));
        }
        return new String(c);
    }

    /** 128 random bits, base64url without padding (22 characters). */
    static String token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Marks a stored hash, so a journal written before hashing (plaintext tokens) is told apart. */
    static final String HASH_PREFIX = "sha256:";

    /**
     * What the server stores instead of a seat token or facilitator key: SHA-256, base64url.
     * The secrets are 128 random bits, so no salt or slow hash is needed. Idempotent: a value
     * already hashed is returned as it is (old journals are hashed on read).
     */
    static String hash(String secret) {
        if (secret.startsWith(HASH_PREFIX)) {
            return secret;
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HASH_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** True if {@code secret} hashes to {@code stored}, in constant time. */
    static boolean matches(String secret, String stored) {
        if (secret == null || stored == null || secret.startsWith(HASH_PREFIX)) {
            return false; // a stolen hash is not a token
        }
        return java.security.MessageDigest.isEqual(hash(secret).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                stored.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static long seed() {
        return RANDOM.nextLong();
    }

    static boolean isJoinCode(String s) {
        if (s == null || s.length() != CODE_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (CODE_ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
