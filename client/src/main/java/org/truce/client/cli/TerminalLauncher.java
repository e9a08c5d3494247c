package org.truce.client.cli;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.ui.App;
import org.truce.client.ui.UiRunner;

/**
 * Opens the player's terminal (the real text terminal whenever there is a console, so no Swing
 * window appears on a tty; on Windows, where Lanterna cannot drive the console, its Swing window), runs
 * the GUI until the player quits, and restores the terminal. Ctrl+C (a JVM shutdown) still says
 * goodbye to the server, runs the clean-up and restores the terminal.
 */
final class TerminalLauncher {
    private static final Logger log = LoggerFactory.getLogger(TerminalLauncher.class);

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
                    log.warn("clean-up failed", e);
                }
            }
        };
        Terminal terminal;
        try {
            DefaultTerminalFactory f = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
            if (System.console() != null && !isWindows()) {
                // Lanterna 3.1 has no Windows console terminal: there it opens its own Swing window instead
                f.setForceTextTerminal(true);
            }
            f.setTerminalEmulatorTitle("Truce");
            terminal = f.createTerminal();
        } catch (Exception e) {
            cleanOnce.run();
            System.err.println("truce: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        Throwable failure = null;
        UiRunner[] running = {null};
        Thread hook = new Thread(() -> {
            UiRunner ui = running[0];
            if (ui != null && !ui.app().isFinished()) {
                ui.app().quit(); // tells the server we left and closes the link
            }
            cleanOnce.run();
            if (ui != null) {
                ui.close(); // restores the terminal
            }
            try {
                terminal.close();
            } catch (Exception e) {
                log.debug("closing the terminal", e);
            }
        }, "truce-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            log.debug("already shutting down", e);
        }
        try (UiRunner ui = UiRunner.start(terminal, setup)) {
            running[0] = ui;
            ui.awaitQuit();
            failure = ui.failure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            log.error("the client failed", e);
            failure = e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                log.debug("shutting down: the hook runs", e);
            }
            cleanOnce.run();
            try {
                terminal.close();
            } catch (Exception e) {
                log.debug("closing the terminal", e);
            }
        }
        if (failure != null) {
            // the terminal is restored by now: the message stays readable
            System.err.println("truce: the game stopped: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage())
                    + " (details in ~/.truce/truce.log)");
            return 1;
        }
        return 0;
    }
}
