package org.truce.shared.scenario;

import java.util.List;

/** A scenario file that cannot be used, with every problem found, each named by its JSON path. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    /** {@code source} names the file or scenario id; the message lists every problem, one per line. */
    public ScenarioException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as one line, most starting with the JSON path they concern. */
    public List<String> problems() {
        return problems;
    }
}
