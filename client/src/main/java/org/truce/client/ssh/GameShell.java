package org.truce.client.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.model.PlayerName;
import org.truce.client.ui.App;
import org.truce.client.ui.UiRunner;
import org.truce.client.ui.WideCharTerminal;

/**
 * One SSH session's game: the player client (or, for {@value SshLogin#TEACHER}, the teacher's
 * console) drawn on the session's PTY, on a thread of its own (MINA's threads never block on it).
 * The session ends when the player quits (the seat is left, as Q does) or when the channel closes
 * first (client killed, network gone): then the link to the rooms is dropped without leaving, and
 * the seat waits out its grace period as a dropped TCP client's does.
 */
final class GameShell implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(GameShell.class);

    /** Builds a session's first screen on its App, for the session's user, address and key. */
    interface Setup {
        void open(App app, Player player);
    }

    /** The door's clock and its list of open shells (their idle keys are watched, {@link #idleCheck}). */
    interface Watch {
        /** Now, in nanoseconds (tests move it by hand). */
        long now();

        /** {@code shell} opened on {@code channel}'s session. */
        void opened(GameShell shell, ChannelSession channel);

        /** {@code shell} ended. */
        void closed(GameShell shell);
    }

    /** Who is at the other end: the SSH user name, their address, the key fingerprint (or null). */
    record Player(String name, InetAddress address, String keyFingerprint) {
    }

    private final Setup player;
    private final Setup teacher;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile UiRunner runner;
    private volatile boolean destroyed;
    private volatile Thread thread;
    private final Watch watch;
    /** When the player last typed (watch's clock); the teacher's console is never closed for idleness. */
    private volatile long lastKey;
    private volatile boolean watched;
    private volatile boolean idled;

    GameShell(Setup player, Setup teacher, Watch watch) {
        this.player = player;
        this.teacher = teacher;
        this.watch = watch;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // the game draws on the output; nothing goes to stderr
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        Map<String, String> vars = env.getEnv();
        String user = channel.getSession().getUsername();
        InetAddress address = channel.getSession().getClientAddress() instanceof InetSocketAddress isa
                ? isa.getAddress() : InetAddress.getLoopbackAddress();
        Player who = new Player(user, address, SshLogin.provenKey(channel.getSession()));
        String refusal = refusal(vars, user);
        // the name is the client's: checked first, and escaped in the log either way
        LOG.info("ssh: {} from {} ({}){}", LogText.clean(user), address.getHostAddress(),
                who.keyFingerprint() == null ? "no key" : "key " + who.keyFingerprint(), refusal == null ? "" : ": refused");
        if (refusal != null) {
            refuse(refusal);
            return;
        }
        int cols = number(vars.get(Environment.ENV_COLUMNS), 80, GameChannel.MAX_COLUMNS);
        int rows = number(vars.get(Environment.ENV_LINES), 24, GameChannel.MAX_ROWS);
        out = new SessionOutput(out, () -> destroyed || idled || channel.isClosing() || channel.getSession().isClosing());
        lastKey = watch.now();
        watched = !SshLogin.isTeacher(user);
        watch.opened(this, channel);
        SshTerminal terminal = new SshTerminal(new TtyInput(in, () -> lastKey = watch.now()), out, cols, rows);
        env.addSignalListener((ch, signal) -> terminal.resize(
                number(env.getEnv().get(Environment.ENV_COLUMNS), cols, GameChannel.MAX_COLUMNS),
                number(env.getEnv().get(Environment.ENV_LINES), rows, GameChannel.MAX_ROWS)), Signal.WINCH);
        Setup setup = SshLogin.isTeacher(user) ? teacher : player;
        Consumer<App> first = app -> setup.open(app, who);
        Thread t = new Thread(() -> run(terminal, first), "truce-ssh-" + LogText.clean(user));
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Why this session cannot play, as one line for the screen, or null. */
    static String refusal(Map<String, String> vars, String user) {
        String term = vars.get(Environment.ENV_TERM);
        if (vars.get(Environment.ENV_COLUMNS) == null || term == null) {
            return "truce: the game needs a terminal: connect with ssh -t (no command after the address)";
        }
        if (term.isBlank() || Set.of("dumb", "unknown", "emacs").contains(term.strip().toLowerCase(Locale.ROOT))) {
            return "truce: this terminal (TERM=" + term + ") cannot draw the game's screens";
        }
        if (SshLogin.posesAsTeacher(user)) {
            return "truce: the name " + SshLogin.TEACHER + " is the teacher's console: connect with your own name";
        }
        if (!SshLogin.isTeacher(user)) {
            String problem = PlayerName.problem(user);
            if (problem != null || user == null || user.isBlank()) {
                return "truce: the SSH user name is your name at the table: " + (problem == null ? "it is empty." : problem);
            }
        }
        return null;
    }

    /** A size from the environment: {@code fallback} if missing or not positive, at most {@code max} (the screen's memory grows with it). */
    static int number(String s, int fallback, int max) {
        try {
            int n = Integer.parseInt(s == null ? "" : s.strip());
            return n > 0 ? Math.min(n, max) : fallback;
        } catch (NumberFormatException e) {
            return s != null && s.strip().matches("\\d+") ? max : fallback; // too many digits for an int
        }
    }

    private void run(SshTerminal terminal, Consumer<App> first) {
        int status = 0;
        try (UiRunner ui = UiRunner.start(new WideCharTerminal(terminal, out), first)) {
            runner = ui;
            if (destroyed || idled) {
                return; // the channel went while the GUI was starting
            }
            ui.awaitQuit();
            if (ui.failure() != null) {
                status = 1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) {
            // this session only: the server and every other session go on
            if (destroyed) {
                LOG.info("ssh: session ended while it was starting ({})", LogText.clean(String.valueOf(e.getMessage())));
            } else {
                LOG.error("ssh session failed", e);
            }
            status = 1;
        }
        watch.closed(this);
        if (!destroyed && !idled) {
            exit.onExit(status);
        }
    }

    /**
     * Closes this session with one line if its player has typed nothing for {@code idleNanos}
     * (the screen's own redraws do not count: a lobby left open would never be idle otherwise).
     */
    void idleCheck(long idleNanos) {
        if (!watched || destroyed || idled || watch.now() - lastKey < idleNanos) {
            return;
        }
        idled = true;
        LOG.info("ssh: {} closed: no key pressed for {} s", LogText.clean(thread == null ? "?" : thread.getName()), idleNanos / 1_000_000_000L);
        UiRunner ui = runner;
        if (ui != null) {
            ui.close(); // restores the client's screen, drops the link (the seat goes to its grace period)
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        String line = "truce: closed after " + idleNanos / 1_000_000_000L + " seconds without a key pressed";
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            LOG.debug("ssh: could not say why the session ends", e);
        }
        watch.closed(this);
        exit.onExit(0, line);
    }

    private void refuse(String line) {
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            LOG.debug("ssh: could not say why the session ends", e);
        }
        exit.onExit(2, line);
    }

    /**
     * The channel's output, which goes quiet once the channel is closing: the GUI may be halfway
     * through a redraw when the client vanishes, and that is not an error worth a stack trace.
     */
    private static final class SessionOutput extends java.io.FilterOutputStream {
        private final java.util.function.BooleanSupplier gone;

        SessionOutput(OutputStream out, java.util.function.BooleanSupplier gone) {
            super(out);
            this.gone = gone;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                quietIfGone(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                quietIfGone(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                quietIfGone(e);
            }
        }

        private void quietIfGone(IOException e) throws IOException {
            if (!gone.getAsBoolean()) {
                throw e;
            }
        }
    }

    /** The channel closed (either side): stop the GUI and drop the link without leaving the seat. */
    @Override
    public void destroy(ChannelSession channel) {
        destroyed = true;
        watch.closed(this);
        UiRunner ui = runner;
        if (ui != null) {
            ui.close(); // App.shutdown: the link closes with no leave, so the seat goes to its grace period
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt(); // it waits for the player to quit, which will not happen now
        }
    }
}
