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
    private final SplittableRandom random;
    private final OpponentModel model;
    private final ChatLines lines;
    private boolean[][] declared;

    BotContext(ScenarioInfo info, Brief brief, Utility utility, Difficulty difficulty, long seed) {
        this.info = info;
        this.brief = brief;
        this.utility = utility;
        this.difficulty = difficulty;
        this.random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (1 + info.partyIndex(brief.party()))));
        this.model = new OpponentModel(info, brief.party());
        this.lines = new ChatLines(info, brief, utility, random);
    }

    String party() {
        return brief.party();
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
        model.observe(e);
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
