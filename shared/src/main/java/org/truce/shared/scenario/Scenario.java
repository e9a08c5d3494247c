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
    private final List<Inject> injects;
    private final EpilogueSpec epilogue;
    private final List<String> questions;

    /** A scenario without injects. */
    public Scenario(ScenarioInfo info, Map<String, Brief> briefs) {
        this(info, briefs, List.of());
    }

    /**
     * Orders the briefs by party; throws {@link IllegalArgumentException} if a party has no brief or two injects
     * share an id.
     */
    public Scenario(ScenarioInfo info, Map<String, Brief> briefs, List<Inject> injects) {
        this(info, briefs, injects, null, List.of());
    }

    /**
     * As {@link #Scenario(ScenarioInfo, Map, List)}, with the debrief's epilogue (null for none) and discussion
     * questions.
     */
    public Scenario(ScenarioInfo info, Map<String, Brief> briefs, List<Inject> injects, EpilogueSpec epilogue,
                    List<String> questions) {
        this.epilogue = epilogue;
        this.questions = List.copyOf(questions);
        this.info = Objects.requireNonNull(info, "info");
        this.injects = List.copyOf(injects);
        if (this.injects.stream().map(Inject::id).distinct().count() != this.injects.size()) {
            throw new IllegalArgumentException("two injects share an id");
        }
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

    /** The injects the scenario offers, in file order (referee-only: their effects are confidential). */
    public List<Inject> injects() {
        return injects;
    }

    /** The inject with this id, or null. */
    public Inject inject(String id) {
        for (Inject i : injects) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        return null;
    }

    /**
     * The scenario as it stands after these injects fired, in order (each as {@link Inject} fired in a round):
     * every affected party's brief through {@link Brief#after}. The same list gives the same scenario, so a
     * room replays its injects exactly after a restart. Unaffected parties keep their briefs.
     */
    public Scenario after(List<Fired> fired) {
        if (fired.isEmpty()) {
            return this;
        }
        Map<String, Brief> b = new LinkedHashMap<>(briefs);
        for (Fired f : fired) {
            for (Map.Entry<String, InjectEffect> e : f.effects().entrySet()) {
                Brief old = b.get(e.getKey());
                if (old != null) {
                    b.put(e.getKey(), old.after(f.title(), f.round(), e.getValue(), info));
                }
            }
        }
        return new Scenario(info, b, injects, epilogue, questions);
    }

    /** An inject as it fired: its headline, the round, and the effects it had (as recorded, so a replay matches). */
    public record Fired(String title, int round, Map<String, InjectEffect> effects) {
        /** Copies the effects. */
        public Fired {
            effects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(effects));
        }
    }

    /** The epilogue's deterrence index formula and narratives, or null if the scenario has none. */
    public EpilogueSpec epilogue() {
        return epilogue;
    }

    /** The discussion questions for the class debrief, in file order (empty if none). */
    public List<String> questions() {
        return questions;
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
