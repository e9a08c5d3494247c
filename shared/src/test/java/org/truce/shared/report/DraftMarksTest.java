package org.truce.shared.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Inject;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * A draft is judged on the scenario of its round: news that reweights a party's terms after round 1
 * changes what round 2's draft is worth to it, not what round 1's was (the chart draws each draft
 * at its worth then).
 */
class DraftMarksTest {
    @Test
    void eachDraftsWorthIsWhatItWasWhenTabled() throws Exception {
        Scenario base0 = ScenarioLoader.builtIn("paris-summit-4");
        String ua = "UA";
        String firstTerm = base0.info().terms().get(0).id();
        Inject reweigh = new Inject("reweigh", "Priorities shift", "Kyiv now cares about little else.", null,
                Map.of(ua, new InjectEffect(0, Map.of(firstTerm, 8.0), null)));
        Scenario base = new Scenario(base0.info(), base0.briefs(), List.of(reweigh));
        Scenario after = base.after(List.of(new Scenario.Fired(reweigh.title(), 1, reweigh.effects())));
        // a package whose worth to Ukraine the news changes by more than a point, crossing no red line
        Package p = null;
        for (int code = 0; code < base.space().size() && p == null; code++) {
            Package c = base.space().decode(code);
            double was = base.utility(ua).value(c);
            double now = after.utility(ua).value(c);
            if (Double.isFinite(was) && Double.isFinite(now) && Math.abs(was - now) > 1) {
                p = c;
            }
        }
        assertThat(p).as("a package the news reweighs").isNotNull();
        Map<String, String> terms = base.space().toTerms(p);

        Game g = new Game(base.info());
        g.start(4, 1);
        String pen1 = g.state().pen();
        must(g, new Command.Propose(pen1, 1, terms));
        for (String party : base.info().partyIds()) {
            if (!party.equals(pen1)) {
                must(g, new Command.Vote(party, 1, false));
            }
        }
        must(g, new Command.FireInject(reweigh));
        String pen2 = g.state().pen();
        must(g, new Command.Propose(pen2, 2, terms)); // the same package again, after the news

        List<DraftMark> marks = DraftMarks.of(base, g.events(), null);
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).utility().get(ua)).isEqualTo(Scoring.round2(base.utility(ua).value(p)));
        assertThat(marks.get(1).utility().get(ua)).isEqualTo(Scoring.round2(after.utility(ua).value(p)));
        assertThat(marks.get(0).utility().get(ua)).isNotEqualTo(marks.get(1).utility().get(ua));
        assertThat(marks.get(0).utility().keySet()).containsExactlyElementsOf(base.info().partyIds());
    }

    private static void must(Game g, Command c) {
        assertThat(g.handle(c).isAccepted()).as(c.toString()).isTrue();
    }
}
