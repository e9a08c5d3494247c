package org.truce.client.net;

import org.truce.shared.protocol.ServerMessage;

/** Receives what a {@link Connection} hears. Called on network threads: hand work to the GUI thread. */
public interface ConnectionListener {

    /** A message from the server that answers no request of ours (network thread). */
    void onMessage(ServerMessage message);

    /**
     * A message that answers the request sent with id {@code re} (null: none; a link that reads
     * no {@code re} calls {@link #onMessage(ServerMessage)}).
     */
    default void onMessage(ServerMessage message, String re) {
        onMessage(message);
    }

    /**
     * The link is up ({@code true}: the server answered the hello on a new connection) or lost or not
     * made ({@code false}, reconnecting in {@code retryMs}; {@code detail} says why).
     */
    void onLink(boolean up, String detail, long retryMs);

    /** The link gave up for good (e.g. the hello cannot be built): no retry follows. */
    default void onFatal(String reason) {
        onLink(false, reason, 0);
    }

    /** A line that is not the protocol arrived (dropped after this): a screen ignores it, a bot may give up. */
    default void onUnreadable(String line) {
    }
}
