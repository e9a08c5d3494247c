package org.truce.shared.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A seat at the table, as everyone sees it: id, name, a one-line description and its publicly
 * declared red lines. {@code shortName} is the name for narrow places (the name itself when the
 * scenario gives none); {@code article} is "the" for names that take one in a sentence ("the
 * United States"), else empty.
 */
public record Party(String id, String name, String description, List<RedLine> declaredRedLines,
                   String shortName, String article) {
    /**
     * Refuses a null id or name; null description, red lines and article become empty; a null or blank short name
     * becomes the name.
     */
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        declaredRedLines = declaredRedLines == null ? List.of() : List.copyOf(declaredRedLines);
        shortName = shortName == null || shortName.isBlank() ? name : shortName;
        article = article == null ? "" : article;
    }

    /** The name as a sentence uses it: "the United States", "Ukraine". */
    public String inText() {
        return article.isEmpty() ? name : article + " " + name;
    }

    /** A party without a short name or article. */
    public Party(String id, String name, String description, List<RedLine> declaredRedLines) {
        this(id, name, description, declaredRedLines, null, null);
    }

    /** A party without declared red lines, short name or article. */
    public Party(String id, String name, String description) {
        this(id, name, description, List.of());
    }
}
