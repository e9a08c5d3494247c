package org.truce.client.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * A terminal without colour (TERM=xterm-mono, vt100, NO_COLOR set): no colour sequence is sent.
 * A coloured background (a focused button, a selected line) is shown in reverse video instead,
 * so what the colour marked stays visible; text already in reverse video (the bars) then shows
 * normally. Everything else goes straight to the real terminal.
 */
public final class MonochromeTerminal extends ForwardingTerminal {
    private boolean reverseAsked;
    private boolean colouredBackground;
    private boolean reverseOn;

    /** Wraps {@code terminal}: colours are dropped and coloured backgrounds shown in reverse video. */
    public MonochromeTerminal(Terminal terminal) {
        super(terminal);
    }

    @Override
    public void setForegroundColor(TextColor color) {
        // no colour at all: the text marks (✓ ✗ ! ▶) carry the meaning
    }

    @Override
    public void setBackgroundColor(TextColor color) throws IOException {
        colouredBackground = color != null && color != TextColor.ANSI.DEFAULT;
        apply();
    }

    @Override
    public void enableSGR(SGR sgr) throws IOException {
        if (sgr == SGR.REVERSE) {
            reverseAsked = true;
            apply();
        } else {
            t.enableSGR(sgr);
        }
    }

    @Override
    public void disableSGR(SGR sgr) throws IOException {
        if (sgr == SGR.REVERSE) {
            reverseAsked = false;
            apply();
        } else {
            t.disableSGR(sgr);
        }
    }

    @Override
    public void resetColorAndSGR() throws IOException {
        t.resetColorAndSGR();
        reverseAsked = false;
        colouredBackground = false;
        reverseOn = false;
    }

    private void apply() throws IOException {
        boolean want = reverseAsked ^ colouredBackground;
        if (want != reverseOn) {
            if (want) {
                t.enableSGR(SGR.REVERSE);
            } else {
                t.disableSGR(SGR.REVERSE);
            }
            reverseOn = want;
        }
    }
}
