package org.truce.client.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text field that edits whole characters as the user sees them: Backspace, Delete, ← and →
 * take a whole grapheme cluster (an emoji, a flag's two regional indicators, a letter with its
 * accent or variation selector). Lanterna's TextBox moves by UTF-16 unit, so Backspace after an
 * emoji left half of it in the text, which then went out as "?". Every editable field of the
 * client is one of these.
 */
public class CharTextBox extends TextBox {
    // \X is the JDK's extended grapheme cluster (UAX #29); BreakIterator in Java 17 splits flags
    private static final Pattern CLUSTER = Pattern.compile("\\X");

    /** An empty single-line field of {@code size}. */
    public CharTextBox(TerminalSize size) {
        super(size);
    }

    @Override
    public synchronized Result handleKeyStroke(KeyStroke key) {
        if (isReadOnly()) {
            return super.handleKeyStroke(key);
        }
        TerminalPosition caret = getCaretPosition();
        int row = caret.getRow();
        int col = caret.getColumn();
        String line = getLine(row);
        switch (key.getKeyType()) {
            case Backspace:
                if (col > 0) {
                    // Lanterna's own edit, once per UTF-16 unit: its change listener and checks still run
                    return repeat(key, col - before(line, col));
                }
                break;
            case Delete:
                if (col < line.length()) {
                    return repeat(key, after(line, col) - col);
                }
                break;
            case ArrowLeft:
                if (col > 0) {
                    setCaretPosition(row, before(line, col));
                    return Result.HANDLED;
                }
                break;
            case ArrowRight:
                if (col < line.length()) {
                    setCaretPosition(row, after(line, col));
                    return Result.HANDLED;
                }
                break;
            default:
        }
        // at a line's edge (focus moves on) and every other key: Lanterna's own handling
        return super.handleKeyStroke(key);
    }

    private Result repeat(KeyStroke key, int times) {
        Result r = Result.HANDLED;
        for (int i = 0; i < times; i++) {
            r = super.handleKeyStroke(key);
        }
        return r;
    }

    /** The start of the character that ends at or spans UTF-16 index {@code col} of {@code line} (0 if none). */
    static int before(String line, int col) {
        int last = 0;
        Matcher m = CLUSTER.matcher(line);
        while (m.find() && m.end() < col) {
            last = m.end();
        }
        return last;
    }

    /** The end of the character that starts at or spans UTF-16 index {@code col} of {@code line}. */
    static int after(String line, int col) {
        Matcher m = CLUSTER.matcher(line);
        while (m.find()) {
            if (m.end() > col) {
                return m.end();
            }
        }
        return line.length();
    }
}
