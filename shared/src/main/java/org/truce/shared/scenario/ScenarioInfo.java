package org.truce.shared.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The public face of a scenario: what every seat, spectator and bot may know. It holds no
 * brief; bots are built from this and their own {@link Brief} only.
 */
public final class ScenarioInfo {
    private final String id;
    private final String title;
    private final String summary;
    private final int rounds;
    private final List<Term> terms;
    private final List<Party> parties;
    /** Derived from the terms; rebuilt lazily after JSON decoding. */
    private transient volatile PackageSpace space;

    /** Refuses a null id or title; a null summary becomes empty; copies the lists. */
    public ScenarioInfo(String id, String title, String summary, int rounds, List<Term> terms, List<Party> parties) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = summary == null ? "" : summary;
        this.rounds = rounds;
        this.terms = List.copyOf(terms);
        this.parties = List.copyOf(parties);
    }

    /** The scenario id, e.g. "ceasefire". */
    public String id() {
        return id;
    }

    /** The title shown to players. */
    public String title() {
        return title;
    }

    /** A short description; empty if none was given. */
    public String summary() {
        return summary;
    }

    /** Default number of rounds. */
    public int rounds() {
        return rounds;
    }

    /** The terms in package order. */
    public List<Term> terms() {
        return terms;
    }

    /** The parties in turn order. */
    public List<Party> parties() {
        return parties;
    }

    /** Index of the term with this id, or -1. */
    public int termIndex(String termId) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).id().equals(termId)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the party with this id in turn order, or -1. */
    public int partyIndex(String partyId) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).id().equals(partyId)) {
                return i;
            }
        }
        return -1;
    }

    /** The party with this id; throws {@link IllegalArgumentException} for an unknown id. */
    public Party party(String partyId) {
        int i = partyIndex(partyId);
        if (i < 0) {
            throw new IllegalArgumentException("unknown party " + partyId);
        }
        return parties.get(i);
    }

    /** The party ids in turn order. */
    public List<String> partyIds() {
        return parties.stream().map(Party::id).toList();
    }

    /** The party holding the pen in a round (1-based): turn order, rotating. */
    public String penHolder(int round) {
        return parties.get((round - 1) % parties.size()).id();
    }

    /** Every package of these terms, numbered; built on first use. */
    public PackageSpace space() {
        PackageSpace s = space;
        if (s == null) {
            s = PackageSpace.of(terms);
            space = s;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioInfo i && id.equals(i.id) && title.equals(i.title) && summary.equals(i.summary)
                && rounds == i.rounds && terms.equals(i.terms) && parties.equals(i.parties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, rounds, terms.size(), parties.size());
    }

    @Override
    public String toString() {
        return "ScenarioInfo[" + id + "]";
    }
}
