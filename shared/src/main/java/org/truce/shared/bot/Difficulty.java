package org.truce.shared.bot;

import java.util.Locale;

/** How hard bots bargain: easy bots concede sooner and accept more, hard ones hold out and model you. */
public enum Difficulty {
    EASY, NORMAL, HARD;

    /** The lower-case id, e.g. "hard", as the protocol and CLI write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "easy", "normal", "hard" (any case); null for anything else. */
    public static Difficulty parse(String s) {
        if (s == null) {
            return null;
        }
        for (Difficulty d : values()) {
            if (d.id().equalsIgnoreCase(s.strip())) {
                return d;
            }
        }
        return null;
    }
}
