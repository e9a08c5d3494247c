package org.truce.shared.engine;

import java.util.List;

/** The engine's answer to a command: the events it caused, or why it was refused. */
public sealed interface Outcome {

    /** The command was applied: these events, in order. */
    record Accepted(List<Event> events) implements Outcome {
        /** Copies the events. */
        public Accepted {
            events = List.copyOf(events);
        }
    }

    /** The command was refused; the state is unchanged. */
    record Rejected(Rejection rejection) implements Outcome {
    }

    /** True if the command was applied. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The events the command caused; empty if it was refused. */
    default List<Event> events() {
        return this instanceof Accepted a ? a.events() : List.of();
    }

    /** Why the command was refused, or null if it was applied. */
    default Rejection rejection() {
        return this instanceof Rejected r ? r.rejection() : null;
    }
}
