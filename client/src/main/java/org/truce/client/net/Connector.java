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

    /**
     * A TCP connector whose lost link is retried after {@code firstRetryMs}, doubling up to
     * {@code maxRetryMs}, instead of 250 ms up to 5 s (tests: a reconnect need not wait out the real delays).
     */
    static Connector tcp(String host, int port, long firstRetryMs, long maxRetryMs) {
        return (hello, listener) -> new NettyConnection(host, port, hello, listener).retryMs(firstRetryMs, maxRetryMs).start();
    }

    /**
     * A connector to a server in this process, through its relay address, for a player this
     * process relays from {@code peer} (the SSH door; see {@link NettyConnection#relayed}).
     */
    static Connector relayed(io.netty.channel.local.LocalAddress relay, java.net.InetAddress peer) {
        return (hello, listener) -> NettyConnection.relayed(relay, peer, hello, listener).start();
    }

    /** Makes the connector for an address typed in the lobby. */
    @FunctionalInterface
    interface Dialer {
        /** A connector to host:port (nothing is opened until it connects). */
        Connector to(String host, int port);
    }
}
