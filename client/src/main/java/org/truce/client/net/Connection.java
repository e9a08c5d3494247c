package org.truce.client.net;

import org.truce.shared.protocol.ClientMessage;

/** A link to a server: send messages; replies and state arrive through a {@link ConnectionListener}. */
public interface Connection extends AutoCloseable {

    /** Sends a message; never blocks (kept for the next link if the link is down, dropped once closed). */
    void send(ClientMessage message);

    /**
     * Sends a request with an id: the server's reply to it (or its error) carries the id back as
     * {@code re} ({@link ConnectionListener#onMessage(org.truce.shared.protocol.ServerMessage, String)}).
     * A link that cannot carry ids sends the message without one.
     */
    default void send(ClientMessage message, String id) {
        send(message);
    }

    /** Stops for good: no reconnecting after this. */
    @Override
    void close();
}
