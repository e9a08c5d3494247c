package org.truce.client.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seat's rejoin code: the room's code and the seat's token, as in {@code K7QXM-3fZq…} (28
 * characters). Shown to an SSH player when they take a seat; typed in the lobby's Room code field
 * on any machine, it asks for that seat back (the token is the seat's secret: whoever has the code
 * has the seat).
 */
public record RejoinCode(String room, String token) {
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z0-9]{5})-([A-Za-z0-9_-]{22})");

    /** The code as it is shown and typed. */
    @Override
    public String toString() {
        return room.toUpperCase(Locale.ROOT) + "-" + token;
    }

    /** The code typed (surrounding blanks ignored), or null if the text is not one (e.g. a plain room code). */
    public static RejoinCode parse(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(typed.strip());
        return m.matches() ? new RejoinCode(m.group(1).toUpperCase(Locale.ROOT), m.group(2)) : null;
    }

    /** The line the table's log shows when the seat is taken. */
    public String line() {
        return "Your rejoin code: " + this + " (keep it to yourself: typed in the lobby's Room code field on any"
                + " machine, it gives you this seat back).";
    }
}
