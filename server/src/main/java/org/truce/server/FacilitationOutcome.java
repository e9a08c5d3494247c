package org.truce.server;

import org.truce.shared.protocol.ErrorCode;

/**
 * What a facilitator's request did in one room: done ({@code code} null; {@code text} says what
 * happened, in words a reply may carry) or refused ({@code code} and why, as an {@code error}
 * would say it).
 */
record FacilitationOutcome(ErrorCode code, String text) {
    /** Done; {@code text} says what happened. */
    static FacilitationOutcome done(String text) {
        return new FacilitationOutcome(null, text);
    }

    /** Refused with this code and reason. */
    static FacilitationOutcome refused(ErrorCode code, String why) {
        return new FacilitationOutcome(java.util.Objects.requireNonNull(code, "code"), why);
    }

    /** Whether it took effect. */
    boolean isDone() {
        return code == null;
    }
}
