package org.truce.shared.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The public face of a scenario: what every seat, spectator and bot may know. It holds no
 * brief; bots are built from this and their own {@link Brief} only.
 */
public record ScenarioInfo(String id, String title, String summary, int rounds, List<Term> terms, List<Party> parties) {
    public ScenarioInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        terms = List.copyOf(terms);
        parties = List.copyOf(parties);
    }

    public int termIndex(String termId) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).id().equals(termId)) {
                return i;
            }
        }
        return -1;
    }

    public int partyIndex(String partyId) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).id().equals(partyId)) {
                return i;
            }
        }
        return -1;
    }

    public Party party(String partyId) {
        int i = partyIndex(partyId);
        if (i < 0) {
            throw new IllegalArgumentException("unknown party " + partyId);
        }
        return parties.get(i);
    }

    public List<String> partyIds() {
        return parties.stream().map(Party::id).toList();
    }

    /** The party holding the pen in a round (1-based): turn order, rotating. */
    public String penHolder(int round) {
        return parties.get((round - 1) % parties.size()).id();
    }

    public PackageSpace space() {
        return PackageSpace.of(this);
    }
}
