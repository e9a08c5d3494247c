package org.truce.shared.text;

/**
 * Text counted as users count it: in characters, that is Unicode code points. Java's
 * {@code String.length()} counts UTF-16 units, so an emoji (one code point outside the Basic
 * Multilingual Plane) would count twice and a cut could leave half of it.
 */
public final class Chars {
    private Chars() {
    }

    /** How many characters (code points) {@code s} holds; null holds none. */
    public static int count(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    /** The first {@code max} characters of {@code s} (all of it if shorter), never half a character. */
    public static String prefix(String s, int max) {
        if (count(s) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max));
    }
}
