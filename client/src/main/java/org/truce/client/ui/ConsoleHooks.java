package org.truce.client.ui;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.truce.shared.protocol.ServerMessage;

/**
 * What a screen outside this package (the class console) hooks into the client
 * ({@link App#consoleHooks()}): it is offered every message and every key first, it rewrites the
 * table's key bar and the debrief's heading, and it words the quit question. Set before use (any
 * thread); read on the GUI thread.
 */
public final class ConsoleHooks {
    /** Takes the messages the hooked screen handles itself; true: taken. */
    private volatile Predicate<ServerMessage> intercept = m -> false;
    /** Rewrites the table's key bar (the console's watch adds its own keys). */
    private volatile UnaryOperator<String> tableKeys = k -> k;
    /** Rewrites the debrief's heading (the console's watch names the room there: its key bar has no room left). */
    private volatile UnaryOperator<String> heading = h -> h;
    /** Sees every key on a full screen first (the console's controls while watching); true: taken. */
    private volatile Predicate<com.googlecode.lanterna.input.KeyStroke> keysFirst = k -> false;
    /** What Q asks before quitting. */
    private volatile String quitQuestion = "Leave the game and quit Truce?";

    ConsoleHooks() {
    }

    /** Offers every key on a full screen to {@code handler} before the screen (the console's controls while watching); true: taken. */
    public ConsoleHooks keysFirst(Predicate<com.googlecode.lanterna.input.KeyStroke> handler) {
        this.keysFirst = handler;
        return this;
    }

    /** Whether the hooked screen took this key before the screen it was typed in. */
    boolean keyFirst(com.googlecode.lanterna.input.KeyStroke key) {
        return keysFirst.test(key);
    }

    /** The question Q asks (the class console: its rooms go on without it). */
    public ConsoleHooks quitQuestion(String question) {
        this.quitQuestion = question;
        return this;
    }

    /** What Q asks before quitting. */
    String quitQuestion() {
        return quitQuestion;
    }

    /**
     * Offers every message (cleaned, folded into the model) to {@code handler} first; one it takes
     * (returns true) goes no further than a redraw (the class console's own messages and errors).
     */
    public ConsoleHooks intercept(Predicate<ServerMessage> handler) {
        this.intercept = handler;
        return this;
    }

    /** Rewrites the table's key bar before it is drawn (the console's watch names its own keys). */
    public ConsoleHooks tableKeys(UnaryOperator<String> rewrite) {
        this.tableKeys = rewrite;
        return this;
    }

    /** Whether the hooked screen took this message (cleaned, folded into the model): it goes no further than a redraw. */
    boolean took(ServerMessage m) {
        return intercept.test(m);
    }

    /** Rewrites the debrief's heading before it is drawn (the console's watch names the room there). */
    public ConsoleHooks debriefHeading(UnaryOperator<String> rewrite) {
        this.heading = rewrite;
        return this;
    }

    /** The debrief's heading as drawn. */
    String heading(String text) {
        return heading.apply(text);
    }

    /** The table's key bar as drawn. */
    String keyBar(String bar) {
        return tableKeys.apply(bar);
    }
}
