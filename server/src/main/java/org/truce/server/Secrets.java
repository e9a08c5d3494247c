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
