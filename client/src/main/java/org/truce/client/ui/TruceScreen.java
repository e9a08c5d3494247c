package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lanterna's screen with three corrections that every window gets, because they sit where keys
 * come in and characters go out:
 * <ul>
 * <li>An Alt-modified key is Esc followed by that key. Lanterna reads Esc and a key that arrive in
 * one write (a paste, a laggy SSH link) as Alt+key; Truce binds no Alt key, so both would be lost.</li>
 * <li>Ctrl+C is a key, not a signal (the terminal is set to trap it): it ends the session quietly
 * through {@code onInterrupt}, never through {@code System.exit} halfway through a redraw.</li>
 * <li>A character beyond the Basic Multilingual Plane (an emoji, a flag's letters) reaches the screen
 * as two UTF-16 halves, each drawn as "?". The halves are joined again: a wide emoji is drawn as
 * itself, anything else as a fullwidth stand-in; either way it takes two columns, as
 * {@link Text#cols} counts it.</li>
 * </ul>
 */
final class TruceScreen extends TerminalScreen {
    /** What stands for a character the terminal may not draw two columns wide (fullwidth "?"). */
    static final String STAND_IN = "\uFF1F";

    private final Deque<KeyStroke> queued = new ArrayDeque<>();
    private volatile Runnable onInterrupt = () -> { };
    private volatile boolean stopping;

    TruceScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    /** What Ctrl+C does (runs on the thread reading keys: the GUI thread). */
    void onInterrupt(Runnable r) {
        onInterrupt = r;
    }

    @Override
    public synchronized KeyStroke pollInput() throws IOException {
        return next(queued.isEmpty() ? super.pollInput() : queued.poll());
    }

    @Override
    public KeyStroke readInput() throws IOException {
        synchronized (this) {
            if (!queued.isEmpty()) {
                return next(queued.poll());
            }
        }
        // blocks: outside the lock, so that drawing can go on meanwhile
        KeyStroke k = super.readInput();
        synchronized (this) {
            return next(k);
        }
    }

    private KeyStroke next(KeyStroke k) {
        if (k == null) {
            return null;
        }
        if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && !k.isAltDown()
                && Character.toLowerCase(k.getCharacter()) == 'c') {
            if (!stopping) {
                onInterrupt.run();
            }
            return null;
        }
        if (k.isAltDown() && k.getKeyType() != KeyType.Escape) {
            queued.add(k.getKeyType() == KeyType.Character
                    ? new KeyStroke(k.getCharacter(), k.isCtrlDown(), false, k.isShiftDown())
                    : new KeyStroke(k.getKeyType(), k.isCtrlDown(), false, k.isShiftDown()));
            return new KeyStroke(KeyType.Escape);
        }
        return k;
    }

    @Override
    public synchronized void stopScreen(boolean flushInput) throws IOException {
        stopping = true; // draining the input must not quit a second time
        super.stopScreen(flushInput);
    }

    /**
     * Joins the halves of each surrogate pair in what is about to be drawn. Done on the whole back
     * buffer because windows are copied into it as images, past {@code setCharacter}.
     */
    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        ScreenBuffer buffer = getBackBuffer();
        TerminalSize size = buffer.getSize();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = buffer.getCharacterAt(col, row);
                String s = c.getCharacterString();
                if (s.length() != 1 || !Character.isSurrogate(s.charAt(0))) {
                    continue;
                }
                TextCharacter next = col + 1 < size.getColumns() ? buffer.getCharacterAt(col + 1, row) : null;
                String n = next == null ? "" : next.getCharacterString();
                if (Character.isHighSurrogate(s.charAt(0)) && n.length() == 1 && Character.isLowSurrogate(n.charAt(0))) {
                    int cp = Character.toCodePoint(s.charAt(0), n.charAt(0));
                    String shown = isWideEmoji(cp) ? new String(Character.toChars(cp)) : STAND_IN;
                    // two columns wide: the buffer fills the second column itself
                    buffer.setCharacterAt(col, row, TextCharacter.fromString(shown, c.getForegroundColor(),
                            c.getBackgroundColor(), c.getModifiers())[0]);
                    col++;
                } else {
                    buffer.setCharacterAt(col, row, c.withCharacter(' ')); // a half whose other half was cut off
                }
            }
        }
        super.refresh(refreshType);
    }

    /**
     * Emoji that terminals draw two columns wide (East Asian Width "W" since Unicode 9), and the
     * CJK ideographs beyond the BMP. Others (flag letters, mathematical letters, …) vary from one
     * terminal to another: they get the stand-in.
     */
    static boolean isWideEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1F320) || (cp >= 0x1F32D && cp <= 0x1F335) || (cp >= 0x1F337 && cp <= 0x1F37C)
                || (cp >= 0x1F37E && cp <= 0x1F393) || (cp >= 0x1F3A0 && cp <= 0x1F3CA) || (cp >= 0x1F3CF && cp <= 0x1F3D3)
                || (cp >= 0x1F3E0 && cp <= 0x1F3F0) || cp == 0x1F3F4 || (cp >= 0x1F3F8 && cp <= 0x1F43E) || cp == 0x1F440
                || (cp >= 0x1F442 && cp <= 0x1F4FC) || (cp >= 0x1F4FF && cp <= 0x1F53D) || (cp >= 0x1F54B && cp <= 0x1F54E)
                || (cp >= 0x1F550 && cp <= 0x1F567) || cp == 0x1F57A || (cp >= 0x1F595 && cp <= 0x1F596) || cp == 0x1F5A4
                || (cp >= 0x1F5FB && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6C5) || cp == 0x1F6CC
                || (cp >= 0x1F6D0 && cp <= 0x1F6D2) || (cp >= 0x1F6EB && cp <= 0x1F6EC) || (cp >= 0x1F6F4 && cp <= 0x1F6F8)
                || (cp >= 0x1F910 && cp <= 0x1F93E) || (cp >= 0x1F940 && cp <= 0x1F94C) || (cp >= 0x1F950 && cp <= 0x1F96B)
                || (cp >= 0x1F980 && cp <= 0x1F997) || cp == 0x1F9C0 || (cp >= 0x1F9D0 && cp <= 0x1F9E6)
                || (cp >= 0x20000 && cp <= 0x2FFFD) || (cp >= 0x30000 && cp <= 0x3FFFD);
    }
}
