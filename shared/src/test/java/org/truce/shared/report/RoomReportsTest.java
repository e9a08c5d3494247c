package org.truce.shared.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The report model on engine games: the plain-words sentence, the no-deal reason, the class view and its CSV. */
class RoomReportsTest {
    private final Scenario s = load();

    private static Scenario load() {
        try {
            return ScenarioLoader.builtIn("paris-summit");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void play(Game g, Map<String, String> terms, boolean reject) {
        int round = g.state().round();
        assertTrue(g.handle(new Command.Propose(g.state().pen(), round, terms)).isAccepted());
        List<String> voters = List.copyOf(g.state().pendingVoters());
        for (String p : voters) {
            assertTrue(g.handle(new Command.Vote(p, round, !(reject && p.equals(voters.get(0))))).isAccepted());
        }
    }

    /** A feasible package every party likes less than the Nash package, and by how much at least. */
    private int dominatedByNash(Analysis a, int nash, double[] gain) {
        int parties = s.info().partyIds().size();
        double best = 0;
        int found = -1;
        for (int code = 0; code < s.space().size(); code++) {
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < parties; i++) {
                if (a.utility(i, code) == Float.NEGATIVE_INFINITY) {
                    min = 0; // across a red line: not a package to compare with
                }
                min = Math.min(min, a.utility(i, nash) - a.utility(i, code));
            }
            if (min > best && min < Double.POSITIVE_INFINITY) {
                best = min;
                found = code;
            }
        }
        gain[0] = best;
        return found;
    }

    @Test
    void aDominatingTabledDraftIsNamedWithItsRoundAndAuthor() {
        Analysis a = Analysis.of(s);
        int nash = a.nash(1);
        double[] gain = new double[1];
        int worse = dominatedByNash(a, nash, gain);
        assertTrue(worse >= 0);
        Game g = new Game(s.info());
        g.start(6, 1);
        String author = g.state().pen();
        play(g, s.space().toTerms(nash), true);
        play(g, s.space().toTerms(worse), false);
        RoomReport r = RoomReports.build("ROOMA", s, g.events(), Map.of());
        assertTrue(r.deal());
        assertFalse(r.paretoOptimal());
        assertTrue(r.explanation().startsWith("Every party could have gained at least "
                + Explanations.num(gain[0]) + " points with "), r.explanation());
        assertTrue(r.explanation().contains("that package was tabled by " + s.info().party(author).name() + " in round 1."),
                r.explanation());
        assertEquals(Scoring.results(s, g.state().agreement(), 2).get(author).score(),
                r.parties().stream().filter(p -> p.id().equals(author)).findFirst().orElseThrow().score());
        assertEquals("rejected", r.drafts().get(0).result());
        assertEquals("agreed", r.drafts().get(1).result());
    }

    @Test
    void noDealSaysWhoRejectedAndTheClassViewCountsIt() {
        Analysis a = Analysis.of(s);
        Game g = new Game(s.info());
        g.start(1, 2);
        play(g, s.space().toTerms(a.nash(1)), true);
        RoomReport r = RoomReports.build("ROOMB", s, g.events(), Map.of("UA", "Ana, \"the\" envoy"));
        assertFalse(r.deal());
        assertEquals(1, r.noDeal().rejectedBy().size());
        String rejecter = r.noDeal().rejectedBy().get(0);
        assertEquals(Scoring.round2(a.utility(s.info().partyIndex(rejecter), a.nash(1))), r.noDeal().worth().get(rejecter));
        String md = ReportMarkdown.room(r);
        assertTrue(md.contains("was turned down by " + s.info().party(rejecter).name()), md);
        assertFalse(md.contains("NaN") || ReportFormats.json(r).contains("NaN"));
        JsonParser.parseString(ReportFormats.json(r));

        Game d = new Game(s.info());
        d.start(6, 3);
        play(d, s.space().toTerms(a.nash(1)), false);
        ClassReport c = ClassReport.of(List.of(r, RoomReports.build("ROOMC", s, d.events(), Map.of())));
        assertEquals(s.terms().size(), c.terms().size());
        assertTrue(c.rooms().get(0).options().isEmpty());
        assertEquals(s.space().toTerms(a.nash(1)), c.rooms().get(1).options());
        String[] lines = ReportFormats.csv(c).split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("ROOMB,paris-summit,false,1,,"), lines[1]);
        JsonParser.parseString(ReportFormats.json(c));
    }
}
