package org.truce.shared.scenario;

import java.util.Objects;

/** One of the positions a term can be settled on, e.g. "freeze on the current line, no recognition". */
public record Option(String id, String name, String label) {
    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (label == null || label.isBlank()) {
            label = name;
        }
    }
}
