package org.truce.shared.engine;

import java.util.List;

/** The engine's answer to a command: the events it caused, or why it was refused. */
public sealed interface Outcome {

    record Accepted(List<Event> events) implements Outcome {
        /** Copies the events. */
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(Rejection rejection) implements Outcome {
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    default List<Event> events() {
        return this instanceof Accepted a ? a.events() : List.of();
    }

    default Rejection rejection() {
        return this instanceof Rejected r ? r.rejection() : null;
    }
}
