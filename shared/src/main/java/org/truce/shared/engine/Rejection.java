package org.truce.shared.engine;

import java.util.Objects;

/** A refused command: a stable reason and a message for the player. */
public record Rejection(RejectReason reason, String message) {
    /** Refuses a null reason; a null or blank message becomes the reason's summary. */
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        message = message == null || message.isBlank() ? reason.summary() : message;
    }
}
