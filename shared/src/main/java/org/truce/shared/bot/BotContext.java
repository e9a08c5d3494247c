package org.truce.shared.bot;

import java.util.SplittableRandom;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Persona;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/** What one seat's bot knows: the public scenario, its own brief and utility, and what it has seen. */
final class BotContext {
    private final ScenarioInfo info;
    private final Brief brief;
    private final Utility utility;
    private final Difficulty difficulty;
    private final long seed;
    /** Randomness for the current decision, derived from the seed and the moment in the game. */
    private SplittableRandom random;
    private final OpponentModel model;
    private final ChatLines lines;
    private boolean[][] declared;
    private static final int HEARD = 50;
    private final java.util.ArrayDeque<Event.Said> heard = new java.util.ArrayDeque<>();

    BotContext(ScenarioInfo info, Brief brief, Utility utility, Difficulty difficulty, long seed) {
        this.info = info;
        this.brief = brief;
        this.utility = utility;
        this.difficulty = difficulty;
        this.seed = seed ^ (0x9E3779B97F4A7C15L * (1 + info.partyIndex(brief.party())));
        this.random = new SplittableRandom(this.seed);
        this.model = new OpponentModel(info, brief.party(), brief.noDeal(), this.difficulty, this.random);
        this.lines = new ChatLines(info, brief, utility, this::random);
    }

    String party() {
        return brief.party();
    }

    /** What term {@code t} is about, as a sentence names it. */
    String topic(int t) {
        return info.terms().get(t).topic();
    }

    ScenarioInfo info() {
        return info;
    }

    Brief brief() {
        return brief;
    }

    Persona persona() {
        return brief.persona();
    }

    Utility utility() {
        return utility;
    }

    Difficulty difficulty() {
        return difficulty;
    }

    SplittableRandom random() {
        return random;
    }

    /**
     * Starts the randomness of a decision afresh from the seed and the moment (round, phase,
     * what is asked): a bot rebuilt from the event log after a restart, or a stand-in that
     * joins late, then decides exactly as the original would have.
     */
    void decide(int round, int phase, long salt) {
        long z = seed + 0x9E3779B97F4A7C15L * (round * 8L + phase) + salt * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        random = new SplittableRandom(z ^ (z >>> 31));
    }

    OpponentModel model() {
        return model;
    }

    ChatLines lines() {
        return lines;
    }

    /** [term][option]: true where another party has publicly declared the option a red line. */
    boolean[][] othersDeclaredRedLines() {
        if (declared == null) {
            boolean[][] d = new boolean[info.terms().size()][];
            for (int t = 0; t < d.length; t++) {
                d[t] = new boolean[info.terms().get(t).options().size()];
            }
            for (org.truce.shared.scenario.Party p : info.parties()) {
                if (p.id().equals(party())) {
                    continue;
                }
                for (org.truce.shared.scenario.RedLine r : p.declaredRedLines()) {
                    int t = info.termIndex(r.term());
                    d[t][info.terms().get(t).indexOf(r.option())] = true;
                }
            }
            declared = d;
        }
        return declared;
    }

    /** Packages this bot may table, best for it first (see {@link PackageChooser#candidates}). */
    int[] candidates() {
        return PackageChooser.candidates(utility, othersDeclaredRedLines());
    }

    void observe(Event e) {
        if (e instanceof Event.Said s) {
            heard.addLast(s);
            if (heard.size() > HEARD) {
                heard.removeFirst();
            }
        }
        model.observe(e);
    }

    /** The chat this seat has heard (to all, to it, or from it), the latest {@value #HEARD} lines. */
    java.util.List<Event.Said> heard() {
        return java.util.List.copyOf(heard);
    }

    /** Catches the model up with the public history (votes are only final once a round closes). */
    void update(GameState state) {
        model.catchUp(state);
    }

    double noDealNow(GameState state) {
        return utility.noDeal().valueAt(state.round());
    }

    /** Share of the game used, 0 in the first round and 1 in the last. */
    double time(GameState state) {
        return state.rounds() <= 1 ? 1.0 : (state.round() - 1) / (double) (state.rounds() - 1);
    }
}
