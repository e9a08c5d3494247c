package org.truce.client.cli;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.ui.App;
import org.truce.client.ui.UiRunner;

/**
 * Opens the player's terminal (the real text terminal whenever there is a console, so no Swing
 * window appears on a tty; on Windows, where Lanterna cannot drive the console, its Swing window), runs the GUI until the player quits, and restores the terminal.
 */
final class TerminalLauncher {
    private static final Logger log = LoggerFactory.getLogger(TerminalLauncher.class);

    private TerminalLauncher() {
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    static int run(Consumer<App> setup) {
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
            System.err.println("truce: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        try (UiRunner ui = UiRunner.start(terminal, setup)) {
            ui.awaitQuit();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            log.error("the client failed", e);
            return 1;
        } finally {
            try {
                terminal.close();
            } catch (Exception e) {
                log.debug("closing the terminal", e);
            }
        }
    }
}
