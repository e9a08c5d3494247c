package org.truce.client.net;

import java.util.function.Supplier;
import org.truce.shared.protocol.ClientMessage;

/** Opens a {@link Connection}: to a TCP server, to the in-process solo server, or to a test double. */
@FunctionalInterface
public interface Connector {

    /**
     * Connects; {@code hello} is asked for the greeting on every (re)connect. May block (it is
     * called off the GUI thread).
     */
    Connection connect(Supplier<ClientMessage.Hello> hello, ConnectionListener listener) throws Exception;

    /** A TCP connector to host:port. */
    static Connector tcp(String host, int port) {
        return (hello, listener) -> new NettyConnection(host, port, hello, listener).start();
    }
}
