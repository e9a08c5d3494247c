package org.truce.client.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal drawn on an SSH session's channel: keys come from the channel's input, the
 * screen goes to its output, in UTF-8. Its size is the PTY's, from the PTY request and every
 * window change ({@link #resize}); it never asks the far end (Lanterna's stream terminals ask with
 * a cursor report, and {@code UnixTerminal} would drive this machine's own tty with stty).
 */
final class SshTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    SshTerminal(InputStream in, OutputStream out, int cols, int rows) {
        super(in, out, StandardCharsets.UTF_8);
        this.size = new TerminalSize(Math.max(1, cols), Math.max(1, rows));
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** The client's window changed: the screen lays out for the new size (any thread). */
    void resize(int cols, int rows) {
        TerminalSize s = new TerminalSize(Math.max(1, cols), Math.max(1, rows));
        if (!s.equals(size)) {
            size = s;
            onResized(s);
        }
    }
}
