package org.truce.shared.scenario;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text that players and bots say: checked before it reaches anyone's screen. */
public final class PlainText {
    /** A name that ends like a bot's label ("Ukraine (bot)") or a stand-in's would pass for one. */
    private static final Pattern BOT_LABEL = Pattern.compile(".*\\(\\s*(bot|stand[\\s-]?in)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

    private PlainText() {
    }

    /**
     * One line of printable text: no control characters (a terminal escape or a newline could
     * break other players' screens or forge a line from another party), no invisible or
     * direction-changing characters (a zero-width space makes a name look like another; a
     * direction override makes text display as something else).
     */
    public static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnsafe(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The same text with every unsafe character turned into a space (for whatever a peer sends). */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnsafe(cp)) {
                b.append(' ');
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * The text without invisible and direction-changing characters (zero-width spaces and
     * joiners, direction marks, overrides and isolates, invisible fillers): what chat keeps of
     * them. Control characters stay, so a check can still refuse them.
     */
    public static String withoutInvisible(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isInvisible(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * What is wrong with a player's name, or null: it must be plain text ({@link #isPlainText})
     * and must not end like a bot's label, "(bot)" or "(stand-in)".
     */
    public static String nameProblem(String name) {
        if (!isPlainText(name)) {
            return "must be plain text on one line: no control, invisible or direction characters";
        }
        if (BOT_LABEL.matcher(name).matches()) {
            return "may not end in \"(bot)\" or \"(stand-in)\": those mark the game's bots";
        }
        return null;
    }

    /** True if {@code name} is, apart from case and spaces, one of {@code reserved} (party names and ids). */
    public static boolean sameName(String name, String reserved) {
        return squash(name).equals(squash(reserved));
    }

    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isUnsafe(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || isInvisible(cp);
    }

    /** Format characters (Unicode Cf: zero-width, direction marks and overrides, BOM, tags) and the invisible Hangul fillers. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }
}
