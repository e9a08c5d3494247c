package org.truce.client.ui;

import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a character beyond the Basic Multilingual Plane (an emoji) whole. Lanterna's text
 * terminal encodes a string one UTF-16 unit at a time, so each half of the pair goes out as "?".
 * Such a string is written here as UTF-8 to the same stream, after what Lanterna has written.
 */
public final class WideCharTerminal extends ForwardingTerminal {
    private final OutputStream out;

    /** {@code out} must be the stream the text terminal {@code terminal} writes to. */
    public WideCharTerminal(Terminal terminal, OutputStream out) {
        super(terminal);
        this.out = out;
    }

    @Override
    public void putString(String s) throws IOException {
        if (s.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
            t.putString(s);
            return;
        }
        t.flush();
        // Lanterna writes under the stream's lock too: the bytes cannot interleave
        synchronized (out) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
