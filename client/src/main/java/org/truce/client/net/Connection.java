package org.truce.client.net;

import org.truce.shared.protocol.ClientMessage;

/** A link to a server: send messages; replies and state arrive through a {@link ConnectionListener}. */
public interface Connection extends AutoCloseable {

    /** Sends a message; never blocks (dropped with a log line if the link is down). */
    void send(ClientMessage message);

    /** Stops for good: no reconnecting after this. */
    @Override
    void close();
}
