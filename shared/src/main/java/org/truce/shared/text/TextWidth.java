package org.truce.shared.text;

/**
 * How many terminal columns text takes: the one measure for everything Truce aligns in columns
 * (the game screens and the command line's tables), so that both agree.
 *
 * <p>A CJK or fullwidth character takes two columns; so does every character beyond the Basic
 * Multilingual Plane (emoji and the like): the client draws each of those as exactly two
 * columns, the character itself or a stand-in of that width. A character that shows nothing by
 * itself takes none: combining marks (Mn, Me: the accent of a decomposed "é", the keycap
 * U+20E3, variation selectors), format characters (Cf: U+200D and the other joiners, tags).
 * Everything else takes one.
 */
public final class TextWidth {
    private TextWidth() {
    }

    /** Columns a string takes on a terminal; null takes none. */
    public static int cols(String s) {
        if (s == null) {
            return 0;
        }
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            used += of(cp);
            i += Character.charCount(cp);
        }
        return used;
    }

    /** Columns one code point takes: 0, 1 or 2. */
    public static int of(int cp) {
        if (isZeroWidth(cp)) {
            return 0;
        }
        return cp > 0xFFFF || isWide((char) cp) ? 2 : 1;
    }

    /**
     * True for a code point that takes no column of its own: a combining mark (Mn, Me), which
     * goes on the character before it, or a format character (Cf: joiners, direction marks, tags).
     */
    public static boolean isZeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    /** {@code s} padded with spaces on the right to at least {@code width} columns (never cut). */
    public static String padRight(String s, int width) {
        int c = cols(s);
        return c >= width ? s : s + " ".repeat(width - c);
    }

    /** {@code s} padded with spaces on the left to at least {@code width} columns (never cut). */
    public static String padLeft(String s, int width) {
        int c = cols(s);
        return c >= width ? s : " ".repeat(width - c) + s;
    }

    // the same blocks the terminal library draws two columns wide, so measure and drawing agree
    private static boolean isWide(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.HIRAGANA
                || b == Character.UnicodeBlock.KATAKANA
                || b == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || b == Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO
                || b == Character.UnicodeBlock.HANGUL_JAMO
                || b == Character.UnicodeBlock.HANGUL_SYLLABLES
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || (b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61);
    }
}
