package org.truce.shared.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

class AnalysisTest {
    /**
     * Two parties, two terms of two options: four packages, checked by hand.
     * A: weights 3:1, scores x: p=100 q=0, y: p=0 q=100 -> pp=75 pq=75... see below.
     */
    private static final String TINY = """
            {"id": "tiny", "title": "Tiny", "rounds": 2,
             "terms": [
               {"id": "x", "name": "X", "options": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}]},
               {"id": "y", "name": "Y", "options": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}]}],
             "parties": [
               {"id": "AA", "name": "A", "brief": "A wants p.", "weights": {"x": 3, "y": 1},
                "scores": {"x": {"p": 100, "q": 0}, "y": {"p": 100, "q": 0}},
                "noDeal": {"start": 20, "perRound": 10}},
               {"id": "BB", "name": "B", "brief": "B wants q.", "weights": {"x": 1, "y": 3},
                "scores": {"x": {"p": 0, "q": 100}, "y": {"p": 0, "q": 60}},
                "redLines": [{"term": "y", "option": "p"}],
                "noDeal": {"start": 10, "perRound": 0}}]}
            """;
    // Utilities (A, B) by package xy: pp=(100, -inf: B's red line), pq=(75, 45), qp=(25, -inf), qq=(0, 70).
    // Feasible: pq and qq; neither dominates the other, so both are Pareto-optimal.
    // Nash, round 1 (d = 20, 10): pq -> (55)(35)=1925; qq -> A gains -20: excluded. Nash = pq.
    // Round 2 (d = 10, 10): pq -> 65*35 = 2275, qq excluded. Nash = pq.

    private static Scenario tiny() throws Exception {
        return ScenarioLoader.parse(TINY, "tiny");
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedAnalysesSoNewsCannotFillTheMemory() throws Exception {
        Scenario base = tiny();
        Analysis first = Analysis.of(base);
        for (int i = 0; i < Analysis.CACHED * 3; i++) {
            // what a room does after each inject: a new scenario object, analysed at the game's end
            Analysis.of(base.after(java.util.List.of(new Scenario.Fired("news " + i, 1, java.util.Map.of()))));
            assertThat(Analysis.of(base)).isSameAs(first); // the loaded one stays, as it is used often
        }
        assertThat(Analysis.cached()).isLessThanOrEqualTo(Analysis.CACHED);
    }

    @Test
    void paretoFrontierAndNashOnAHandCheckedScenario() throws Exception {
        Scenario s = tiny();
        Analysis a = Analysis.of(s);
        int pq = s.space().encode(new Package(0, 1));
        int qq = s.space().encode(new Package(1, 1));
        assertThat(a.feasibleCount()).isEqualTo(2);
        assertThat(a.utility(0, pq)).isEqualTo(75f);
        assertThat(a.utility(1, pq)).isEqualTo(45f);
        assertThat(a.utility(1, qq)).isEqualTo(70f);
        assertThat(Arrays.stream(a.paretoFrontier()).boxed()).containsExactlyInAnyOrder(pq, qq);
        assertThat(a.nash(1)).isEqualTo(pq);
        assertThat(a.zoneSize(1)).isEqualTo(1);
    }

    @Test
    void assessingAnAgreementGivesScoresAndDistances() throws Exception {
        Scenario s = tiny();
        AgreementAnalysis r = Analysis.of(s).assess(new Package(1, 1), 1);
        // shares of the ideal gains (round 1: only pq leaves both their no-deal value, so the ideals are 75 and 45):
        // A lost 20 of a possible 55 (-36.36 %); B gained 60 of 35 (171.43 %: qq is below A's no-deal value)
        assertThat(r.results().get("AA")).isEqualTo(new PartyResult(0, 20, -20, -36.36));
        assertThat(r.results().get("BB")).isEqualTo(new PartyResult(70, 10, 60, 171.43));
        assertThat(r.paretoOptimal()).isTrue();
        assertThat(r.distanceToPareto()).isZero();
        // from (0, 70) to Nash pq (75, 45): sqrt(75^2 + 25^2) = 79.06
        assertThat(r.distanceToNash()).isEqualTo(79.06);
        assertThat(r.nash()).containsEntry("x", "p").containsEntry("y", "q");
        assertThat(r.socialWelfare()).isEqualTo(70.0);

        AgreementAnalysis none = Analysis.of(s).assess(null, 2);
        // no deal after round 2: the no-deal values of round 2, A 10 and B 10; scores 0
        assertThat(none.results().get("AA")).isEqualTo(new PartyResult(10, 10, 0, 0));
        assertThat(none.results().get("BB")).isEqualTo(new PartyResult(10, 10, 0, 0));
        assertThat(none.paretoOptimal()).isFalse();
        // nearest frontier point to (10, 10) is qq (0, 70): sqrt(100 + 3600) = 60.83
        assertThat(none.distanceToPareto()).isEqualTo(60.83);
    }

    @Test
    void theWinnerGainedTheLargestShareOfWhatItCouldNotTheMostPoints() throws Exception {
        // the ideal is the most a party gets from a package that leaves everyone its no-deal value
        // (Kalai-Smorodinsky), not its best package: A's pp (100) crosses B's red line, qq leaves A below 20
        assertThat(Scoring.ideals(tiny(), 1)).containsExactly(75.0, 45.0);
        // pq in round 1 is both ideals at once: each gains all it could, a tie at the top
        java.util.Map<String, PartyResult> pq = Scoring.results(tiny(), new Package(0, 1), 1);
        assertThat(pq.get("AA").share()).isEqualTo(100.0);
        assertThat(pq.get("BB").share()).isEqualTo(100.0);
        assertThat(Scoring.winner(pq)).isNull();
        // more points, smaller share: the share wins
        java.util.Map<String, PartyResult> r = new java.util.LinkedHashMap<>();
        r.put("AA", new PartyResult(80, 20, 60, 60));
        r.put("BB", new PartyResult(40, 10, 30, 75));
        assertThat(Scoring.winner(r)).isEqualTo("BB");
        r.put("CC", new PartyResult(40, 10, 30, 75));
        assertThat(Scoring.winner(r)).as("a tie at the top").isNull();
        assertThat(Scoring.winner(Scoring.results(tiny(), null, 2))).as("no deal: nobody gained").isNull();
    }

    @Test
    void aDominatedPackageIsNotParetoOptimal() throws Exception {
        String json = TINY.replace("\"y\": {\"p\": 0, \"q\": 60}", "\"y\": {\"p\": 0, \"q\": 40}")
                .replace("\"scores\": {\"x\": {\"p\": 0, \"q\": 100}", "\"scores\": {\"x\": {\"p\": 40, \"q\": 30}");
        Scenario s = ScenarioLoader.parse(json, "tiny2");
        // B: pq = 0.25*40 + 0.75*40 = 40, qq = 0.25*30 + 0.75*40 = 37.5; A: pq 75 > qq 0 -> pq dominates qq
        Analysis a = Analysis.of(s);
        assertThat(Arrays.stream(a.paretoFrontier()).boxed()).containsExactly(s.space().encode(new Package(0, 1)));
        assertThat(a.isParetoOptimal(s.space().encode(new Package(1, 1)))).isFalse();
    }

    @Test
    void theFullSpaceIsSearchedAndTheNashSolutionIsNobodysIdeal() {
        Scenario s = TestScenarios.paris();
        Analysis a = Analysis.of(s);
        assertThat(a.paretoFrontier()).isNotEmpty();
        for (int round = 1; round <= 10; round++) {
            int nash = a.nash(round);
            assertThat(nash).as("a Nash solution exists in round %d", round).isNotNegative();
            for (int p = 0; p < s.parties().size(); p++) {
                assertThat(nash).isNotEqualTo(a.ideal(p));
            }
            assertThat(a.isParetoOptimal(nash)).isTrue();
        }
    }
}
