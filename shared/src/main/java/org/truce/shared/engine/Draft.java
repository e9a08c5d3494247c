package org.truce.shared.engine;

import java.util.Objects;
import org.truce.shared.scenario.Package;

/** A package tabled in a round by the pen holder; {@code automatic} when the clock re-tabled it. */
public record Draft(int round, String by, Package pkg, boolean automatic) {
    public Draft {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(pkg, "pkg");
    }
}
