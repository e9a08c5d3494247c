package org.truce.client.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A terminal without colour (TERM=xterm-mono, vt100, NO_COLOR set): no colour sequence is sent.
 * A coloured background (a focused button, a selected line) is shown in reverse video instead,
 * so what the colour marked stays visible; text already in reverse video (the bars) then shows
 * normally. Everything else goes straight to the real terminal.
 */
public final class MonochromeTerminal implements Terminal {
    private final Terminal t;
    private boolean reverseAsked;
    private boolean colouredBackground;
    private boolean reverseOn;

    public MonochromeTerminal(Terminal terminal) {
        this.t = terminal;
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

    @Override
    public void enterPrivateMode() throws IOException {
        t.enterPrivateMode();
    }

    @Override
    public void exitPrivateMode() throws IOException {
        t.exitPrivateMode();
    }

    @Override
    public void clearScreen() throws IOException {
        t.clearScreen();
    }

    @Override
    public void setCursorPosition(int x, int y) throws IOException {
        t.setCursorPosition(x, y);
    }

    @Override
    public void setCursorPosition(TerminalPosition position) throws IOException {
        t.setCursorPosition(position);
    }

    @Override
    public TerminalPosition getCursorPosition() throws IOException {
        return t.getCursorPosition();
    }

    @Override
    public void setCursorVisible(boolean visible) throws IOException {
        t.setCursorVisible(visible);
    }

    @Override
    public void putCharacter(char c) throws IOException {
        t.putCharacter(c);
    }

    @Override
    public void putString(String s) throws IOException {
        t.putString(s);
    }

    @Override
    public TextGraphics newTextGraphics() throws IOException {
        return t.newTextGraphics();
    }

    @Override
    public void addResizeListener(TerminalResizeListener listener) {
        t.addResizeListener(listener);
    }

    @Override
    public void removeResizeListener(TerminalResizeListener listener) {
        t.removeResizeListener(listener);
    }

    @Override
    public TerminalSize getTerminalSize() throws IOException {
        return t.getTerminalSize();
    }

    @Override
    public byte[] enquireTerminal(int timeout, TimeUnit unit) throws IOException {
        return t.enquireTerminal(timeout, unit);
    }

    @Override
    public void bell() throws IOException {
        t.bell();
    }

    @Override
    public void flush() throws IOException {
        t.flush();
    }

    @Override
    public void close() throws IOException {
        t.close();
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        return t.pollInput();
    }

    @Override
    public KeyStroke readInput() throws IOException {
        return t.readInput();
    }
}
