package org.truce.client.model;

/**
 * A line of the chat and event log. The text is made safe to draw: the server refuses control
 * characters, but a screen must not break (Lanterna throws on them) or show a forged line
 * whatever a server sends.
 */
public record LogEntry(Kind kind, int round, String text) {
    public enum Kind { PUBLIC, PRIVATE, EVENT, ERROR }

    public LogEntry {
        text = printable(text);
    }

    /** Control characters and direction overrides become spaces. */
    public static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            b.append(unsafe ? ' ' : c);
        }
        return b.toString();
    }
}
