package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * A brief after news keeps the no-deal value each earlier round had (what the table showed then)
 * and says from which round the news changed it, as docs/CLASSROOM.md says of the chart's lines.
 */
class BriefTextNewsTest {
    @Test
    void afterNewsTheBriefKeepsRoundOnesValueAndSaysWhenNewsChangedIt() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit-4");
        Brief ua = s.brief("UA");
        assertThat(ua.noDeal().start()).isEqualTo(56.0);
        assertThat(ua.noDeal().perRound()).isEqualTo(2.0);
        Brief after = ua.after("Ports blockaded", 2, new InjectEffect(-40, null, null), s.info())
                .after("Hubs promised", 4, new InjectEffect(2, Map.of(), null), s.info());

        String text = BriefText.of(s.info(), after, 5);
        assertThat(text).contains("NO DEAL: 56.0 in round 1, 2.0 less each round; news in round 2 set it to 14.0, "
                + "in round 4 set it to 12.0 (earlier rounds keep the old value); now (round 5) 10.0.");
        assertThat(text).doesNotContain("NO DEAL: 16.0 in round 1");
        // no news: as before
        assertThat(BriefText.of(s.info(), ua, 3)).contains("NO DEAL: 56.0 in round 1, 2.0 less each round; now (round 3) 52.0.");
    }
}
