package org.truce.client.ssh;

/**
 * What a client sent, made safe for a log line: the server's log goes to the teacher's terminal
 * too, where an escape sequence in a user name would change the title or forge a line. Control
 * characters (C0, DEL, C1) and direction overrides are written as {@code \}{@code uXXXX}, and the
 * text is cut at {@value #MAX} characters.
 */
final class LogText {
    private static final int MAX = 80;

    private LogText() {
    }

    /** {@code s} with its control characters escaped, cut to {@value #MAX} characters ("null" for null). */
    static String clean(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX) + 8);
        for (int i = 0; i < s.length() && i < MAX; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > MAX) {
            b.append('…');
        }
        return b.toString();
    }
}
