package org.truce.client.cli;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.ui.App;
import org.truce.client.ui.MonochromeTerminal;
import org.truce.client.ui.UiRunner;
import org.truce.client.ui.WideCharTerminal;

/**
 * Opens the player's terminal (the real text terminal whenever there is a console, so no Swing
 * window appears on a tty; on Windows, where Lanterna cannot drive the console, its Swing window), runs
 * the GUI until the player quits, and restores the terminal. Ctrl+C is a key that ends the session
 * quietly with status 130; a signal (a JVM shutdown) still says goodbye to the server, runs the
 * clean-up and restores the terminal. Refuses at once, with one line and status 2, where the game
 * cannot be drawn or played (no terminal on stdin and stdout, TERM unset, or a terminal without cursor
 * addressing such as TERM=dumb).
 */
final class TerminalLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalLauncher.class);

    private TerminalLauncher() {
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    static int run(Consumer<App> setup) {
        return run(setup, () -> { });
    }

    /** Runs the GUI; {@code cleanup} runs once at the end, however the process ends (e.g. stops the solo server). */
    static int run(Consumer<App> setup, Runnable cleanup) {
        AtomicBoolean cleaned = new AtomicBoolean();
        Runnable cleanOnce = () -> {
            if (cleaned.compareAndSet(false, true)) {
                try {
                    cleanup.run();
                } catch (RuntimeException e) {
                    LOG.warn("clean-up failed", e);
                }
            }
        };
        TerminalKind kind = TerminalKind.of(System.getenv(), TerminalKind.Terminfo::ask);
        String refusal = refusal(interactive(), System.getenv().get("TERM"), kind);
        if (refusal != null) {
            cleanOnce.run();
            System.err.println(refusal);
            return 2;
        }
        Terminal terminal;
        try {
            DefaultTerminalFactory f = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
            if (!isWindows()) {
                // Lanterna 3.1 has no Windows console terminal: there it opens its own Swing window instead
                f.setForceTextTerminal(true);
                // Ctrl+C arrives as a key and ends the session quietly (Lanterna's default calls System.exit(1))
                f.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
            }
            f.setTerminalEmulatorTitle("Truce");
            terminal = f.createTerminal();
            if (!isWindows()) {
                terminal = new WideCharTerminal(terminal, System.out);
                if (kind == TerminalKind.MONOCHROME) {
                    terminal = new MonochromeTerminal(terminal);
                }
            }
        } catch (Exception e) {
            cleanOnce.run();
            System.err.println("truce: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        Throwable failure = null;
        UiRunner[] running = {null};
        Terminal term = terminal;
        Thread hook = new Thread(() -> {
            // a signal (SIGTERM, SIGHUP, SIGINT from another shell) ends the JVM: clean up, print nothing
            try {
                UiRunner ui = running[0];
                if (ui != null && !ui.app().isFinished()) {
                    ui.app().quit(); // tells the server we left and closes the link
                }
                cleanOnce.run();
                if (ui != null) {
                    ui.close(); // restores the terminal
                }
                term.close();
            } catch (Throwable e) {
                LOG.debug("clean-up at shutdown", e);
            }
        }, "truce-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            LOG.debug("already shutting down", e);
        }
        boolean interrupted = false;
        try (UiRunner ui = UiRunner.start(terminal, setup)) {
            running[0] = ui;
            ui.awaitQuit();
            failure = ui.failure();
            interrupted = ui.interrupted();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            LOG.error("the client failed", e);
            failure = e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                LOG.debug("shutting down: the hook runs", e);
            }
            cleanOnce.run();
            try {
                terminal.close();
            } catch (Exception e) {
                LOG.debug("closing the terminal", e);
            }
        }
        if (failure != null) {
            // the terminal is restored by now: the message stays readable
            // a bug of ours: one line naming where the details are, never the JVM's or a library's words
            LOG.error("the game stopped", failure);
            System.err.println("truce: the game stopped by an internal error (details in " + org.truce.client.model.TruceLogFile.path() + ")");
            return 1;
        }
        return interrupted ? 130 : 0; // 128 + SIGINT, as a shell reports a Ctrl+C
    }

    /**
     * Why the game cannot be drawn here, as one line for stderr, or null if it can. Windows draws
     * in a window of its own; elsewhere keys come from stdin and the screen goes to stdout, so both
     * must be the terminal (with stdin from /dev/null no key, not even Ctrl+C, would reach the game).
     */
    /** True if stdin and stdout are a terminal (Java 22+ has a console even when they are not: ask it). */
    static boolean interactive() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // Java 17 to 21: a console exists only on a terminal
        }
    }

    static String refusal(boolean console, String term, TerminalKind kind) {
        if (isWindows()) {
            return null;
        }
        if (!console) {
            return "truce: the game needs an interactive terminal: run it in a terminal, without redirecting its input or output";
        }
        if (kind == TerminalKind.UNSET) {
            return "truce: TERM is not set: the game cannot tell how to draw on this terminal; "
                    + "set it to your terminal's type, e.g. TERM=xterm-256color";
        }
        if (kind == TerminalKind.DUMB) {
            return "truce: this terminal (TERM=" + term + ") cannot draw the game's screens: "
                    + "run it in a terminal such as xterm, or set TERM to your terminal's type";
        }
        return null;
    }
}
