package org.truce.client.model;

import java.util.function.LongSupplier;
import org.truce.shared.protocol.ServerMessage.State;

/**
 * The time left on a room's clock as this machine counts it: the server's {@code remainingMs}
 * counted down on a monotonic clock from the state's arrival, so a wrong wall clock here does not
 * matter; an old server's {@code deadline} is read against the wall clock. GUI thread.
 */
final class Countdown {
    private final LongSupplier wallMillis;
    private final LongSupplier monoMillis;
    /** The monotonic time (ms) the current state arrived: its {@code remainingMs} counts from then. */
    private long stateAt;

    /** {@code wallMillis}: epoch ms (only for an old server's deadline); {@code monoMillis}: a monotonic count of ms. */
    Countdown(LongSupplier wallMillis, LongSupplier monoMillis) {
        this.wallMillis = wallMillis;
        this.monoMillis = monoMillis;
    }

    /** A state arrives now: its clock counts from here. */
    void arrived() {
        stateAt = monoMillis.getAsLong();
    }

    /** Milliseconds left on {@code state}'s clock, or null with no state or no clock. */
    Long millisLeft(State state) {
        if (state == null) {
            return null;
        }
        if (state.remainingMs() != null) {
            // paused: the clock stands at what the server says is left
            long ran = state.isPaused() ? 0 : monoMillis.getAsLong() - stateAt;
            return Math.max(0L, state.remainingMs() - ran);
        }
        return state.deadline() == null ? null : Math.max(0L, state.deadline() - wallMillis.getAsLong());
    }
}
