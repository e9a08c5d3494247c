package org.truce.shared.scenario;

import java.util.Objects;

/** One of the positions a term can be settled on, e.g. "freeze on the current line, no recognition". */
public record Option(String id, String name, String label) {
    /** Refuses a null id or name; a null or blank label becomes the name. */
    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (label == null || label.isBlank()) {
            label = name;
        }
    }
}
