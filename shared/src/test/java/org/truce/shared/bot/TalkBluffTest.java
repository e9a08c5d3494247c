package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/**
 * The documented bluff: asked what it needs on a term, a boulware bot names an option one better
 * than the least that would win its vote on the draft; the others name that least itself.
 */
class TalkBluffTest {
    private final Scenario s = TestScenarios.paris();
    private final ScenarioInfo info = s.info();

    /** Over drafts just short of the party's vote: how many options above its honest least each named option was. */
    private List<Integer> overstatements(String party, String strategy) {
        Utility u = s.utility(party);
        boolean[][] theirs = new BotContext(info, s.brief(party), u, Difficulty.NORMAL, 1).othersDeclaredRedLines();
        List<Integer> out = new ArrayList<>();
        int[] best = u.codesBestFirst();
        // eight rounds fail: in round 9 every persona has come down towards its floor
        Game prefix = new Game(info);
        prefix.start(10, 1);
        Package any = u.space().decode(best[0]);
        for (int r = 1; r <= 8; r++) {
            prefix.handle(new Command.Propose(info.penHolder(r), r, info.space().toTerms(any)));
            for (String p : prefix.state().pendingVoters()) {
                prefix.handle(new Command.Vote(p, r, false));
            }
        }
        for (int k = 0; k < best.length && out.size() < 12; k += 211) {
            Package d = u.space().decode(best[k]);
            Game g = Game.replay(info, prefix.events());
            if (!g.handle(new Command.Propose(info.penHolder(9), 9, info.space().toTerms(d))).isAccepted()) {
                continue;
            }
            Bot b = Bot.create(info, s.brief(party), u, strategy, Difficulty.NORMAL, 1);
            g.events().forEach(b::observe);
            if (b.wouldAccept(g.state(), d)) {
                continue;
            }
            for (int t = 0; t < info.terms().size(); t++) {
                int honest = -1;
                for (int o = 0; o < 4; o++) {
                    if (!u.isRedLine(t, o) && !theirs[t][o] && b.wouldAccept(g.state(), TalkAnswers.withOption(d, t, o))
                            && (honest < 0 || u.contribution(t, o) < u.contribution(t, honest))) {
                        honest = o;
                    }
                }
                boolean roomAbove = false;
                for (int o = 0; o < 4 && honest >= 0; o++) {
                    roomAbove |= !u.isRedLine(t, o) && !theirs[t][o] && u.contribution(t, o) > u.contribution(t, honest);
                }
                if (!roomAbove) {
                    continue; // the least is already its best allowed option: nothing to overstate
                }
                Bot asked = Bot.create(info, s.brief(party), u, strategy, Difficulty.NORMAL, 1);
                g.events().forEach(asked::observe);
                String answer = asked.reply(new Event.Said(9, "UA", party, TalkText.needs(info, party, t)), g.state());
                for (int o = 0; o < 4; o++) {
                    if (answer.contains("With " + ChatLines.quoted(info.terms().get(t).option(o).label()) + " there")) {
                        assertThat(b.wouldAccept(g.state(), TalkAnswers.withOption(d, t, o))).as("never a bluff about its vote").isTrue();
                        int rank = 0;
                        for (int x = 0; x < 4; x++) {
                            if (!u.isRedLine(t, x) && !theirs[t][x] && u.contribution(t, x) > u.contribution(t, honest)
                                    && u.contribution(t, x) <= u.contribution(t, o)) {
                                rank++;
                            }
                        }
                        out.add(rank);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void boulwareOverstatesByOneOptionAndTheOthersTellItAsItIs() {
        for (String p : new String[] {"FR", "UK", "DE"}) {
            assertThat(overstatements(p, "boulware")).as(p + " playing boulware").isNotEmpty().containsOnly(1);
            assertThat(overstatements(p, "default")).as(p).isNotEmpty().containsOnly(0);
            assertThat(overstatements(p, "conceder")).as(p + " playing conceder").isNotEmpty().containsOnly(0);
        }
    }
}
