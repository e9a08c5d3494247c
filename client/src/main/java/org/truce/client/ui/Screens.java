package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.Window;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The windows on the terminal: one whole-screen window (the main screen) with dialogs over it,
 * and the note asking for a larger terminal when it is below 80×24. GUI thread only.
 */
final class Screens {
    private static final Logger LOG = LoggerFactory.getLogger(Screens.class);

    private final MultiWindowTextGUI gui;
    private final EnlargeWindow enlarge = new EnlargeWindow();
    private FullWindow main;
    private int refreshFailures;

    Screens(MultiWindowTextGUI gui) {
        this.gui = gui;
    }

    /** Replaces the main screen. */
    void showMain(FullWindow w) {
        FullWindow old = main;
        main = w;
        gui.addWindow(w);
        if (old != null) {
            gui.removeWindow(old);
        }
        w.refresh();
        gui.setActiveWindow(w);
        checkSize();
    }

    FullWindow main() {
        return main;
    }

    /** Opens a window over the main screen and gives it the keys. */
    void openDialog(Window w) {
        gui.addWindow(w);
        gui.setActiveWindow(w);
        if (w instanceof Refreshable r) {
            r.refresh();
        }
    }

    /** Closes every window but the main screen (and the size note). */
    void closeDialogs() {
        for (Window w : new ArrayList<>(gui.getWindows())) {
            if (w != main && w != enlarge) {
                gui.removeWindow(w);
            }
        }
    }

    /** Redraws every open window from the model. */
    void refreshAll() {
        checkSize();
        for (Window w : new ArrayList<>(gui.getWindows())) {
            if (w instanceof Refreshable r) {
                try {
                    r.refresh();
                } catch (RuntimeException e) {
                    refreshFailures++;
                    if (Integer.bitCount(refreshFailures) == 1) { // 1st, 2nd, 4th, 8th… time: the log stays small
                        LOG.error("redrawing {} failed ({} time(s))", w.getClass().getSimpleName(), refreshFailures, e);
                    }
                }
            }
        }
    }

    /** The terminal's size now. */
    TerminalSize size() {
        return gui.getScreen().getTerminalSize();
    }

    /** The windows open now. */
    List<Window> windows() {
        return new ArrayList<>(gui.getWindows());
    }

    private void checkSize() {
        TerminalSize s = size();
        boolean small = s.getColumns() < App.MIN_COLS || s.getRows() < App.MIN_ROWS;
        boolean shown = gui.getWindows().contains(enlarge);
        if (small) {
            enlarge.show(s.getColumns(), s.getRows());
            if (!shown) {
                gui.addWindow(enlarge);
            }
            gui.setActiveWindow(enlarge);
        } else if (shown) {
            gui.removeWindow(enlarge);
        }
    }
}
