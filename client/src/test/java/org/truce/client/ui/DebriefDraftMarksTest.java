package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.report.DraftMarks;
import org.truce.shared.scenario.Inject;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The debrief at 80×24 with a current server's {@code game_over.drafts}: a game of paris-summit-4
 * where news in round 2 cuts Ukraine's no-deal value by 40. Round 1's draft (Ukraine's) is on the
 * Pareto frontier, round 2's is its round's Nash package, round 3's, worse for everyone than one of
 * them, is agreed. The outcome page names the better tabled draft in the reader's terms, the chart
 * marks the two drafts (◆, ▲) and draws Ukraine's no-deal line at the value it had in each round.
 */
class DebriefDraftMarksTest {
    private static final Inject BLOCKADE = new Inject("blockade", "Ports blockaded", "Grain exports stop.", null,
            Map.of("UA", new InjectEffect(-40, null, null)));

    @Test
    @Timeout(30)
    void theChartMarksEveryJudgedDraftAndKeepsEachRoundsNoDealValue() throws Exception {
        Scenario base0 = ScenarioLoader.builtIn("paris-summit-4");
        Scenario base = new Scenario(base0.info(), base0.briefs(), List.of(BLOCKADE));
        Analysis before = Analysis.of(base);
        Scenario after = base.after(List.of(new Scenario.Fired(BLOCKADE.title(), 2, BLOCKADE.effects())));
        Analysis an = Analysis.uncached(after);
        int frontier = -1;
        for (int code : before.paretoFrontier()) {
            if (code != before.nash(1)) {
                frontier = code;
                break;
            }
        }
        int nash2 = an.nash(2);
        int worse = dominatedBy(an, List.of(frontier, nash2));
        Table t = new Table(base, "UA", 6);
        try (HandFedScreen h = new HandFedScreen()) {
            VirtualScreen v = h.v;
            h.l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", base.brief("UA"), base.info()));
            h.l.onMessage(t.state());
            play(h, t, 1, base.space().toTerms(frontier), true);
            h.send(t.run(new Command.FireInject(BLOCKADE)));
            play(h, t, 2, base.space().toTerms(nash2), true);
            Map<String, String> agreed = base.space().toTerms(worse);
            play(h, t, 3, agreed, false);
            List<DraftMark> marks = DraftMarks.of(base, t.events(), null);
            AgreementAnalysis a = an.assess(base.space().decode(worse), 3);
            h.l.onMessage(new ServerMessage.GameOver(agreed, 3, a.results(), after.briefs(), a, null, marks));

            DraftMark better = marks.stream().filter(m -> m.gainForAll() != null).findFirst().orElseThrow();
            String who = better.by().equals("UA") ? "you tabled that package in round " + better.round()
                    : "that package was tabled by " + base.info().party(better.by()).name() + " in round " + better.round();
            v.waitFor("DEBRIEF", 10_000);
            for (int i = 0; i < 6; i++) {
                v.key(com.googlecode.lanterna.input.KeyType.ArrowDown); // the sentence is below the agreement's nine terms
            }
            String s = Dump.save("debrief-marks-outcome", v.waitFor("could have gained", 10_000)).replaceAll("\\s*\n\\s*", " ");
            assertThat(s).contains("Every party, you included, could have gained at least " + Text.points(better.gainForAll()) + " points with ")
                    .contains("; " + who + ".");

            v.key('2');
            String chart = Dump.save("debrief-marks-chart", v.waitFor("no deal: what each party gets"));
            String pen2 = marks.get(1).by();
            String whose2 = pen2.equals("UA") ? "your" : new org.truce.client.model.Names(base.info()).possessive(pen2);
            assertThat(chart.replaceAll("\\s*\n\\s*", " "))
                    .contains("▲ The Nash package of its round: " + whose2 + " round-2 draft")
                    .contains("◆ On the Pareto frontier: your round-1 draft")
                    .contains("▲ the fairest split of the gains over no deal. ◆ no other package was better for some party")
                    .doesNotContain("round-3 draft");
            List<String> lines = chart.lines().toList();
            String axis = lines.stream().filter(l -> l.startsWith("    └")).findFirst().orElseThrow();
            String rounds = lines.stream().filter(l -> l.startsWith("Round")).findFirst().orElseThrow();
            assertThat(axis.indexOf('◆')).isEqualTo(rounds.indexOf('1')).isPositive();
            assertThat(axis.indexOf('▲')).isEqualTo(rounds.indexOf('2')).isPositive();

            // Ukraine's no-deal line: 56 in round 1 (before the news), 16 - 2 = 14 in round 2, never 16 in round 1
            int top = lines.indexOf(lines.stream().filter(l -> l.startsWith("100 ┤")).findFirst().orElseThrow());
            int bottom = lines.indexOf(axis);
            int rows = bottom - top;
            int step = rounds.indexOf('2') - rounds.indexOf('1');
            int x1 = rounds.indexOf('1') - step / 2;
            int x2 = rounds.indexOf('2') - step / 2;
            assertThat(marks.get(0).noDeal().get("UA")).isEqualTo(56.0);
            assertThat(marks.get(1).noDeal().get("UA")).isEqualTo(14.0);
            assertThat(at(lines, top + row(56, rows), x1)).as("round 1 at 56:\n" + chart).isEqualTo('·');
            assertThat(at(lines, top + row(14, rows), x2)).as("round 2 at 14:\n" + chart).isEqualTo('·');
            assertThat(at(lines, top + row(16, rows), x1)).as("round 1 not at the new value:\n" + chart).isNotEqualTo('·');
        }
    }

    private static void play(HandFedScreen h, Table t, int round, Map<String, String> terms, boolean reject) {
        String pen = t.state().pen();
        h.send(t.run(new Command.Propose(pen, round, terms)));
        List<String> voters = new java.util.ArrayList<>();
        t.state().votes().forEach((p, v) -> {
            if ("pending".equals(v)) {
                voters.add(p);
            }
        });
        for (String p : voters) {
            h.send(t.run(new Command.Vote(p, round, !(reject && p.equals(voters.get(voters.size() - 1))))));
        }
    }

    /** A feasible package that one of {@code better} gives every party more than. */
    private static int dominatedBy(Analysis an, List<Integer> better) {
        int parties = an.scenario().info().parties().size();
        for (int code = 0; code < an.scenario().space().size(); code++) {
            for (int b : better) {
                boolean all = true;
                for (int p = 0; p < parties; p++) {
                    all &= an.utility(p, code) != Float.NEGATIVE_INFINITY && an.utility(p, b) > an.utility(p, code) + 1;
                }
                if (all) {
                    return code;
                }
            }
        }
        throw new AssertionError("no dominated package");
    }

    private static char at(List<String> lines, int y, int x) {
        String l = lines.get(y);
        return x < l.length() ? l.charAt(x) : ' ';
    }

    /** The chart's row of a utility, as UtilityChart draws it. */
    private static int row(double u, int rows) {
        return rows - 1 - (int) Math.round(u / 100.0 * (rows - 1));
    }
}
