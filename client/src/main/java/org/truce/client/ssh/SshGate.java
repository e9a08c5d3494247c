package org.truce.client.ssh;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSH door's own limits, checked as a session is created (before the key exchange): at most
 * {@code maxSessions} sessions open at once, at most {@code perAddress} of them from one address,
 * and at most {@code perMinute} new connections from one address in any minute. A refused session is closed at once (the client reads "connection closed").
 * The game server behind the door counts each player by their own address as well ({@code RelayedPeer}).
 * It also remembers when each session authenticated, until it opens its shell ({@link #withoutShell}):
 * a session that never does (ssh -N) only holds a place.
 */
final class SshGate implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(SshGate.class);
    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Addresses remembered at most (a flood of new addresses cannot grow the map beyond it). */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxSessions;
    private final int perAddress;
    private final int perMinute;
    private final LongSupplier nanos;
    private final Map<String, Deque<Long>> recent = new HashMap<>();
    private final Map<Object, String> open = new HashMap<>();
    private final Map<String, Integer> openFrom = new HashMap<>();
    /** Sessions authenticated with no shell yet, and when they authenticated. */
    private final Map<Session, Long> noShell = new HashMap<>();

    SshGate(int maxSessions, int perAddress, int perMinute, LongSupplier nanos) {
        this.maxSessions = maxSessions;
        this.perAddress = perAddress;
        this.perMinute = perMinute;
        this.nanos = nanos;
    }

    @Override
    public void sessionCreated(Session session) {
        SocketAddress remote = session.getIoSession().getRemoteAddress();
        String why = admit(session, remote);
        if (why != null) {
            LOG.info("ssh: refused {}: {}", remote, why);
            session.close(true);
        }
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            synchronized (this) {
                if (open.containsKey(session)) {
                    noShell.put(session, nanos.getAsLong());
                }
            }
        }
    }

    @Override
    public void sessionClosed(Session session) {
        release(session);
    }

    /** {@code session} opened its shell: it is no longer waited for. */
    synchronized void shellOpened(Object session) {
        noShell.remove(session);
    }

    /** The sessions that authenticated {@code graceNanos} or more ago and have opened no shell (they are forgotten here). */
    synchronized java.util.List<Session> withoutShell(long graceNanos) {
        long now = nanos.getAsLong();
        java.util.List<Session> out = new java.util.ArrayList<>();
        noShell.entrySet().removeIf(e -> {
            if (now - e.getValue() >= graceNanos) {
                out.add(e.getKey());
                return true;
            }
            return false;
        });
        return out;
    }

    /** Counts {@code session} in, or says why it may not come in (then nothing is counted). */
    synchronized String admit(Object session, SocketAddress remote) {
        if (open.size() >= maxSessions) {
            return "the server has " + maxSessions + " SSH sessions open, its maximum";
        }
        String key = remote instanceof InetSocketAddress isa && isa.getAddress() != null
                ? isa.getAddress().getHostAddress() : String.valueOf(remote);
        if (openFrom.getOrDefault(key, 0) >= perAddress) {
            return perAddress + " SSH sessions are open from " + key + ", the most one address may hold";
        }
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
        open.put(session, key);
        openFrom.merge(key, 1, Integer::sum);
        return null;
    }

    /** A session ended: its place is free. */
    synchronized void release(Object session) {
        noShell.remove(session);
        String key = open.remove(session);
        if (key != null) {
            openFrom.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }
    }
}
