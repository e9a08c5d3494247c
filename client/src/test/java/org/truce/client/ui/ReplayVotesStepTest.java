package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.client.replay.ReplaySteps;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Outcome;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * A replay's votes steps at 80×24 in a no-deal game: each shows the draft voted on with its votes
 * (not an empty table) and how the round ended, the last one too, before the debrief.
 */
class ReplayVotesStepTest {
    private static void must(Game g, Command c) {
        Outcome o = g.handle(c);
        assertThat(o.isAccepted()).as(c + " refused: " + o.rejection()).isTrue();
    }

    @Test
    void everyVotesStepShowsTheDraftVotedOnAndItsVotesTheLastOneToo() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit");
        Game g = new Game(s.info());
        g.start(2, 3);
        Map<String, String> terms = s.space().toTerms(Analysis.of(s).paretoFrontier()[0]);
        for (int round = 1; round <= 2; round++) {
            must(g, new Command.Propose(g.state().pen(), round, terms));
            List<String> voters = List.copyOf(g.state().pendingVoters());
            for (String p : voters) {
                must(g, new Command.Vote(p, round, !p.equals(voters.get(0)))); // the first voter rejects
            }
        }
        ReplaySteps r = new ReplaySteps("NODL", s, g.events());
        String firstTerm = s.info().terms().get(0).name();
        for (int k : new int[] {2, 4}) {
            ReplaySteps.Step step = r.steps().get(k);
            assertThat(step.votes()).isTrue();
            String screen = String.join("\n", ReplayView.render(r, k, 80, 24));
            String pen = r.draft(k).by();
            String rejecter = s.info().partyIds().stream().filter(p -> !p.equals(pen)).findFirst().orElseThrow();
            assertThat(screen).as("step " + k + ":\n" + screen)
                    .doesNotContain("No draft on the table yet.")
                    .contains("by " + new org.truce.client.model.Names(s.info()).inText(pen) + ", round " + step.round())
                    .contains("✗ Round " + step.round() + ":")
                    .containsPattern(rejecter + " ✗")
                    .doesNotContain(firstTerm + " —");
            if (k == 4) {
                assertThat(screen).contains("rejected by " + rejecter).contains("Round 2 failed");
            }
        }
    }
}
