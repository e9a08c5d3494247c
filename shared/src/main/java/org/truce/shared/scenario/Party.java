package org.truce.shared.scenario;

import java.util.Objects;

/** A seat at the table, as everyone sees it: id, name and a one-line public description. */
public record Party(String id, String name, String description) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }
}
