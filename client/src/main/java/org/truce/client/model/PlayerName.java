package org.truce.client.model;

import org.truce.shared.scenario.PlainText;
import org.truce.shared.text.Chars;

/**
 * The rules a server applies to a player's name, checked before connecting (a server refuses the
 * hello otherwise). A party's name ("Ukraine", "UA") is refused by the server, which knows its scenarios.
 */
public final class PlayerName {
    /** Longest name a server takes, in characters. */
    public static final int MAX = 32;

    private PlayerName() {
    }

    /** What is wrong with the name, in words, or null if a server will take it. */
    public static String problem(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        if (Chars.count(s) > MAX) { // characters, as the server counts them: an emoji is one
            return "Your name must be at most " + MAX + " characters (it has " + Chars.count(s) + ").";
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
