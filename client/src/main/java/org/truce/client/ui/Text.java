package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.text.TextWidth;

/** Fitting words into terminal columns. */
public final class Text {
    private Text() {
    }

    /** Columns a string takes on a terminal: a CJK character or an emoji takes two. */
    public static int cols(String s) {
        return TextWidth.cols(s);
    }

    private static int width(int cp) {
        return TextWidth.of(cp);
    }

    /** The longest prefix of {@code s} that fits in {@code width} columns (never splits a character). */
    static String prefix(String s, int width) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = width(cp);
            if (used + w > width) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** Cuts {@code s} to {@code width} columns, ending with "…" if it was longer. */
    public static String fit(String s, int width) {
        if (s == null) {
            s = "";
        }
        if (width <= 0) {
            return "";
        }
        if (cols(s) <= width) {
            return s;
        }
        return width == 1 ? "…" : prefix(s, width - 1) + "…";
    }

    /** {@link #fit} then pads with spaces to exactly {@code width} columns. */
    public static String pad(String s, int width) {
        String f = fit(s, width);
        int c = cols(f);
        return c >= width ? f : f + " ".repeat(width - c);
    }

    /** {@link #fit} then pads with spaces on the left to exactly {@code width} columns. */
    public static String padLeft(String s, int width) {
        String f = fit(s, width);
        int c = cols(f);
        return c >= width ? f : " ".repeat(width - c) + f;
    }

    /** Word-wraps to lines of at most {@code width} columns. */
    public static List<String> wrap(String s, int width) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String para : s.split("\n", -1)) {
            int lead = 0;
            while (lead < para.length() && para.charAt(lead) == ' ' && lead < width / 2) {
                lead++;
            }
            String indent = para.substring(0, lead);
            para = para.substring(lead);
            StringBuilder line = new StringBuilder(indent);
            for (String word : para.split(" ")) {
                while (cols(word) > width - indent.length()) {
                    if (line.length() > indent.length()) {
                        out.add(line.toString());
                        line.setLength(0);
                        line.append(indent);
                    }
                    String head = prefix(word, width - cols(line.toString()));
                    if (head.isEmpty()) {
                        head = word.substring(0, Character.charCount(word.codePointAt(0)));
                    }
                    out.add(line + head);
                    line.setLength(0);
                    line.append(indent);
                    word = word.substring(head.length());
                }
                if (line.length() > indent.length() && cols(line.toString()) + 1 + cols(word) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(indent);
                }
                if (line.length() > indent.length()) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    private static final java.util.regex.Pattern KEY_LINE = java.util.regex.Pattern.compile("^( *\\S+(?: \\S+)*? {2,})\\S");

    /**
     * {@link #wrap}, except that a line laid out as "KEY  what it does" (a label, then two or more
     * spaces) continues under "what it does", so a list of keys stays a column when it wraps.
     */
    public static List<String> wrapHanging(String s, int width) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String para : s.split("\n", -1)) {
            java.util.regex.Matcher m = KEY_LINE.matcher(para);
            int hang = m.find() ? cols(m.group(1)) : -1;
            if (hang < 0 || hang > 14 || hang > width / 2 || cols(para) <= width) {
                out.addAll(wrap(para, width));
                continue;
            }
            List<String> body = wrap(para.substring(m.group(1).length()), width - hang);
            for (int i = 0; i < body.size(); i++) {
                out.add((i == 0 ? m.group(1) : " ".repeat(hang)) + body.get(i));
            }
        }
        return out;
    }

    /** One decimal, e.g. "42.0" (utility and score figures). */
    public static String num(double v) {
        return String.format("%.1f", v);
    }

    /**
     * A final score with its sign and 2 decimals, e.g. "+3.50" or "-6.95": the figure the server sends
     * (2 decimals) and the written reports print, the same in the debrief and the class console.
     * Rounded half away from zero on the decimal value (never on the binary double's tail).
     */
    public static String score(double v) {
        String p = points(v);
        return (p.startsWith("-") ? "" : "+") + p;
    }

    /** A final utility or no-deal value with 2 decimals, e.g. "43.05", rounded half away from zero on the decimal value. */
    public static String points(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** One decimal with its sign, e.g. "+3.5" or "-7.4". */
    public static String signed(double v) {
        return String.format("%+.1f", v);
    }

    /**
     * {@code a − b} signed, as the difference of the two numbers {@link #num} shows (each rounded to
     * one decimal first), so "no deal 42.0 · this draft 34.6" reads "score −7.4", never −7.5.
     */
    public static String gain(double a, double b) {
        // rounded as the formatter rounds what it shows: half up on the shortest decimal form
        java.math.BigDecimal shownA = java.math.BigDecimal.valueOf(a).setScale(1, java.math.RoundingMode.HALF_UP);
        java.math.BigDecimal shownB = java.math.BigDecimal.valueOf(b).setScale(1, java.math.RoundingMode.HALF_UP);
        return signed(shownA.subtract(shownB).doubleValue());
    }

    /** "m:ss" left until an epoch-millisecond deadline, or null. */
    public static String timeLeft(Long deadline, long now) {
        if (deadline == null) {
            return null;
        }
        long s = Math.max(0, (deadline - now + 999) / 1000);
        return String.format("%d:%02d", s / 60, s % 60);
    }

    /** "m:ss" for a number of milliseconds left, or null. */
    public static String timeLeft(Long millisLeft) {
        return millisLeft == null ? null : timeLeft(millisLeft, 0);
    }

    /** A bar of {@code cells} characters filled in proportion to {@code fraction} (0..1). */
    public static String bar(double fraction, int cells) {
        int n = (int) Math.round(Math.max(0, Math.min(1, fraction)) * cells);
        return "█".repeat(n) + "·".repeat(cells - n);
    }
}
