package org.truce.shared.scenario;

import java.util.List;
import java.util.Objects;

/**
 * An issue on the table (ceasefire line, NATO, ...) with the options it can be settled on.
 * {@code topic} is how the term reads inside a sentence ("the US role"); it defaults to the name.
 */
public record Term(String id, String name, String topic, List<Option> options) {
    /**
     * Refuses a null id or name and fewer than two options ({@link IllegalArgumentException}); a null or blank topic
     * becomes the name.
     */
    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        topic = topic == null || topic.isBlank() ? name : topic;
        options = List.copyOf(options);
        if (options.size() < 2) {
            throw new IllegalArgumentException("term " + id + " needs at least two options");
        }
    }

    /** A term whose topic is its name. */
    public Term(String id, String name, List<Option> options) {
        this(id, name, null, options);
    }

    /** Index of the option with this id, or -1. */
    public int indexOf(String optionId) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }

    /** The option at this index (0-based). */
    public Option option(int index) {
        return options.get(index);
    }
}
