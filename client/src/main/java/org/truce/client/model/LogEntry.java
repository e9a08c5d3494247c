package org.truce.client.model;

import org.truce.shared.scenario.PlainText;

/**
 * A line of the chat and event log. The text is made safe to draw: the server refuses control
 * characters, but a screen must not break (Lanterna throws on them) or show a forged line
 * whatever a server sends.
 */
public record LogEntry(Kind kind, int round, String text) {
    /**
     * How a line is drawn: public chat, private chat, a table event, an error, the facilitator's
     * announcement, or news fired into the game.
     */
    public enum Kind { PUBLIC, PRIVATE, EVENT, ERROR, FACILITATOR, NEWS }

    /** Makes the text safe to draw (see {@link #printable}). */
    public LogEntry {
        text = printable(text);
    }

    /** Control characters and direction overrides become spaces. */
    public static String printable(String s) {
        return PlainText.printable(s);
    }
}
