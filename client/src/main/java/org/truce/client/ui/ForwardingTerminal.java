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

/** A terminal that passes every call on to another: the base of the corrections made on the way out. */
abstract class ForwardingTerminal implements Terminal {
    /** The terminal every call goes on to. */
    protected final Terminal t;

    /** Forwards every call to {@code terminal}. */
    protected ForwardingTerminal(Terminal terminal) {
        this.t = terminal;
    }

    @Override
    public void setForegroundColor(TextColor color) throws IOException {
        t.setForegroundColor(color);
    }

    @Override
    public void setBackgroundColor(TextColor color) throws IOException {
        t.setBackgroundColor(color);
    }

    @Override
    public void enableSGR(SGR sgr) throws IOException {
        t.enableSGR(sgr);
    }

    @Override
    public void disableSGR(SGR sgr) throws IOException {
        t.disableSGR(sgr);
    }

    @Override
    public void resetColorAndSGR() throws IOException {
        t.resetColorAndSGR();
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
