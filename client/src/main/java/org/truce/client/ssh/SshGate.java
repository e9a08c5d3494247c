package org.truce.client.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoServiceEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSH door's own limits, checked as a TCP connection is accepted (before any key exchange):
 * at most {@code maxSessions} sessions open at once, and at most {@code perMinute} new
 * connections from one address in any minute. A refused connection is closed at once. The game
 * server behind the door counts each player by their own address as well ({@code RelayedPeer}).
 */
final class SshGate implements IoServiceEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(SshGate.class);
    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Addresses remembered at most (a flood of new addresses cannot grow the map beyond it). */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxSessions;
    private final int perMinute;
    private final IntSupplier openSessions;
    private final LongSupplier nanos;
    private final Map<String, Deque<Long>> recent = new HashMap<>();

    SshGate(int maxSessions, int perMinute, IntSupplier openSessions, LongSupplier nanos) {
        this.maxSessions = maxSessions;
        this.perMinute = perMinute;
        this.openSessions = openSessions;
        this.nanos = nanos;
    }

    @Override
    public void connectionAccepted(IoAcceptor acceptor, SocketAddress local, SocketAddress remote, SocketAddress service)
            throws IOException {
        String why = refusal(remote);
        if (why != null) {
            LOG.info("ssh: refused {}: {}", remote, why);
            throw new IOException(why);
        }
    }

    /** Why a connection from {@code remote} is refused now, or null (it is then counted). */
    synchronized String refusal(SocketAddress remote) {
        if (openSessions.getAsInt() >= maxSessions) {
            return "the server has " + maxSessions + " SSH sessions open, its maximum";
        }
        String key = remote instanceof InetSocketAddress isa && isa.getAddress() != null
                ? isa.getAddress().getHostAddress() : String.valueOf(remote);
        long now = nanos.getAsLong();
        Deque<Long> times = recent.get(key);
        if (times == null) {
            if (recent.size() >= MAX_ADDRESSES) {
                recent.values().removeIf(q -> q.isEmpty() || now - q.peekLast() >= MINUTE_NANOS);
            }
            times = new ArrayDeque<>();
            recent.put(key, times);
        }
        while (!times.isEmpty() && now - times.peekFirst() >= MINUTE_NANOS) {
            times.pollFirst();
        }
        if (times.size() >= perMinute) {
            return "more than " + perMinute + " connections in a minute from " + key;
        }
        times.addLast(now);
        return null;
    }
}
