package org.truce.client.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SeparateTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the GUI on a terminal (real or virtual) on its own GUI thread, and stops it restoring
 * the terminal. Lanterna errors go to the log file, never to the screen.
 */
public final class UiRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UiRunner.class);

    private final Screen screen;
    private final MultiWindowTextGUI gui;
    private final App app;

    private UiRunner(Screen screen, MultiWindowTextGUI gui, App app) {
        this.screen = screen;
        this.gui = gui;
        this.app = app;
    }

    /** Starts the GUI and runs {@code setup} on the GUI thread. */
    public static UiRunner start(Terminal terminal, Consumer<App> setup) throws IOException {
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SeparateTextGUIThread.Factory(), screen,
                new DefaultWindowManager(), null, new EmptySpace(TextColor.ANSI.DEFAULT));
        gui.getGUIThread().setExceptionHandler(new TextGUIThread.ExceptionHandler() {
            @Override
            public boolean onIOException(IOException e) {
                log.error("terminal I/O failed", e);
                return false;
            }

            @Override
            public boolean onRuntimeException(RuntimeException e) {
                log.error("GUI error", e);
                return false;
            }
        });
        App app = new App(gui);
        terminal.addResizeListener((t, size) -> app.resized());
        ((AsynchronousTextGUIThread) gui.getGUIThread()).start();
        gui.getGUIThread().invokeLater(() -> setup.accept(app));
        return new UiRunner(screen, gui, app);
    }

    public App app() {
        return app;
    }

    public Screen screen() {
        return screen;
    }

    /** Blocks until the player quits. */
    public void awaitQuit() throws InterruptedException {
        app.awaitQuit();
    }

    @Override
    public void close() {
        try {
            app.shutdown();
        } catch (IOException | RuntimeException e) {
            log.debug("shutdown", e);
        }
        AsynchronousTextGUIThread t = (AsynchronousTextGUIThread) gui.getGUIThread();
        t.stop();
        try {
            t.waitForStop(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            screen.stopScreen();
        } catch (IOException e) {
            log.warn("could not restore the terminal", e);
        }
    }
}
