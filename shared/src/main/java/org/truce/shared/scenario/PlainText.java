package org.truce.shared.scenario;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.truce.shared.text.TextWidth;

/** Text that players and bots say: checked before it reaches anyone's screen. */
public final class PlainText {
    /** A name that ends like a bot's label ("Ukraine (bot)") or a stand-in's would pass for one. */
    private static final Pattern BOT_LABEL = Pattern.compile(".*\\(\\s*(bot|stand[\\s-]?in)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);
    /** A name ending in "(you)" would pass for the player's own seat on everyone's screen: the client marks it so. */
    private static final Pattern YOU_LABEL = Pattern.compile(".*\\(\\s*you\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

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

    /**
     * Chat text as {@link #withoutInvisible} leaves it: no control characters or line breaks, and
     * no invisible characters but the emoji joiners that it keeps.
     */
    public static boolean isPlainChat(String text) {
        return text.codePoints().noneMatch(PlainText::isControlOrBreak) && withoutInvisible(text).equals(text);
    }

    /** What a screen shows for an emoji sequence it cannot draw as one character: a fullwidth "?", two columns as the emoji. */
    public static final String STAND_IN = "\uFF1F";

    /**
     * What a client sent, fit to quote back in an error message: {@link #printable} (no control,
     * invisible or direction characters) and at most 40 characters, cut with "…". An error never
     * carries a client's terminal escapes, nor kilobytes of its input back to it.
     */
    public static String echo(String input) {
        String p = printable(input);
        return p.codePointCount(0, p.length()) <= ECHO_MAX ? p : p.substring(0, p.offsetByCodePoints(0, ECHO_MAX - 1)) + "\u2026";
    }

    /** The most characters {@link #echo} keeps. */
    public static final int ECHO_MAX = 40;

    /**
     * The text as a screen should draw it (for whatever a peer sends): a control character or
     * line break becomes a space; invisible and direction-changing characters are dropped, as
     * the server's chat rule ({@link #withoutInvisible}) drops them; and an emoji sequence
     * becomes one thing a terminal draws two columns wide: the emoji style selector U+FE0F and a
     * skin tone are dropped ("❤️" shows as "❤", "👍🏽" as "👍"), and a sequence joined by U+200D
     * or by tag characters ("👨‍👩‍👧", the flag of Wales) shows as one {@link #STAND_IN}. A
     * terminal draws each of them in a cell of its own, so kept as they are they would leave
     * stray blanks or push the line out of its columns. For the same reason the text is first
     * composed (NFC: "e" + U+0301 becomes "é") and the combining marks that still remain (a
     * keycap's U+20E3, Thai tone marks, an overlay) are dropped: a terminal cell holds one
     * character, so a mark on its own would take a column of its own.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        String kept = withoutInvisible(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder b = new StringBuilder(kept.length());
        int last = -1;       // where the last code point shown starts in b
        boolean join = false; // a joiner came: the next emoji belongs to the one before
        for (int i = 0; i < kept.length(); ) {
            int cp = kept.codePointAt(i);
            i += Character.charCount(cp);
            if (isControlOrBreak(cp)) {
                b.append(' ');
                last = -1;
                join = false;
            } else if (cp == 0xFE0F || isSkinTone(cp) && last >= 0) {
                continue; // restyles the emoji before it
            } else if (cp == 0x200D || cp >= 0xE0020 && cp <= 0xE007F) {
                if (last >= 0) {
                    b.setLength(last);
                    b.append(STAND_IN);
                }
                join = cp == 0x200D;
            } else if (TextWidth.isZeroWidth(cp)) {
                continue; // a combining mark NFC could not compose: no cell of its own
            } else if (join) {
                join = false; // joined into the stand-in
            } else {
                last = b.length();
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /**
     * The text without invisible and direction-changing characters (Unicode's
     * Default_Ignorable_Code_Point set and the format characters: zero-width spaces and joiners,
     * direction marks, overrides and isolates, variation selectors, invisible fillers, tags):
     * what chat keeps of them. Control characters stay, so a check can still refuse them.
     *
     * <p>Emoji need three of them, so these are kept where an emoji sequence needs them and
     * dropped anywhere else (where they could only hide or reorder text): U+FE0F (emoji style)
     * right after a symbol or a keycap base ("❤️", "1️⃣"); U+200D (zero-width joiner) between
     * two emoji ("👨‍👩‍👧", "🏳️‍🌈"); tag characters after a black flag (the flags of England,
     * Scotland and Wales) when they form a valid emoji tag sequence ({@link #flagTagsEnd}).
     * Each joins or restyles a visible emoji and cannot make text look like other text; any
     * other run of tags after a black flag is dropped whole, since it could carry hidden text.
     */
    public static String withoutInvisible(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int prev = -1; // the last code point kept
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x1F3F4) { // a black flag: keep the tags after it only if they make a flag
                b.appendCodePoint(cp);
                prev = cp;
                int end = flagTagsEnd(text, i);
                if (end > i) {
                    b.append(text, i, end);
                    i = end;
                    prev = CANCEL_TAG;
                }
                continue;
            }
            boolean keep = !isInvisible(cp)
                    || cp == 0xFE0F && prev >= 0 && isEmojiBase(prev)
                    || cp == 0x200D && prev >= 0 && (isEmojiBase(prev) || prev == 0xFE0F || isSkinTone(prev))
                            && i < text.length() && isEmoji(text.codePointAt(i));
            if (keep) {
                b.appendCodePoint(cp);
                prev = cp;
            }
        }
        return b.toString();
    }

    /** The tag that ends an emoji tag sequence. */
    private static final int CANCEL_TAG = 0xE007F;

    /**
     * Where the emoji tag sequence starting at {@code from} ends (just past its cancel tag), or
     * {@code from} if there is none: 1 to 7 tag digits (U+E0030-E0039) or tag small letters
     * (U+E0061-E007A), then the cancel tag U+E007F (Unicode TS #51, emoji tag sequences).
     */
    private static int flagTagsEnd(String text, int from) {
        int i = from;
        int n = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == CANCEL_TAG) {
                return n >= 1 && n <= 7 ? i + Character.charCount(cp) : from;
            }
            if (!(cp >= 0xE0030 && cp <= 0xE0039 || cp >= 0xE0061 && cp <= 0xE007A) || ++n > 7) {
                return from;
            }
            i += Character.charCount(cp);
        }
        return from;
    }

    /** A symbol that U+FE0F may turn into an emoji: Unicode symbols (So, Sm), "‼", "⁉", and keycap bases. */
    private static boolean isEmojiBase(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || cp == 0x203C || cp == 0x2049
                || cp == '#' || cp == '*' || (cp >= '0' && cp <= '9') || isSkinTone(cp);
    }

    /** What a zero-width joiner may join to: a symbol that is no keycap base. */
    private static boolean isEmoji(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL;
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    /**
     * True if the text shows nothing: empty, or only white space and blank-looking characters
     * (no-break and other Unicode spaces, the braille blank U+2800, invisible characters).
     */
    public static boolean looksBlank(String text) {
        return text.codePoints().allMatch(PlainText::isBlankLooking);
    }

    /**
     * What is wrong with a player's name, or null: it must show something (a name of only
     * blank-looking characters is refused, whichever they are), be plain text ({@link #isPlainText})
     * with no blank-looking characters but ordinary spaces (a braille blank U+2800 or a no-break
     * space looks like a space or like nothing), no word may mix Latin with Cyrillic or Greek
     * letters ("Ukrаine" with a Cyrillic "а" passes for "Ukraine"), and it must not end like a
     * bot's label, "(bot)" or "(stand-in)", or the client's own-seat marker "(you)", in any
     * look-alike form ({@link Skeleton}). It must be written in ordinary characters: NFKC leaves
     * it as it is (no fullwidth "Ａｎａ", "ℌ", ligature "ﬁ"), no combining mark is left on a Latin,
     * Cyrillic or Greek letter once composed ("U̶kraine"; scripts that need marks, Thai or
     * Devanagari, keep them), and no private-use, unassigned, object-replacement or replacement
     * character, which every screen draws differently.
     */
    public static String nameProblem(String name) {
        if (looksBlank(name)) {
            return BLANK_NAME;
        }
        if (!isPlainText(name)) {
            return "must be plain text on one line: no control, invisible or direction characters";
        }
        if (name.codePoints().anyMatch(cp -> cp != ' ' && isBlankLooking(cp))) {
            return "may not contain blank-looking characters (no-break or other special spaces, the braille blank): "
                    + "use ordinary spaces";
        }
        if (name.codePoints().anyMatch(PlainText::isUndrawable)) {
            return "may not contain private-use, unassigned or replacement characters (U+FFFC, U+FFFD): "
                    + "screens draw them differently or not at all";
        }
        String mixed = Skeleton.mixedScriptWord(name);
        if (mixed != null) {
            return "mixes " + Skeleton.scriptsOf(mixed) + " letters in the word '" + mixed
                    + "', so it could pass for another name: write each word in one alphabet";
        }
        String skeleton = Skeleton.of(name);
        if (BOT_LABEL.matcher(skeleton).matches()) {
            return "may not end in \"(bot)\" or \"(stand-in)\": those mark the game's bots";
        }
        if (YOU_LABEL.matcher(skeleton).matches()) {
            return "may not end in \"(you)\": that marks each player's own seat on their screen";
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (!nfkc.equals(name)) {
            return "uses special forms of characters (fullwidth, styled or combined letters, ligatures): "
                    + "write it in ordinary letters: '" + nfkc + "'";
        }
        String marked = Skeleton.markedLetter(name);
        if (marked != null) {
            return "puts a combining mark on the letter '" + marked + "', which could hide or fake a letter: "
                    + "write letters with their accents as single characters";
        }
        return null;
    }

    /** Why a name that shows nothing is refused; "anonymous" is for leaving the name out. */
    public static final String BLANK_NAME = "shows nothing (only blank-looking characters): write a name with a visible "
            + "character, or leave it out to play as anonymous";

    /** Private use (Co), unassigned (Cn), U+FFFC and U+FFFD: characters screens draw differently or as a box. */
    private static boolean isUndrawable(int cp) {
        int type = Character.getType(cp);
        return type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
                || cp == 0xFFFC || cp == 0xFFFD;
    }

    /**
     * True if {@code name} looks like {@code reserved} (a party's name): the same {@link Skeleton}
     * apart from case, spaces, compatibility forms and Cyrillic or Greek look-alike letters.
     */
    public static boolean sameName(String name, String reserved) {
        return Skeleton.confusable(name, reserved);
    }

    private static boolean isUnsafe(int cp) {
        return isControlOrBreak(cp) || isInvisible(cp);
    }

    private static boolean isControlOrBreak(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Unicode's Default_Ignorable_Code_Point set (DerivedCoreProperties.txt: fillers, joiners,
     * direction marks and overrides, variation selectors, tags, U+034F, U+17B4-17B5, ...) plus
     * every format character (Cf; a few Cf characters are not default-ignorable but are no
     * more visible): characters that show nothing by themselves.
     */
    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
                || (cp >= 0x17B4 && cp <= 0x17B5) || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F)
                || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
                || (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    /** The braille pattern with no dots: a visible character that shows as a blank. */
    static final int BRAILLE_BLANK = 0x2800;

    /** White space, Unicode spaces (no-break, ideographic, en/em ...), the braille blank, or an invisible character. */
    private static boolean isBlankLooking(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == BRAILLE_BLANK || isInvisible(cp);
    }
}
