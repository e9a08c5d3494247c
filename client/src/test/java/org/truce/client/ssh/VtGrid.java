package org.truce.client.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small VT100/xterm screen for tests: UTF-8 bytes in (what Lanterna's ANSI terminal writes),
 * a grid of characters out. It knows cursor addressing and moves, erasing, and skips colours,
 * modes and titles; that is all a Lanterna screen uses. Not thread-safe: its owner locks.
 */
final class VtGrid {
    private char[][] cells;
    private int cols;
    private int rows;
    private int row;
    private int col;
    /** 0: text; 1: after ESC; 2: in CSI; 3: in OSC (until BEL or ESC \). */
    private int state;
    private final StringBuilder params = new StringBuilder();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int need;

    VtGrid(int cols, int rows) {
        resize(cols, rows);
    }

    /** The client's window changed size: the grid keeps what fits. */
    void resize(int newCols, int newRows) {
        char[][] next = new char[newRows][newCols];
        for (char[] line : next) {
            Arrays.fill(line, ' ');
        }
        if (cells != null) {
            for (int r = 0; r < Math.min(rows, newRows); r++) {
                System.arraycopy(cells[r], 0, next[r], 0, Math.min(cols, newCols));
            }
        }
        cells = next;
        cols = newCols;
        rows = newRows;
        row = Math.min(row, rows - 1);
        col = Math.min(col, cols - 1);
    }

    /** Feeds bytes as they came from the channel (a UTF-8 sequence may be split between calls). */
    void feed(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            int x = b[i] & 0xff;
            if (need > 0) {
                pending.write(x);
                if (--need == 0) {
                    String s = pending.toString(StandardCharsets.UTF_8);
                    pending.reset();
                    s.chars().forEach(c -> put((char) c));
                }
                continue;
            }
            if (x >= 0xc0) {
                need = x >= 0xf0 ? 3 : x >= 0xe0 ? 2 : 1;
                pending.write(x);
                continue;
            }
            control((char) x);
        }
    }

    private void control(char c) {
        switch (state) {
            case 1 -> {
                state = c == '[' ? 2 : c == ']' ? 3 : 0;
                params.setLength(0);
            }
            case 2 -> {
                if (c >= 0x40 && c <= 0x7e) {
                    csi(c, params.toString());
                    state = 0;
                } else {
                    params.append(c);
                }
            }
            case 3 -> {
                if (c == 7 || c == '\\') {
                    state = 0;
                }
            }
            default -> {
                if (c == 27) {
                    state = 1;
                } else if (c == '\r') {
                    col = 0;
                } else if (c == '\n') {
                    row = Math.min(rows - 1, row + 1);
                } else if (c == '\b') {
                    col = Math.max(0, col - 1);
                } else if (c >= 0x20) {
                    put(c);
                }
            }
        }
    }

    private void put(char c) {
        if (state != 0) {
            return; // a non-ASCII byte inside an escape sequence: not text
        }
        if (col >= cols) { // a terminal's automatic margin: the next character starts the next line
            col = 0;
            row = Math.min(rows - 1, row + 1);
        }
        cells[row][col] = c;
        col++;
    }

    private void csi(char f, String p) {
        String[] a = p.startsWith("?") ? new String[0] : p.split(";", -1);
        int n1 = arg(a, 0, 1);
        switch (f) {
            case 'H', 'f' -> {
                row = clamp(n1 - 1, rows);
                col = clamp(arg(a, 1, 1) - 1, cols);
            }
            case 'A' -> row = clamp(row - n1, rows);
            case 'B' -> row = clamp(row + n1, rows);
            case 'C' -> col = clamp(col + n1, cols);
            case 'D' -> col = clamp(col - n1, cols);
            case 'G' -> col = clamp(n1 - 1, cols);
            case 'd' -> row = clamp(n1 - 1, rows);
            case 'J' -> {
                if (arg(a, 0, 0) == 2) {
                    for (char[] line : cells) {
                        Arrays.fill(line, ' ');
                    }
                }
            }
            case 'K' -> {
                if (row < rows && col < cols) {
                    Arrays.fill(cells[row], col, cols, ' ');
                }
            }
            default -> {
                // colours (m), modes (h, l), scrolling regions: nothing a test reads
            }
        }
    }

    private static int arg(String[] a, int i, int fallback) {
        if (i >= a.length || a[i].isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(a[i]);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    /** The screen as lines of text, trailing blanks cut. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (char[] line : cells) {
            sb.append(new String(line).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }
}
