package org.truce.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address plus one for the whole server, so reconnecting does not
 * get around a limit (the per-connection buckets in {@link Session} reset with every new
 * connection). IPv6 addresses count per /64, the block one machine usually gets. Thread-safe:
 * event loops and room executors both call it.
 *
 * <p>Two uses: {@link #tryTake} charges every attempt (room creation); {@link #blocked} plus
 * {@link #failed} charge only failures (wrong seat tokens and facilitator keys), so a class
 * behind one address can resume freely while guessing is throttled.
 */
final class AddressLimiter {
    /** Buckets kept at most; beyond this only the server-wide bucket applies to new addresses. */
    private static final int MAX_ADDRESSES = 100_000;

    private final String what;
    private final int burst;
    private final double perSecond;
    private final TokenBucket server;
    private final Map<String, TokenBucket> byAddress = new ConcurrentHashMap<>();

    /**
     * @param what      what is counted, for messages ("rooms", "wrong tokens or keys")
     * @param burst     per address: this many at once, then {@code perSecond}
     * @param serverBurst for the whole server: this many at once, then {@code serverPerSecond}
     */
    AddressLimiter(String what, int burst, double perSecond, int serverBurst, double serverPerSecond, long nowNanos) {
        this.what = what;
        this.burst = burst;
        this.perSecond = perSecond;
        this.server = new TokenBucket(serverBurst, serverPerSecond, nowNanos);
    }

    /** The key an address is counted under: IPv4 whole, IPv6 by its /64 (a relayed player by their own), anything else as one. */
    static String key(SocketAddress remote) {
        InetSocketAddress relayed = RelayedPeer.peer(remote);
        if (relayed != null) {
            remote = relayed; // a player the SSH door relays counts where they really are
        }
        if (!(remote instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            return "local";
        }
        InetAddress a = isa.getAddress();
        if (a instanceof Inet6Address) {
            return "v6:" + Arrays.toString(Arrays.copyOf(a.getAddress(), 8));
        }
        return a.getHostAddress();
    }

    private TokenBucket bucket(String key, long now) {
        TokenBucket b = byAddress.get(key);
        if (b == null && byAddress.size() < MAX_ADDRESSES) {
            b = byAddress.computeIfAbsent(key, k -> new TokenBucket(burst, perSecond, now));
        }
        return b;
    }

    /**
     * Takes one from the address's bucket and the server's. Null if allowed, else why not (a
     * sentence for a {@code rate_limited} error).
     */
    synchronized String tryTake(String key, long now) {
        TokenBucket b = bucket(key, now);
        if (b != null && !b.tryTake(now)) {
            return "too many " + what + " from your address: at most " + burst + ", then one every "
                    + seconds(1 / perSecond) + " s (next in " + (int) Math.ceil(b.secondsToNext()) + " s)";
        }
        if (!server.tryTake(now)) {
            return "too many " + what + " on this server just now; try again in " + (int) Math.ceil(server.secondsToNext()) + " s";
        }
        return null;
    }

    /** Null if this address may try again, else why not; takes nothing. */
    synchronized String blocked(String key, long now) {
        TokenBucket b = bucket(key, now);
        if (b != null && !b.available(now)) {
            return "too many " + what + " from your address; try again in " + (int) Math.ceil(b.secondsToNext()) + " s";
        }
        if (!server.available(now)) {
            return "too many " + what + " on this server just now; try again in " + (int) Math.ceil(server.secondsToNext()) + " s";
        }
        return null;
    }

    /** Counts a failed attempt against the address and the server. */
    synchronized void failed(String key, long now) {
        TokenBucket b = bucket(key, now);
        if (b != null) {
            b.tryTake(now);
        }
        server.tryTake(now);
    }

    /** Forgets addresses whose bucket is full again (called by the sweeper), so the map stays small. */
    synchronized void prune(long now) {
        byAddress.values().removeIf(b -> b.isFull(now));
    }

    /** Addresses tracked now (tests). */
    int tracked() {
        return byAddress.size();
    }

    private static String seconds(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
