package org.truce.client.net;

import org.truce.shared.protocol.ClientMessage;

/** A link to a server: send messages; replies and state arrive through a {@link ConnectionListener}. */
public interface Connection extends AutoCloseable {

    /** Sends a message; never blocks (kept for the next link if the link is down, dropped once closed). */
    void send(ClientMessage message);

    /** Stops for good: no reconnecting after this. */
    @Override
    void close();
}
