package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The chart draws a draft at what it was worth when it was tabled ({@code game_over.drafts[].utility}),
 * not at what the briefs revealed at the end make of it (news may have reweighed a party's terms since).
 */
class UtilityChartWorthThenTest {
    @Test
    void aDraftIsDrawnAtItsWorthThenAndAtTheRevealedBriefsWorthFromAnOlderServer() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit-4");
        Package p = s.space().decode(s.utility("UA").codesBestFirst()[0]);
        Map<String, String> terms = s.space().toTerms(p);
        List<DraftView> drafts = List.of(new DraftView(1, "UA", terms, false, null));
        Map<String, Double> noDeal = new LinkedHashMap<>();
        Map<String, Double> worth = new LinkedHashMap<>();
        for (String party : s.info().partyIds()) {
            noDeal.put(party, 0.0);
            worth.put(party, 0.0); // every party's point on the bottom row, whatever the briefs say
        }
        DraftMark then = new DraftMark(1, "UA", false, false, noDeal, null, worth);
        ServerMessage.GameOver now = new ServerMessage.GameOver(null, 1, Map.of(), s.briefs(), null, null, List.of(then));
        ServerMessage.GameOver older = new ServerMessage.GameOver(null, 1, Map.of(), s.briefs(), null, null,
                List.of(new DraftMark(1, "UA", false, false, noDeal, null)));

        List<String> drawn = UtilityChart.draw(s.info(), s.briefs(), drafts, 60, 11, now);
        String bottom = drawn.get(10);
        assertThat(drawn.subList(0, 10)).as(String.join("\n", drawn)).noneMatch(l -> l.substring(5).matches(".*[1-4*].*"));
        assertThat(bottom).as(String.join("\n", drawn)).contains("*"); // the four parties' points, all at 0

        List<String> old = UtilityChart.draw(s.info(), s.briefs(), drafts, 60, 11, older);
        // Ukraine's best package is worth its best to it: near the top, from the revealed brief
        assertThat(old.subList(0, 2)).as(String.join("\n", old)).anyMatch(l -> l.substring(5).contains("1"));
    }
}
