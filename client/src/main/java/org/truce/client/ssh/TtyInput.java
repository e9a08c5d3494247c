package org.truce.client.ssh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keys from an SSH client as a tty's line discipline would pass them on (ICRNL): the client sends
 * Enter as CR (OpenSSH, PuTTY and Windows' ssh, all in raw mode), which Lanterna reads as Enter only
 * when it is LF. Nothing is dropped: Lanterna polls with {@code available()}, and a read that
 * swallowed a byte would block its GUI thread until the next key.
 */
final class TtyInput extends FilterInputStream {

    private final Runnable typed;

    /** {@code typed} runs after each read that got a key (the idle clock counts the player's keys). */
    TtyInput(InputStream in, Runnable typed) {
        super(in);
        this.typed = typed;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            typed.run();
        }
        return b == '\r' ? '\n' : b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            typed.run();
        }
        for (int i = off; i < off + Math.max(0, n); i++) {
            if (buf[i] == '\r') {
                buf[i] = '\n';
            }
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
