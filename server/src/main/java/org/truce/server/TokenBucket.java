package org.truce.server;

/**
 * A token bucket: {@code burst} tokens at most, refilled at {@code perSecond}. Not thread-safe:
 * a connection's buckets are used only on its event loop ({@link AddressLimiter} locks its own).
 */
final class TokenBucket {
    private final double burst;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int burst, double perSecond, long nowNanos) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes a token if there is one. */
    boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** True if a token is there now (refills, takes nothing). */
    boolean available(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1;
    }

    /** True once the bucket has refilled to its burst (nothing to remember any more). */
    boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= burst;
    }

    private void refill(long nowNanos) {
        long dt = nowNanos - last;
        if (dt > 0) {
            tokens = Math.min(burst, tokens + dt * perNano);
            last = nowNanos;
        }
    }

    /** Seconds until the next token (for error messages). */
    double secondsToNext() {
        return tokens >= 1 ? 0 : (1 - tokens) / perNano / 1e9;
    }
}
