package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;

/** Fitting words into terminal columns. */
public final class Text {
    private Text() {
    }

    /** Cuts {@code s} to {@code width} columns, ending with "…" if it was longer. */
    public static String fit(String s, int width) {
        if (s == null) {
            s = "";
        }
        if (width <= 0) {
            return "";
        }
        if (s.length() <= width) {
            return s;
        }
        return width == 1 ? "…" : s.substring(0, width - 1) + "…";
    }

    /** {@link #fit} then pads with spaces to exactly {@code width}. */
    public static String pad(String s, int width) {
        String f = fit(s, width);
        return f.length() >= width ? f : f + " ".repeat(width - f.length());
    }

    public static String padLeft(String s, int width) {
        String f = fit(s, width);
        return f.length() >= width ? f : " ".repeat(width - f.length()) + f;
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
                while (word.length() > width - indent.length()) {
                    if (line.length() > indent.length()) {
                        out.add(line.toString());
                        line.setLength(0);
                        line.append(indent);
                    }
                    int cut = width - line.length();
                    out.add(line + word.substring(0, cut));
                    line.setLength(0);
                    line.append(indent);
                    word = word.substring(cut);
                }
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
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

    public static String num(double v) {
        return String.format("%.1f", v);
    }

    public static String signed(double v) {
        return String.format("%+.1f", v);
    }

    /** "m:ss" left until an epoch-millisecond deadline, or null. */
    public static String timeLeft(Long deadline, long now) {
        if (deadline == null) {
            return null;
        }
        long s = Math.max(0, (deadline - now + 999) / 1000);
        return String.format("%d:%02d", s / 60, s % 60);
    }

    /** A bar of {@code cells} characters filled in proportion to {@code fraction} (0..1). */
    public static String bar(double fraction, int cells) {
        int n = (int) Math.round(Math.max(0, Math.min(1, fraction)) * cells);
        return "█".repeat(n) + "·".repeat(cells - n);
    }
}
