package org.truce.client.model;

import org.truce.shared.scenario.PlainText;

/**
 * The rules a server applies to a player's name, checked before connecting (a server refuses the
 * hello otherwise). A party's name ("Ukraine", "UA") is refused by the server, which knows its scenarios.
 */
public final class PlayerName {
    public static final int MAX = 32;

    private PlayerName() {
    }

    /** What is wrong with the name, in words, or null if a server will take it. */
    public static String problem(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        if (s.length() > MAX) {
            return "Your name must be at most " + MAX + " characters (it has " + s.length() + ").";
        }
        if (!PlainText.isPlainText(s)) {
            return "Your name must be plain text on one line (no control, invisible or direction characters).";
        }
        if (PlainText.nameProblem(s) != null) {
            return "Your name " + PlainText.nameProblem(s) + ".";
        }
        return null;
    }
}
