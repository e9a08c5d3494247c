package org.truce.shared.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A complete scenario: the public {@link ScenarioInfo} and every party's confidential
 * {@link Brief}. Only the referee (engine, server, analysis) holds one; bots get the public
 * info and their own brief.
 */
public final class Scenario {
    private final ScenarioInfo info;
    private final Map<String, Brief> briefs;
    private final Map<String, Utility> utilities = new ConcurrentHashMap<>();

    /** Orders the briefs by party; throws {@link IllegalArgumentException} if a party has no brief. */
    public Scenario(ScenarioInfo info, Map<String, Brief> briefs) {
        this.info = Objects.requireNonNull(info, "info");
        Map<String, Brief> ordered = new LinkedHashMap<>();
        for (Party p : info.parties()) {
            Brief b = briefs.get(p.id());
            if (b == null) {
                throw new IllegalArgumentException("no brief for party " + p.id());
            }
            ordered.put(p.id(), b);
        }
        this.briefs = java.util.Collections.unmodifiableMap(ordered);
    }

    /** The public part: what every player and spectator may see. */
    public ScenarioInfo info() {
        return info;
    }

    /** The scenario id, e.g. "ceasefire". */
    public String id() {
        return info.id();
    }

    /** The parties in turn order. */
    public List<Party> parties() {
        return info.parties();
    }

    /** The terms in package order. */
    public List<Term> terms() {
        return info.terms();
    }

    /** Every package of this scenario, numbered. */
    public PackageSpace space() {
        return info.space();
    }

    /** The confidential brief of a party id; throws {@link IllegalArgumentException} for an unknown party. */
    public Brief brief(String party) {
        Brief b = briefs.get(party);
        if (b == null) {
            throw new IllegalArgumentException("unknown party " + party);
        }
        return b;
    }

    /** Every brief, party id → brief, in turn order (read-only). */
    public Map<String, Brief> briefs() {
        return briefs;
    }

    /** The party's utility, built once and shared (it is immutable apart from its caches). */
    public Utility utility(String party) {
        return utilities.computeIfAbsent(party, p -> new Utility(info, brief(p)));
    }

    @Override
    public String toString() {
        return "Scenario[" + info.id() + "]";
    }
}
