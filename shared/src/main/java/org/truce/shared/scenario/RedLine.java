package org.truce.shared.scenario;

import java.util.Objects;

/** An option that makes any package containing it unacceptable to the party, whatever else it holds. */
public record RedLine(String term, String option, String why) {
    public RedLine {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(option, "option");
        why = why == null ? "" : why;
    }
}
