package org.truce.client.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * A player at an OpenSSH-like client, for tests: MINA's own SSH client opens a session with a PTY
 * (xterm, 80×24 unless told), feeds what comes back into a {@link VtGrid}, and sends keys as a
 * terminal sends them. Waits are on the screen changing (a monitor), never on a clock.
 */
final class SshScreen implements AutoCloseable {
    static final String ENTER = "\r";
    static final String TAB = "\t";
    static final String ESC = "\033";
    static final String UP = "\033[A";
    static final String DOWN = "\033[B";
    static final String RIGHT = "\033[C";
    static final String LEFT = "\033[D";
    static final String F2 = "\033OQ";

    private final SshClient client;
    private final ClientSession session;
    private final ChannelShell shell;
    private final VtGrid grid;
    private long changes;
    private boolean closed;

    private SshScreen(SshClient client, ClientSession session, ChannelShell shell, VtGrid grid) throws IOException {
        this.client = client;
        this.session = session;
        this.shell = shell;
        this.grid = grid;
    }

    /** Logs in as {@code user} on 127.0.0.1:{@code port} with a PTY of cols×rows; {@code password} and {@code key} may be null. */
    static SshScreen open(int port, String user, String password, KeyPair key, int cols, int rows) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            ClientSession session = client.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(10)).getSession();
            if (key != null) {
                session.addPublicKeyIdentity(key);
            }
            if (password != null) {
                session.addPasswordIdentity(password);
            }
            session.auth().verify(Duration.ofSeconds(10));
            ChannelShell shell = session.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(cols);
            shell.setPtyLines(rows);
            VtGrid grid = new VtGrid(cols, rows);
            SshScreen[] self = new SshScreen[1];
            OutputStream screen = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    self[0].fed(b, off, len);
                }
            };
            shell.setOut(screen);
            shell.setErr(screen);
            shell.addCloseFutureListener(f -> self[0].ended());
            // the screen exists before the channel opens: no byte arrives before it
            self[0] = new SshScreen(client, session, shell, grid);
            shell.open().verify(Duration.ofSeconds(10));
            return self[0];
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    /** Every screen's changes, so a test can wait for the next change of any of its screens. */
    private static final Object ALL = new Object();
    private static long allChanges;

    private void fed(byte[] b, int off, int len) {
        synchronized (this) {
            grid.feed(b, off, len);
            changes++;
            notifyAll();
        }
        synchronized (ALL) {
            allChanges++;
            ALL.notifyAll();
        }
    }

    /** A mark of every screen's changes so far (take it before reading the screens). */
    static long mark() {
        synchronized (ALL) {
            return allChanges;
        }
    }

    /** Waits for any screen to change after {@code mark}, at most {@code ms} (the bound only re-checks; it fails nothing). */
    static void awaitChangeSince(long mark, long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        synchronized (ALL) {
            while (allChanges == mark) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                ALL.wait(left);
            }
        }
    }

    private synchronized void ended() {
        closed = true;
        notifyAll();
    }

    /** The screen now. */
    synchronized String text() {
        return grid.text();
    }

    /** Sends keys as the terminal would (see the constants). */
    SshScreen send(String keysTyped) throws IOException {
        OutputStream keys = shell.getInvertedIn(); // there once the channel is open
        keys.write(keysTyped.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Waits up to {@code ms} for the screen to show {@code text}; returns the screen. */
    String waitFor(String text, long ms) throws InterruptedException {
        return waitUntil("'" + text + "'", s -> s.contains(text), ms);
    }

    /** Waits up to {@code ms} for the screen to no longer show {@code text}. */
    String waitForGone(String text, long ms) throws InterruptedException {
        return waitUntil("no '" + text + "'", s -> !s.contains(text), ms);
    }

    /** Waits up to {@code ms} (woken by every change) until the screen passes {@code test}. */
    synchronized String waitUntil(String what, Predicate<String> test, long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (true) {
            String s = grid.text();
            if (test.test(s)) {
                return s;
            }
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0 || closed) {
                throw new AssertionError("waited " + ms + " ms for " + what + (closed ? " (the session ended)" : "")
                        + "; the screen:\n" + s);
            }
            wait(left);
        }
    }

    /** Waits up to {@code ms} for the server to close the session; true if it did. */
    synchronized boolean waitClosed(long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (!closed) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** The window changed: tells the server, as a terminal does on SIGWINCH. */
    void resize(int cols, int rows) throws IOException {
        synchronized (this) {
            grid.resize(cols, rows);
        }
        shell.sendWindowChange(cols, rows);
    }

    /** How many chunks of output have come (a test can wait for a redraw after a mark). */
    synchronized long changes() {
        return changes;
    }

    /** Whether the channel has closed. */
    synchronized boolean isClosed() {
        return closed;
    }

    /** The client dies (no goodbye): the TCP connection is cut. */
    void kill() {
        session.close(true);
        client.stop();
    }

    @Override
    public void close() {
        kill();
    }
}
