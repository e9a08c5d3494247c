package org.truce.shared;

import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.scenario.ScenarioLoader;

/** Scenarios for tests: the built-ins, loaded once. */
public final class TestScenarios {
    private static Scenario paris;
    private static Scenario paris4;

    private TestScenarios() {
    }

    public static synchronized Scenario paris() {
        if (paris == null) {
            paris = load("paris-summit");
        }
        return paris;
    }

    public static synchronized Scenario paris4() {
        if (paris4 == null) {
            paris4 = load("paris-summit-4");
        }
        return paris4;
    }

    private static Scenario load(String id) {
        try {
            return ScenarioLoader.builtIn(id);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
