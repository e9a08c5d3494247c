package org.truce.shared.scenario;

import java.util.Objects;

/**
 * An option that makes any package containing it unacceptable to the party, whatever else it
 * holds. A {@code declared} red line is a public position (announced at the table, known to
 * all); the others stay in the confidential brief.
 */
public record RedLine(String term, String option, String why, boolean declared) {
    /** Refuses a null term or option id; a null reason becomes empty. */
    public RedLine {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(option, "option");
        why = why == null ? "" : why;
    }
}
