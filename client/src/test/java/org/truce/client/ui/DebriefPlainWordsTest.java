package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The debrief at 80×24 says Pareto and Nash in plain words, and its chart draws each party's no-deal line. */
class DebriefPlainWordsTest {
    private static final Scenario SC = load();

    private static Scenario load() {
        try {
            return ScenarioLoader.builtIn("paris-summit-4");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An agreement that is not Pareto-optimal: the sentences say so, and what the Nash package would have given "you". */
    @Test
    @Timeout(30)
    void aWastefulAgreementIsExplainedInTheReadersTerms() throws Exception {
        Analysis an = Analysis.of(SC);
        Package wasteful = SC.space().decode(wastefulCode(an));
        Table t = new Table(SC, "UA", 6);
        try (HandFedScreen h = new HandFedScreen()) {
            VirtualScreen v = h.v;
            h.l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", SC.brief("UA"), SC.info()));
            h.l.onMessage(t.state());
            Map<String, String> terms = SC.space().toTerms(wasteful);
            h.send(t.run(new Command.Propose("UA", 1, terms)));
            for (String p : List.of("RU", "US", "EU")) {
                h.send(t.run(new Command.Vote(p, 1, true)));
            }
            AgreementAnalysis a = an.assess(wasteful, 1);
            h.l.onMessage(new ServerMessage.GameOver(terms, 1, a.results(), SC.briefs(), a));
            String s = Dump.save("debrief-plain-wasteful", v.waitFor("DEBRIEF", 10_000));
            double more = a.nashUtilities().get("UA") - a.results().get("UA").utility();
            String joined = s.replaceAll("\\s*\n\\s*", " ");
            assertThat(joined).contains("Not Pareto-optimal: another package was better for at least one party and worse for none.")
                    .contains("The Nash package (the fairest split of the gains over no deal) would have given you "
                            + DebriefWords.moreOrLess(a.nashUtilities().get("UA"), a.results().get("UA").utility())
                            + " than what was agreed.")
                    .contains(Text.num(Math.abs(more)))
                    .doesNotContain("Welfare").doesNotContain("nearest of its");
            String winner = org.truce.shared.analysis.Scoring.winner(a.results());
            assertThat(winner).isNotNull();
            assertThat(joined).as("the winner gained the largest share of what it could").contains("Winner: "
                    + SC.info().party(winner).name() + " (" + Text.score(a.results().get(winner).score()) + "): gained "
                    + Math.round(a.results().get(winner).share()) + " % of what it could, the largest share.");

            v.key('2');
            String chart = Dump.save("debrief-plain-wasteful-chart", v.waitFor("no deal: what each party gets"));
            assertNoDealLines(chart);
            assertThat(chart).doesNotContain("▲");
        }
    }

    /** A draft that was the Nash package is named under the chart, and the outcome page says the agreement was it. */
    @Test
    @Timeout(30)
    void theNashDraftIsMarkedAndTheAgreementCalledFair() throws Exception {
        Analysis an = Analysis.of(SC);
        Table t = new Table(SC, "UA", 6);
        try (HandFedScreen h = new HandFedScreen()) {
            VirtualScreen v = h.v;
            h.l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", SC.brief("UA"), SC.info()));
            h.l.onMessage(t.state());
            h.send(t.run(new Command.Propose("UA", 1, t.firstOptions())));
            for (String p : List.of("RU", "US", "EU")) {
                h.send(t.run(new Command.Vote(p, 1, !p.equals("RU"))));
            }
            String pen = t.state().pen();
            Package nash = SC.space().decode(an.nash(2));
            Map<String, String> terms = SC.space().toTerms(nash);
            h.send(t.run(new Command.Propose(pen, 2, terms)));
            for (String p : List.of("RU", "US", "EU", "UA")) {
                if (!p.equals(pen)) {
                    h.send(t.run(new Command.Vote(p, 2, true)));
                }
            }
            AgreementAnalysis a = an.assess(nash, 2);
            h.l.onMessage(new ServerMessage.GameOver(terms, 2, a.results(), SC.briefs(), a));
            String s = Dump.save("debrief-plain-nash", v.waitFor("DEBRIEF", 10_000)).replaceAll("\\s*\n\\s*", " ");
            assertThat(s).contains("Pareto-optimal: no other package was better for some party without being worse for another.")
                    .contains("The agreement was the Nash package (the fairest split of the gains over no deal).")
                    .doesNotContain("Not Pareto");

            v.key('2');
            String chart = Dump.save("debrief-plain-nash-chart", v.waitFor("no deal: what each party gets"));
            String whose = pen.equals("UA") ? "your" : new org.truce.client.model.Names(SC.info()).possessive(pen);
            assertThat(chart.replaceAll("\\s*\n\\s*", " ")).contains("▲ The Nash package of its round: " + whose + " round-2 draft")
                    .contains("▲ the fairest split of the gains over no deal.")
                    .doesNotContain("round-1 draft");
            String axis = chart.lines().filter(l -> l.startsWith("    └")).findFirst().orElseThrow();
            String rounds = chart.lines().filter(l -> l.startsWith("Round")).findFirst().orElseThrow();
            assertThat(axis.indexOf('▲')).as("the mark under round 2:\n" + chart).isEqualTo(rounds.indexOf('2')).isPositive();
            assertThat(axis.chars().filter(c -> c == '▲').count()).isEqualTo(1);
            assertNoDealLines(chart);
        }
    }

    /** No deal, seen by a spectator: the unclaimed gains in words, and each party's difference with the Nash package. */
    @Test
    @Timeout(30)
    void noDealToASpectatorNamesTheGainsLeftUnclaimed() throws Exception {
        Analysis an = Analysis.of(SC);
        Table t = new Table(SC, null, 1);
        try (HandFedScreen h = new HandFedScreen()) {
            VirtualScreen v = h.v;
            h.l.onMessage(new ServerMessage.Spectating("ROOM", SC.info()));
            h.l.onMessage(t.state());
            h.send(t.run(new Command.Propose("UA", 1, t.firstOptions())));
            for (String p : List.of("RU", "US", "EU")) {
                h.send(t.run(new Command.Vote(p, 1, false)));
            }
            AgreementAnalysis a = an.assess(null, 1);
            h.l.onMessage(new ServerMessage.GameOver(null, 1, a.results(), SC.briefs(), a));
            String s = Dump.save("debrief-plain-nodeal", v.waitFor("DEBRIEF", 10_000)).replaceAll("\\s*\n\\s*", " ");
            assertThat(s).contains("No deal left gains unclaimed: some package was better than no deal for every party.")
                    .contains("would have given, compared with no deal: Ukraine "
                            + Text.score(a.nashUtilities().get("UA") - a.results().get("UA").utility()) + ", Russia ")
                    .doesNotContain("you").doesNotContain("Pareto-optimal:");
        }
    }

    /** The outcome page ends with the scenario's epilogue: its headline, what it means, and the caveat. */
    @Test
    @Timeout(30)
    void theOutcomeEndsWithTheEpilogueAsTheServerSentIt() throws Exception {
        Analysis an = Analysis.of(SC);
        Table t = new Table(SC, null, 1);
        try (HandFedScreen h = new HandFedScreen()) {
            VirtualScreen v = h.v;
            h.l.onMessage(new ServerMessage.Spectating("ROOM", SC.info()));
            h.l.onMessage(t.state());
            h.send(t.run(new Command.Propose("UA", 1, t.firstOptions())));
            for (String p : List.of("RU", "US", "EU")) {
                h.send(t.run(new Command.Vote(p, 1, false)));
            }
            AgreementAnalysis a = an.assess(null, 1);
            org.truce.shared.analysis.Epilogue e = org.truce.shared.analysis.Epilogue.of(SC, null);
            h.l.onMessage(new ServerMessage.GameOver(null, 1, a.results(), SC.briefs(), a, e));
            v.waitFor("DEBRIEF", 10_000);
            for (int i = 0; i < 30; i++) {
                v.key(com.googlecode.lanterna.input.KeyType.ArrowDown); // the epilogue closes the page
            }
            String s = Dump.save("debrief-epilogue", v.waitFor("WILL THE TRUCE HOLD?", 10_000)).replaceAll("\\s*\n\\s*", " ");
            assertThat(s).contains("WILL THE TRUCE HOLD?  " + e.headline()).contains("not a forecast");
        }
    }

    /** Every party's no-deal line ends in its digit at the chart's right: "····· 1". */
    private static void assertNoDealLines(String chart) {
        StringBuilder ends = new StringBuilder();
        Pattern end = Pattern.compile("·+ ([1-4]+)\\s*$");
        for (String line : chart.lines().toList()) {
            Matcher m = end.matcher(line);
            if (m.find()) {
                ends.append(m.group(1));
            }
        }
        char[] digits = ends.toString().toCharArray();
        java.util.Arrays.sort(digits);
        assertThat(new String(digits)).as("each party's no-deal line, named by its digit, in:\n" + chart).isEqualTo("1234");
    }

    /** A package no party's red line forbids that is not on the Pareto frontier. */
    private static int wastefulCode(Analysis an) {
        for (int code = 0; code < SC.space().size(); code++) {
            boolean feasible = true;
            for (int p = 0; p < SC.info().parties().size(); p++) {
                feasible &= an.utility(p, code) != Float.NEGATIVE_INFINITY;
            }
            if (feasible && !an.isParetoOptimal(code) && code != an.nash(1)) {
                return code;
            }
        }
        throw new AssertionError("no wasteful package in " + SC.id());
    }
}
