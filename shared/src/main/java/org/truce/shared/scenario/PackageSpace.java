package org.truce.shared.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All packages of a scenario, numbered in mixed radix (the first term varies slowest), so that
 * exhaustive analysis and bots can walk the space as plain integers.
 */
public final class PackageSpace {
    /** Largest space that exhaustive analysis accepts. */
    public static final int MAX_SIZE = 4_194_304;

    private final List<Term> terms;
    private final int[] radix;
    private final int[] place;
    private final int size;
    private volatile byte[] digits;

    private PackageSpace(List<Term> terms) {
        this.terms = terms;
        this.radix = new int[terms.size()];
        this.place = new int[terms.size()];
        long total = 1;
        for (int t = terms.size() - 1; t >= 0; t--) {
            radix[t] = terms.get(t).options().size();
            place[t] = (int) Math.min(total, Integer.MAX_VALUE);
            total *= radix[t];
            if (total > MAX_SIZE) {
                throw new IllegalArgumentException("too many packages: at most " + MAX_SIZE);
            }
        }
        this.size = (int) total;
    }

    /** The space of this scenario's terms; throws {@link IllegalArgumentException} above {@link #MAX_SIZE} packages. */
    public static PackageSpace of(ScenarioInfo info) {
        return new PackageSpace(info.terms());
    }

    /** The space of these terms; throws {@link IllegalArgumentException} above {@link #MAX_SIZE} packages. */
    public static PackageSpace of(List<Term> terms) {
        return new PackageSpace(terms);
    }

    /** The number of packages; codes run from 0 to size - 1. */
    public int size() {
        return size;
    }

    /** The number of terms. */
    public int terms() {
        return radix.length;
    }

    /** The number of options of term index {@code term}. */
    public int options(int term) {
        return radix[term];
    }

    /** The option index of {@code term} in the package with this code. */
    public int choice(int code, int term) {
        return (code / place[term]) % radix[term];
    }

    /**
     * Every package's options as one byte each, {@code digits()[code * terms() + t]}: lets hot
     * loops read a package without dividing. Built on first use (2.4 MB for 4^9 packages).
     */
    public byte[] digits() {
        byte[] d = digits;
        if (d == null) {
            synchronized (this) {
                d = digits;
                if (d == null) {
                    int n = radix.length;
                    d = new byte[size * n];
                    int[] odometer = new int[n];
                    for (int code = 0; code < size; code++) {
                        for (int t = 0; t < n; t++) {
                            d[code * n + t] = (byte) odometer[t];
                        }
                        for (int t = n - 1; t >= 0; t--) {
                            if (++odometer[t] < radix[t]) {
                                break;
                            }
                            odometer[t] = 0;
                        }
                    }
                    digits = d;
                }
            }
        }
        return d;
    }

    /** The code of a package (0..size - 1). */
    public int encode(Package p) {
        int code = 0;
        for (int t = 0; t < radix.length; t++) {
            code += p.choice(t) * place[t];
        }
        return code;
    }

    /** The package with this code (0..size - 1). */
    public Package decode(int code) {
        int[] c = new int[radix.length];
        for (int t = 0; t < radix.length; t++) {
            c[t] = choice(code, t);
        }
        return new Package(c);
    }

    /** The code of the package equal to {@code code} except that {@code term} takes {@code option}. */
    public int with(int code, int term, int option) {
        return code + (option - choice(code, term)) * place[term];
    }

    /** Term id → option id, in term order. */
    public Map<String, String> toTerms(Package p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int t = 0; t < radix.length; t++) {
            m.put(terms.get(t).id(), terms.get(t).option(p.choice(t)).id());
        }
        return m;
    }

    /** The package with this code as term id → option id, in term order. */
    public Map<String, String> toTerms(int code) {
        return toTerms(decode(code));
    }

    /**
     * Reads a complete package from term id → option id. Returns the package, or explains the
     * first problem through {@code problems}: an unknown term, an unknown option, a missing term.
     */
    public Package fromTerms(Map<String, String> chosen, PackageProblem.Sink problems) {
        if (chosen == null) {
            problems.report(PackageProblem.MISSING_TERM, "no terms given");
            return null;
        }
        for (String termId : chosen.keySet()) {
            if (indexOfTerm(termId) < 0) {
                problems.report(PackageProblem.UNKNOWN_TERM, "unknown term '" + PlainText.echo(termId) + "'");
                return null;
            }
        }
        int[] c = new int[radix.length];
        for (int t = 0; t < radix.length; t++) {
            Term term = terms.get(t);
            String opt = chosen.get(term.id());
            if (opt == null) {
                problems.report(PackageProblem.MISSING_TERM, "the package has no option for term '" + term.id() + "'");
                return null;
            }
            int idx = term.indexOf(opt);
            if (idx < 0) {
                problems.report(PackageProblem.UNKNOWN_OPTION,
                        "term '" + term.id() + "' has no option '" + PlainText.echo(opt) + "'");
                return null;
            }
            c[t] = idx;
        }
        return new Package(c);
    }

    private int indexOfTerm(String termId) {
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).id().equals(termId)) {
                return t;
            }
        }
        return -1;
    }
}
