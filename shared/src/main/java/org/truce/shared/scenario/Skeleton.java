package org.truce.shared.scenario;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a name looks like, for telling whether two names could pass for each other. Modelled on
 * Unicode Technical Standard #39 (Unicode Security Mechanisms): its "skeleton" (section 4,
 * confusable detection: normalise, map each character to its prototype in confusables.txt, then
 * compare) and its "single script" restriction (section 5.1). We keep a small part of the
 * confusables table: the Cyrillic and Greek letters that look like Latin ones, which is what a
 * player would use to pass for "Ukraine" or "Ana (bot)"; NFKC folds fullwidth and other
 * compatibility forms ("ＵＫＲＡＩＮＥ", "（bot）"), and case is folded.
 */
public final class Skeleton {
    /** Cyrillic and Greek letters that look like a Latin letter (UTS #39 confusables.txt), upper and lower case. */
    private static final Map<Integer, Character> LATIN_LOOKALIKES = Map.ofEntries(
            // Cyrillic lower: а е о р с у х і ј ѕ ԁ һ ӏ, and the small capitals к м н т в
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0443, 'y'), Map.entry(0x0445, 'x'), Map.entry(0x0456, 'i'),
            Map.entry(0x0458, 'j'), Map.entry(0x0455, 's'), Map.entry(0x0501, 'd'), Map.entry(0x04BB, 'h'),
            Map.entry(0x04CF, 'l'), Map.entry(0x043A, 'k'), Map.entry(0x043C, 'm'), Map.entry(0x043D, 'h'),
            Map.entry(0x0442, 't'), Map.entry(0x0432, 'b'),
            // Cyrillic upper: А В Е К М Н О Р С Т У Х І Ј Ѕ
            Map.entry(0x0410, 'A'), Map.entry(0x0412, 'B'), Map.entry(0x0415, 'E'), Map.entry(0x041A, 'K'),
            Map.entry(0x041C, 'M'), Map.entry(0x041D, 'H'), Map.entry(0x041E, 'O'), Map.entry(0x0420, 'P'),
            Map.entry(0x0421, 'C'), Map.entry(0x0422, 'T'), Map.entry(0x0423, 'Y'), Map.entry(0x0425, 'X'),
            Map.entry(0x0406, 'I'), Map.entry(0x0408, 'J'), Map.entry(0x0405, 'S'),
            // Greek lower: ο α ε ι κ ν ρ τ υ χ
            Map.entry(0x03BF, 'o'), Map.entry(0x03B1, 'a'), Map.entry(0x03B5, 'e'), Map.entry(0x03B9, 'i'),
            Map.entry(0x03BA, 'k'), Map.entry(0x03BD, 'v'), Map.entry(0x03C1, 'p'), Map.entry(0x03C4, 't'),
            Map.entry(0x03C5, 'u'), Map.entry(0x03C7, 'x'),
            // Greek upper: Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
            Map.entry(0x0391, 'A'), Map.entry(0x0392, 'B'), Map.entry(0x0395, 'E'), Map.entry(0x0396, 'Z'),
            Map.entry(0x0397, 'H'), Map.entry(0x0399, 'I'), Map.entry(0x039A, 'K'), Map.entry(0x039C, 'M'),
            Map.entry(0x039D, 'N'), Map.entry(0x039F, 'O'), Map.entry(0x03A1, 'P'), Map.entry(0x03A4, 'T'),
            Map.entry(0x03A5, 'Y'), Map.entry(0x03A7, 'X'),
            // Latin small dotless i
            Map.entry(0x0131, 'i'));

    /** Scripts whose letters pass for each other's; one word may use only one of them (UTS #39 single script). */
    private static final Set<UnicodeScript> LOOKALIKE_SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.GREEK);

    private Skeleton() {
    }

    /**
     * The skeleton of {@code text}: NFKC, look-alike letters mapped to Latin, case folded, white
     * space collapsed to single spaces and trimmed. Two texts with one skeleton look alike.
     */
    public static String of(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || PlainText.isInvisible(cp) || cp == PlainText.BRAILLE_BLANK) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            Character latin = LATIN_LOOKALIKES.get(cp);
            if (latin != null) {
                b.append(latin.charValue());
            } else {
                b.appendCodePoint(cp);
            }
        }
        // after the mapping, so that "Н" (looks like H) and "н" (a small capital H) both end as "h"
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** True if the two texts look alike (the same {@link #of skeleton}). */
    public static boolean confusable(String a, String b) {
        return of(a).equals(of(b));
    }

    /**
     * The first word of {@code text} that mixes letters of Latin, Cyrillic and Greek ("Ukrаine"
     * with a Cyrillic "а"), or null. Whole words in one of them, and any other script (CJK,
     * Arabic, ...), are fine; digits and punctuation belong to no script.
     */
    public static String mixedScriptWord(String text) {
        for (String word : text.split("[\\s\\p{Z}]+")) {
            UnicodeScript seen = null;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                UnicodeScript sc = UnicodeScript.of(cp);
                if (!Character.isLetter(cp) || !LOOKALIKE_SCRIPTS.contains(sc)) {
                    continue;
                }
                if (seen != null && seen != sc) {
                    return word;
                }
                seen = sc;
            }
        }
        return null;
    }

    /**
     * The letter of {@code text} (composed, NFC) that carries a combining mark (Mn, Me) although it
     * is Latin, Cyrillic or Greek, or of no script at all ("U̶" with a strike-through, a digit with a
     * keycap), or null. Those alphabets write their accented letters as single characters, so a
     * mark left over hides or fakes a letter; scripts that write with marks (Thai, Devanagari,
     * Arabic vowels, ...) keep them.
     */
    public static String markedLetter(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int base = -1;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                base = cp;
            } else if (base < 0 || markless(UnicodeScript.of(base))) {
                return base < 0 ? "" : new String(Character.toChars(base));
            }
        }
        return null;
    }

    /** Latin, Cyrillic, Greek, and characters of no script (digits, punctuation, symbols, spaces): no mark belongs on them. */
    private static boolean markless(UnicodeScript sc) {
        return LOOKALIKE_SCRIPTS.contains(sc) || sc == UnicodeScript.COMMON || sc == UnicodeScript.INHERITED;
    }

    /** The scripts a word mixes, in words ("Latin and Cyrillic"), for messages. */
    public static String scriptsOf(String word) {
        EnumSet<UnicodeScript> found = EnumSet.noneOf(UnicodeScript.class);
        word.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).filter(LOOKALIKE_SCRIPTS::contains).forEach(found::add);
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (UnicodeScript sc : found) {
            if (n++ > 0) {
                b.append(n == found.size() ? " and " : ", ");
            }
            String w = sc.name().toLowerCase(Locale.ROOT);
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
