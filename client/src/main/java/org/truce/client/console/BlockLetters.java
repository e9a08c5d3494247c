package org.truce.client.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A five-row block-letter font for room codes on a projector: A–Z and 0–9, each glyph five
 * columns wide with a space between glyphs ("ABC" is 17 columns wide). A character it does not
 * have is drawn as a plain box.
 */
public final class BlockLetters {
    /** Rows of every glyph. */
    public static final int HEIGHT = 5;
    private static final int WIDTH = 5;
    private static final Map<Character, String[]> GLYPHS = new HashMap<>();

    static {
        String[] letters = {
            "A", " ### ", "#   #", "#####", "#   #", "#   #",
            "B", "#### ", "#   #", "#### ", "#   #", "#### ",
            "C", " ####", "#    ", "#    ", "#    ", " ####",
            "D", "#### ", "#   #", "#   #", "#   #", "#### ",
            "E", "#####", "#    ", "#### ", "#    ", "#####",
            "F", "#####", "#    ", "#### ", "#    ", "#    ",
            "G", " ####", "#    ", "#  ##", "#   #", " ####",
            "H", "#   #", "#   #", "#####", "#   #", "#   #",
            "I", "#####", "  #  ", "  #  ", "  #  ", "#####",
            "J", "#####", "   # ", "   # ", "#  # ", " ##  ",
            "K", "#   #", "#  # ", "###  ", "#  # ", "#   #",
            "L", "#    ", "#    ", "#    ", "#    ", "#####",
            "M", "#   #", "## ##", "# # #", "#   #", "#   #",
            "N", "#   #", "##  #", "# # #", "#  ##", "#   #",
            "O", " ### ", "#   #", "#   #", "#   #", " ### ",
            "P", "#### ", "#   #", "#### ", "#    ", "#    ",
            "Q", " ### ", "#   #", "# # #", "#  # ", " ## #",
            "R", "#### ", "#   #", "#### ", "#  # ", "#   #",
            "S", " ####", "#    ", " ### ", "    #", "#### ",
            "T", "#####", "  #  ", "  #  ", "  #  ", "  #  ",
            "U", "#   #", "#   #", "#   #", "#   #", " ### ",
            "V", "#   #", "#   #", "#   #", " # # ", "  #  ",
            "W", "#   #", "#   #", "# # #", "## ##", "#   #",
            "X", "#   #", " # # ", "  #  ", " # # ", "#   #",
            "Y", "#   #", " # # ", "  #  ", "  #  ", "  #  ",
            "Z", "#####", "   # ", "  #  ", " #   ", "#####",
            "0", " ### ", "#  ##", "# # #", "##  #", " ### ",
            "1", "  #  ", " ##  ", "  #  ", "  #  ", " ### ",
            "2", " ### ", "#   #", "  ## ", " #   ", "#####",
            "3", "#### ", "    #", " ### ", "    #", "#### ",
            "4", "#   #", "#   #", "#####", "    #", "    #",
            "5", "#####", "#    ", "#### ", "    #", "#### ",
            "6", " ### ", "#    ", "#### ", "#   #", " ### ",
            "7", "#####", "    #", "   # ", "  #  ", "  #  ",
            "8", " ### ", "#   #", " ### ", "#   #", " ### ",
            "9", " ### ", "#   #", " ####", "    #", " ### ",
        };
        for (int i = 0; i < letters.length; i += HEIGHT + 1) {
            String[] rows = new String[HEIGHT];
            for (int r = 0; r < HEIGHT; r++) {
                rows[r] = letters[i + 1 + r].replace('#', '█');
            }
            GLYPHS.put(letters[i].charAt(0), rows);
        }
    }

    private BlockLetters() {
    }

    /** Columns {@code text} takes in block letters. */
    public static int width(String text) {
        return text.isEmpty() ? 0 : text.length() * (WIDTH + 1) - 1;
    }

    /** {@code text} (upper-cased) in block letters: {@link #HEIGHT} rows, trailing spaces kept off. */
    public static List<String> render(String text) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < HEIGHT; r++) {
            StringBuilder b = new StringBuilder();
            for (char c : text.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
                String[] g = GLYPHS.get(c);
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(g == null ? (r == 0 || r == HEIGHT - 1 ? "█████" : "█   █") : g[r]);
            }
            rows.add(b.toString().stripTrailing());
        }
        return rows;
    }
}
