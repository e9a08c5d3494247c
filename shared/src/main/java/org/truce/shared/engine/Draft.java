package org.truce.shared.engine;

import java.util.Objects;
import org.truce.shared.scenario.Package;

/**
 * A package on the table in {@code round}: {@code by} wrote it. {@code automatic} when the clock
 * re-tabled an earlier draft because the pen holder ran out of time; {@code by} is then still that
 * draft's author, not the pen holder. {@code standIn}: a stand-in bot wrote it for {@code by}'s
 * absent player.
 */
public record Draft(int round, String by, Package pkg, boolean automatic, boolean standIn) {
    /** Refuses a null author or package. */
    public Draft {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(pkg, "pkg");
    }

    /** A draft its party's own player (or bot) wrote. */
    public Draft(int round, String by, Package pkg, boolean automatic) {
        this(round, by, pkg, automatic, false);
    }
}
