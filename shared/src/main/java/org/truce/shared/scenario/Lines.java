package org.truce.shared.scenario;

import java.util.List;

/**
 * What a party's bot says in chat, in character. Placeholders: {term} and {option} (the term
 * and option a line is about), {party} (who tabled the draft, or who a reply answers).
 * {@code reply} lines answer a private message: {term} is then the party's first priority and
 * {option} its preferred option there.
 */
public record Lines(List<String> table, List<String> accept, List<String> reject, List<String> redLine,
                    List<String> reply) {
    /** Copies the lists; null means no lines of that kind. */
    public Lines {
        table = table == null ? List.of() : List.copyOf(table);
        accept = accept == null ? List.of() : List.copyOf(accept);
        reject = reject == null ? List.of() : List.copyOf(reject);
        redLine = redLine == null ? List.of() : List.copyOf(redLine);
        reply = reply == null ? List.of() : List.copyOf(reply);
    }

    /** No lines at all: the bot uses its built-in phrases. */
    public static Lines none() {
        return new Lines(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
