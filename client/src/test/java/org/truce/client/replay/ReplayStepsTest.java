package org.truce.client.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Outcome;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The replay's steps on real engine games: a game without a deal, and news judged on the scenario it changed. */
class ReplayStepsTest {
    private static void must(Game g, Command c) {
        Outcome o = g.handle(c);
        assertThat(o.isAccepted()).as(c + " refused: " + o.rejection()).isTrue();
    }

    private static void tableAndReject(Game g, Map<String, String> terms) {
        int round = g.state().round();
        must(g, new Command.Propose(g.state().pen(), round, terms));
        List<String> voters = List.copyOf(g.state().pendingVoters());
        for (String p : voters) {
            must(g, new Command.Vote(p, round, !p.equals(voters.get(0))));
        }
    }

    @Test
    void noDealEndsWithTheLastRoundsVotesAsOneStepAndNewsChangesTheYardsticks() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit");
        Game g = new Game(s.info());
        g.start(2, 3);
        Map<String, String> terms = s.space().toTerms(Analysis.of(s).paretoFrontier()[0]);
        tableAndReject(g, terms);
        must(g, new Command.FireInject(s.injects().get(0)));
        tableAndReject(g, terms);
        assertThat(g.state().isOver()).isTrue();

        ReplaySteps r = new ReplaySteps("NODL", s, g.events());
        List<ReplaySteps.Step> steps = r.steps();
        // the start, round 1's draft and votes, round 2's draft, round 2's votes that end the game
        assertThat(steps).extracting(ReplaySteps.Step::round).containsExactly(1, 1, 1, 2, 2);
        assertThat(steps).extracting(ReplaySteps.Step::votes).containsExactly(false, false, true, false, true);
        assertThat(steps.get(4).events()).isEqualTo(g.events().size());
        assertThat(r.rounds()).isEqualTo(2);
        assertThat(r.game(4)).isEqualTo(g.state());
        assertThat(r.state(4).phase()).isEqualTo("ended");

        Event.InjectFired fired = (Event.InjectFired) g.events().stream().filter(e -> e instanceof Event.InjectFired).findFirst().orElseThrow();
        Scenario after = s.after(List.of(fired.fired()));
        AgreementAnalysis before = r.analysis(1);
        AgreementAnalysis later = r.analysis(3);
        assertThat(before).isEqualTo(Analysis.of(s).assess(s.space().decode(Analysis.of(s).paretoFrontier()[0]), 1));
        assertThat(later).isEqualTo(Analysis.of(after).assess(s.space().decode(Analysis.of(s).paretoFrontier()[0]), 2));
        assertThat(r.analysis(0)).isNull();
    }
}
