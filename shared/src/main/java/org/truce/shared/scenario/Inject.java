package org.truce.shared.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A piece of news the facilitator (or the round clock, {@code atRound}) fires into a game: an id,
 * a headline ({@code title}), a text in the voice of a news wire, and its effects on the parties'
 * positions, party id → {@link InjectEffect} (parties left out are unaffected). Referee-only: the
 * headline and text become public when it fires, the effects reach only their own party. See
 * docs/SCENARIOS.md.
 */
public record Inject(String id, String title, String text, Integer atRound, Map<String, InjectEffect> effects) {
    /** Refuses a null id, title or text; copies the effects (null: none), keeping their order. */
    public Inject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        effects = effects == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    }
}
