package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.client.model.Table;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The debrief's chart at 80×24 in no-deal games of 5, 10 and 14 rounds where every draft is marked:
 * the marks take one line per kind (not a sentence per draft) and the chart keeps its readable
 * height ({@link DebriefWindow#CHART_MIN} rows), the parties' marks apart rather than all "*".
 */
class DebriefChartMarksFitTest {
    @ParameterizedTest
    @ValueSource(ints = {5, 10, 14})
    @Timeout(60)
    void manyMarkedDraftsKeepTheChartReadable(int rounds) throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit");
        Table t = new Table(s, "UA", rounds);
        try (HandFedScreen h = new HandFedScreen()) {
            VirtualScreen v = h.v;
            h.l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", s.brief("UA"), s.info()));
            h.l.onMessage(t.state());
            List<DraftMark> marks = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                String pen = t.state().pen();
                h.send(t.run(new Command.Propose(pen, r, t.firstOptions())));
                List<String> voters = new ArrayList<>();
                t.state().votes().forEach((p, x) -> {
                    if ("pending".equals(x)) {
                        voters.add(p);
                    }
                });
                for (String p : voters) {
                    h.send(t.run(new Command.Vote(p, r, !p.equals(voters.get(0)))));
                }
                Map<String, Double> worth = new LinkedHashMap<>();
                int i = 0;
                for (String p : s.info().partyIds()) {
                    worth.put(p, 10.0 + 15 * i++); // apart: each party's digit on its own row
                }
                marks.add(new DraftMark(r, pen, true, r == 2, null, null, worth));
            }
            h.l.onMessage(new ServerMessage.GameOver(null, rounds, null, s.briefs(), null, null, marks));
            v.waitFor("DEBRIEF", 10_000);
            v.key('2');
            String chart = v.waitFor("no deal: what each party gets");
            List<String> lines = chart.lines().toList();
            int top = indexOf(lines, "100 ┤");
            int axis = indexOf(lines, "    └");
            assertThat(axis - top).as(rounds + " rounds:\n" + chart).isGreaterThanOrEqualTo(DebriefWindow.CHART_MIN);
            assertThat(lines.subList(top, axis).stream().filter(l -> l.contains("6")).count()).as(chart).isPositive();
            for (int i = 0; i < 12; i++) {
                v.key(KeyType.ArrowDown); // the marks under the chart, scrolled into sight
            }
            String all = (chart + v.waitFor("◆ no other package")).replaceAll("\\s*\n\\s*", " ");
            assertThat(all).contains("▲ The Nash package of its round: ")
                    .contains("◆ On the Pareto frontier: ")
                    .doesNotContain("draft was on the Pareto frontier")
                    .doesNotContain("United States's");
            if (rounds >= 3) {
                assertThat(all).contains("the United States' round-3"); // the possessive of a name ending in s
            }
        }
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting " + prefix + " in\n" + String.join("\n", lines));
    }
}
