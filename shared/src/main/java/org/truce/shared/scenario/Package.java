package org.truce.shared.scenario;

import java.util.Arrays;

/**
 * A complete proposal: one option for every term, as option indices in the scenario's term
 * order. Immutable. {@link PackageSpace} converts between packages, term maps and the compact
 * integer codes that analysis and bots iterate over.
 */
public final class Package {
    private final int[] choices;

    /**
     * One option index per term, in term order; refuses no terms or a negative index ({@link
     * IllegalArgumentException}).
     */
    public Package(int... choices) {
        if (choices.length == 0) {
            throw new IllegalArgumentException("a package needs at least one term");
        }
        for (int c : choices) {
            if (c < 0) {
                throw new IllegalArgumentException("option index must not be negative");
            }
        }
        this.choices = choices.clone();
    }

    /** The option index chosen for term index {@code term}. */
    public int choice(int term) {
        return choices[term];
    }

    /** The number of terms. */
    public int terms() {
        return choices.length;
    }

    /** A copy of the option indices, in term order. */
    public int[] toArray() {
        return choices.clone();
    }

    /** Number of terms on which the two packages differ. */
    public int distance(Package other) {
        int d = 0;
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] != other.choices[i]) {
                d++;
            }
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Package p && Arrays.equals(choices, p.choices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(choices.length);
        for (int c : choices) {
            sb.append((char) ('a' + c));
        }
        return sb.toString();
    }
}
