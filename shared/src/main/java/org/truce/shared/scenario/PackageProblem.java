package org.truce.shared.scenario;

/** Why a term map is not a complete package. */
public enum PackageProblem {
    UNKNOWN_TERM, UNKNOWN_OPTION, MISSING_TERM;

    /** Receives the problem found while reading a package. */
    @FunctionalInterface
    public interface Sink {
        /** Called with the first problem found and a message naming the term or option concerned. */
        void report(PackageProblem problem, String message);
    }
}
