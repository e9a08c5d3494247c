package org.truce.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.truce.shared.protocol.ClientMessage;

/**
 * The abuse limits on connections and addresses: open connections per address, a connection's
 * request, chat and room-creation buckets, room creation per address and for the server, and
 * wrong seat tokens, facilitator keys or teacher keys per address. Addresses the operator trusts
 * ({@code --trust}) skip the per-address and server-wide ones.
 */
final class ConnectionLimits {
    private final ServerConfig.Limits l;
    /** The buckets' clock (ns): {@code System::nanoTime}, or a test's hand-driven one. */
    private final LongSupplier nanos;
    /** Room creation per address and for the server. */
    private final AddressLimiter creates;
    /** Wrong seat tokens and facilitator keys per address and for the server. */
    private final AddressLimiter badSecrets;
    /** Open connections per address. */
    private final Map<String, Integer> connections = new ConcurrentHashMap<>();

    ConnectionLimits(ServerConfig.Limits l, LongSupplier nanos) {
        this.l = l;
        this.nanos = nanos;
        long nowNanos = nanos.getAsLong();
        this.creates = new AddressLimiter("rooms", 2 * l.createBurst(), 1 / l.createEverySeconds(),
                l.serverCreateBurst(), l.serverCreatesPerSecond(), nowNanos);
        this.badSecrets = new AddressLimiter("wrong seat tokens or keys", l.badSecretBurst(),
                l.badSecretsPerSecond(), l.serverBadSecretBurst(), l.serverBadSecretsPerSecond(), nowNanos);
    }

    /**
     * Per-connection token buckets (on the connection's event loop): every request but ping,
     * chat, and room creation. Null when the request may go ahead, else why not.
     */
    String rateLimited(Session s, ClientMessage msg) {
        long now = nanos.getAsLong();
        if (s.requests == null) {
            s.requests = new TokenBucket(l.requestBurst(), l.requestsPerSecond(), now);
            s.says = new TokenBucket(l.sayBurst(), l.saysPerSecond(), now);
            s.creates = new TokenBucket(l.createBurst(), 1 / l.createEverySeconds(), now);
        }
        if (!s.requests.tryTake(now)) {
            return "too many requests: at most " + l.requestBurst() + " at once, then " + fmt(l.requestsPerSecond())
                    + " a second; this one was dropped";
        }
        if (msg instanceof ClientMessage.Say && !s.says.tryTake(now)) {
            return "too many chat lines: at most " + l.sayBurst() + " at once, then " + fmt(l.saysPerSecond())
                    + " a second; this one was not sent";
        }
        if (msg instanceof ClientMessage.CreateRoom && !s.creates.tryTake(now)) {
            return "too many rooms from this connection: at most " + l.createBurst() + ", then one every "
                    + fmt(l.createEverySeconds()) + " s (next in " + (int) Math.ceil(s.creates.secondsToNext()) + " s)";
        }
        if (msg instanceof ClientMessage.CreateRoom && !trusted(s)) {
            return creates.tryTake(s.address(), now); // reconnecting does not reset this one
        }
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * Null if this connection's address may present a seat token or facilitator key, else why
     * not: after too many wrong ones it waits (guessing is throttled; right ones are not counted).
     */
    String guessing(Session s) {
        return trusted(s) ? null : badSecrets.blocked(s.address(), nanos.getAsLong());
    }

    /** A wrong seat token, facilitator key or teacher key was presented. */
    void wrongSecret(Session s) {
        badSecrets.failed(s.address(), nanos.getAsLong());
    }

    /** An address the operator exempted from per-address and server-wide limits ({@code --trust}). */
    boolean trusted(Session s) {
        return l.trusted().contains(s.address());
    }

    /**
     * A connection opened: null if its address may have one more, else why not (the caller
     * says so and hangs up). Every connection counted here is released by {@link #closed}.
     */
    String opened(Session s) {
        int max = l.connectionsPerAddress();
        int[] now = new int[1];
        connections.compute(s.address(), (k, n) -> {
            now[0] = n == null ? 1 : n + 1;
            return now[0];
        });
        s.counted = true;
        return now[0] > max && !trusted(s) ? "too many connections from your address (at most " + max + " at once)" : null;
    }

    /** A connection closed: its address may open one more. Idempotent. */
    void closed(Session s) {
        if (s.counted) {
            s.counted = false;
            connections.computeIfPresent(s.address(), (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Forgets the buckets of addresses that are full again (the sweep). */
    void prune() {
        creates.prune(nanos.getAsLong());
        badSecrets.prune(nanos.getAsLong());
    }
}
