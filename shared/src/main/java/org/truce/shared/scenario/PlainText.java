package org.truce.shared.scenario;

/** Text that players and bots say: checked before it reaches anyone's screen. */
public final class PlainText {
    private PlainText() {
    }

    /**
     * One line of printable text: no control characters (a terminal escape or a newline could
     * break other players' screens or forge a line from another party) and no bidirectional
     * overrides (which can make text display as something else).
     */
    public static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same text with every unsafe character turned into a space (for whatever a peer sends). */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(isUnsafe(c) ? ' ' : c);
        }
        return b.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
