package org.truce.shared.scenario;

import java.util.List;
import java.util.Objects;

/** A seat at the table, as everyone sees it: id, name, a one-line description and its publicly declared red lines. */
public record Party(String id, String name, String description, List<RedLine> declaredRedLines) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        declaredRedLines = declaredRedLines == null ? List.of() : List.copyOf(declaredRedLines);
    }

    public Party(String id, String name, String description) {
        this(id, name, description, List.of());
    }
}
