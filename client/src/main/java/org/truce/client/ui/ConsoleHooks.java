package org.truce.client.ui;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.truce.shared.protocol.ServerMessage;

/**
 * What a screen outside this package (the class console) hooks into the client: it is offered
 * every message and every key first, it rewrites the table's key bar, and it words the quit
 * question. GUI thread.
 */
final class ConsoleHooks {
    /** Takes the messages the hooked screen handles itself; true: taken. */
    private Predicate<ServerMessage> intercept = m -> false;
    /** Rewrites the table's key bar (the console's watch adds its own keys). */
    private UnaryOperator<String> tableKeys = k -> k;
    /** Rewrites the debrief's heading (the console's watch names the room there: its key bar has no room left). */
    private UnaryOperator<String> heading = h -> h;
    /** Sees every key on a full screen first (the console's controls while watching); true: taken. */
    private Predicate<com.googlecode.lanterna.input.KeyStroke> keysFirst = k -> false;
    /** What Q asks before quitting. */
    private String quitQuestion = "Leave the game and quit Truce?";

    void keysFirst(Predicate<com.googlecode.lanterna.input.KeyStroke> handler) {
        this.keysFirst = handler;
    }

    /** Whether the hooked screen took this key before the screen it was typed in. */
    boolean keyFirst(com.googlecode.lanterna.input.KeyStroke key) {
        return keysFirst.test(key);
    }

    void quitQuestion(String question) {
        this.quitQuestion = question;
    }

    /** What Q asks before quitting. */
    String quitQuestion() {
        return quitQuestion;
    }

    void intercept(Predicate<ServerMessage> handler) {
        this.intercept = handler;
    }

    void tableKeys(UnaryOperator<String> rewrite) {
        this.tableKeys = rewrite;
    }

    /** Whether the hooked screen took this message (cleaned, folded into the model): it goes no further than a redraw. */
    boolean took(ServerMessage m) {
        return intercept.test(m);
    }

    void heading(UnaryOperator<String> rewrite) {
        this.heading = rewrite;
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
