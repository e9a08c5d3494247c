package org.truce.client.net;

/** Reconnect delays: 250 ms doubling up to 5 s; reset once a link is up. */
final class Backoff {
    private static final long FIRST_MS = 250;
    private static final long MAX_MS = 5_000;
    private final long firstMs;
    private final long maxMs;
    private int failures;

    Backoff() {
        this(FIRST_MS, MAX_MS);
    }

    /** Starting at {@code firstMs}, doubling up to {@code maxMs} (tests: a retry need not wait out the real delays). */
    Backoff(long firstMs, long maxMs) {
        this.firstMs = firstMs;
        this.maxMs = maxMs;
    }

    long next() {
        long d = Math.min(maxMs, firstMs << Math.min(failures, 10));
        failures++;
        return d;
    }

    void reset() {
        failures = 0;
    }
}
