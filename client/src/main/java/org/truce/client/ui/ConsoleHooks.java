package org.truce.client.ui;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.truce.shared.protocol.ServerMessage;

/**
 * What a screen outside this package (the class console) hooks into the client: it is offered
 * every message first, and it rewrites the table's key bar. GUI thread.
 */
final class ConsoleHooks {
    /** Takes the messages the hooked screen handles itself; true: taken. */
    private Predicate<ServerMessage> intercept = m -> false;
    /** Rewrites the table's key bar (the console's watch adds its own keys). */
    private UnaryOperator<String> tableKeys = k -> k;

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

    /** The table's key bar as drawn. */
    String keyBar(String bar) {
        return tableKeys.apply(bar);
    }
}
