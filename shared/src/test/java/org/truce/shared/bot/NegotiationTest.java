package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.Utility;

/** The bots bargain by continuation value: what a rational party expects from going on. */
class NegotiationTest {

    private static Map<String, Bot> bots(Scenario s, String strategy) {
        Map<String, Bot> out = new LinkedHashMap<>();
        List<String> ids = s.info().partyIds();
        for (int i = 0; i < ids.size(); i++) {
            String p = ids.get(i);
            out.put(p, Bot.create(s.info(), s.brief(p), s.utility(p), strategy, Difficulty.NORMAL, 11 + i));
        }
        return out;
    }

    /** Plays rounds that fail (each pen holder tables its own best package, everyone else rejects) until {@code round}. */
    private static Game at(Scenario s, int rounds, int round) {
        Game g = new Game(s.info());
        g.start(rounds, 3);
        while (g.state().round() < round) {
            GameState st = g.state();
            String pen = st.pen();
            g.handle(new Command.Propose(pen, st.round(), s.space().toTerms(s.utility(pen).codesBestFirst()[0])));
            for (String p : s.info().partyIds()) {
                if (!p.equals(pen)) {
                    g.handle(new Command.Vote(p, st.round(), false));
                }
            }
        }
        return g;
    }

    /** Every bot knows every other party's utility and no-deal value exactly (after catching up with the table). */
    private static void inform(Scenario s, Map<String, Bot> bots, GameState state) {
        List<String> ids = s.info().partyIds();
        for (Bot b : bots.values()) {
            b.wouldAccept(state, s.space().decode(0)); // catches the model up first
            for (int j = 0; j < ids.size(); j++) {
                Utility u = s.utility(ids.get(j));
                double[][] c = new double[s.space().terms()][];
                for (int t = 0; t < c.length; t++) {
                    c[t] = new double[s.space().options(t)];
                    for (int o = 0; o < c[t].length; o++) {
                        c[t][o] = u.contribution(t, o);
                    }
                }
                b.model().know(j, c, u.noDeal());
            }
        }
    }

    @Test
    void continuationFallsToTheNoDealValueInTheLastRound() {
        Scenario s = TestScenarios.paris();
        Map<String, Bot> bots = bots(s, "linear");
        GameState last = at(s, 10, 10).state();
        GameState first = at(s, 10, 1).state();
        for (String p : s.info().partyIds()) {
            Negotiator n = (Negotiator) bots.get(p).strategy();
            int me = s.info().partyIndex(p);
            double noDealLast = s.utility(p).noDeal().valueAt(10);
            assertThat(n.continuation(last)[me]).as("%s's continuation in the last round", p).isEqualTo(noDealLast);
            assertThat(n.reservation(last)).isEqualTo(noDealLast + n.margin);
            assertThat(n.aspiration(last)).as("no holdout left in the last round").isEqualTo(n.reservation(last));
            // earlier, going on is worth at least the last round's no-deal value
            Negotiator fresh = (Negotiator) bots(s, "linear").get(p).strategy();
            assertThat(fresh.continuation(first)[me]).isGreaterThanOrEqualTo(noDealLast);
        }
    }

    @Test
    void aVoterAcceptsADraftWorthWhatItExpectsFromGoingOnAndRejectsOneBelow() {
        Scenario s = TestScenarios.paris();
        Bot ru = Bot.create(s.info(), s.brief("RU"), s.utility("RU"), "default", Difficulty.NORMAL, 5);
        GameState st = at(s, 10, 1).state();
        Negotiator n = (Negotiator) ru.strategy();
        Utility u = s.utility("RU");
        double aspiration = n.aspiration(st);
        assertThat(aspiration).isGreaterThanOrEqualTo(n.reservation(st));
        assertThat(n.reservation(st)).isGreaterThanOrEqualTo(n.continuation(st)[s.info().partyIndex("RU")]);
        assertThat(n.reservation(st)).isGreaterThanOrEqualTo(u.noDeal().valueAt(1));
        int[] codes = u.codesBestFirst();
        Package atIt = null;
        Package below = null;
        for (int i = codes.length - 1; i >= 0; i--) {
            double v = u.value(codes[i]);
            if (atIt == null && v >= aspiration) {
                atIt = s.space().decode(codes[i]);
            }
            if (v < aspiration && v >= u.noDeal().valueAt(1)) {
                below = s.space().decode(codes[i]);
            }
        }
        assertThat(ru.wouldAccept(st, atIt)).as("worth %.2f, aspiration %.2f", u.value(atIt), aspiration).isTrue();
        assertThat(ru.wouldAccept(st, below)).as("worth %.2f, aspiration %.2f", u.value(below), aspiration).isFalse();
    }

    @Test
    void thePenHoldersDraftPassesAmongInformedBotsAndIsParetoOptimal() {
        for (Scenario s : new Scenario[] {TestScenarios.paris(), TestScenarios.paris4()}) {
            // from mid-game on, when the zone of agreement has room for the pen holder's safety margin
            int rounds = s.info().rounds();
            for (int round : new int[] {rounds / 2, rounds - 1, rounds}) {
                Map<String, Bot> bots = bots(s, "linear");
                Game g = at(s, s.info().rounds(), round);
                inform(s, bots, g.state());
                String pen = g.state().pen();
                Command.Propose table = (Command.Propose) bots.get(pen).act(g.state()).command();
                Package p = s.space().fromTerms(table.terms(), null);
                Utility penU = s.utility(pen);
                Negotiator n = (Negotiator) bots.get(pen).strategy();
                assertThat(penU.value(p)).as("%s round %d: the pen gains over going on", s.id(), round)
                        .isGreaterThanOrEqualTo(n.reservation(g.state()));
                for (String voter : s.info().partyIds()) {
                    if (!voter.equals(pen)) {
                        assertThat(bots.get(voter).wouldAccept(g.state(), p)).as("%s round %d: %s accepts %s's draft",
                                s.id(), round, voter, pen).isTrue();
                    }
                }
                assertThat(Analysis.of(s).isParetoOptimal(s.space().encode(p)))
                        .as("%s round %d: %s's draft is Pareto-optimal", s.id(), round, pen).isTrue();
            }
        }
    }

    @Test
    void theSearchFindsTheBestPackageClearingEveryFloor() {
        Scenario s = TestScenarios.paris4();
        int parties = s.info().parties().size();
        int terms = s.space().terms();
        double[][][] util = new double[parties][terms][];
        int[] radix = new int[terms];
        int[] place = new int[terms];
        boolean[][] forbidden = new boolean[terms][];
        for (int t = 0; t < terms; t++) {
            radix[t] = s.space().options(t);
            place[t] = s.space().with(0, t, 1);
            forbidden[t] = new boolean[radix[t]];
        }
        for (int j = 0; j < parties; j++) {
            Utility u = s.utility(s.info().partyIds().get(j));
            for (int t = 0; t < terms; t++) {
                util[j][t] = new double[radix[t]];
                for (int o = 0; o < radix[t]; o++) {
                    util[j][t][o] = u.contribution(t, o);
                    forbidden[t][o] |= u.isRedLine(t, o);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 12; trial++) {
            int me = trial % parties;
            double[] floor = new double[parties];
            for (int j = 0; j < parties; j++) {
                floor[j] = j == me ? Double.NaN : 40 + 25 * random.nextDouble();
            }
            int found = PackageSearch.best(util, me, floor, forbidden, radix, place);
            int brute = -1;
            double bestObj = Double.NEGATIVE_INFINITY;
            for (int code = 0; code < s.space().size(); code++) {
                boolean ok = true;
                double obj = 0;
                for (int j = 0; j < parties && ok; j++) {
                    double v = 0;
                    for (int t = 0; t < terms; t++) {
                        int o = s.space().choice(code, t);
                        ok &= !forbidden[t][o];
                        v += util[j][t][o];
                    }
                    ok &= j == me || v >= floor[j] - 1e-9;
                    obj += j == me ? v : PackageSearch.TIE * v;
                }
                if (ok && obj > bestObj + 1e-12) {
                    bestObj = obj;
                    brute = code;
                }
            }
            assertThat(found).as("trial %d", trial).isEqualTo(brute);
        }
    }

    @Test
    void everyVoteIsAConstraintOnTheModelAndEveryDraftAHint() {
        Scenario s = TestScenarios.paris();
        Bot ua = Bot.create(s.info(), s.brief("UA"), s.utility("UA"), "default", Difficulty.NORMAL, 9);
        OpponentModel m = ua.model();
        int ru = s.info().partyIndex("RU");
        int us = s.info().partyIndex("US");
        // a draft the model thinks Russia takes and the US refuses
        int x = -1;
        for (int code = 0; code < s.space().size() && x < 0; code++) {
            if (m.predicted(ru, code) >= m.threshold(ru, 1) + 2 && m.predicted(us, code) < m.threshold(us, 1) - 2) {
                x = code;
            }
        }
        assertThat(x).as("a draft the prior gets wrong both ways").isNotNegative();
        double ruBefore = m.predicted(ru, x);
        double usBefore = m.predicted(us, x);
        Game g = new Game(s.info());
        g.start(10, 1);
        g.handle(new Command.Propose("UA", 1, s.space().toTerms(x)));
        for (String p : List.of("RU", "US", "FR", "UK", "DE")) {
            g.handle(new Command.Vote(p, 1, !p.equals("RU"))); // Russia rejects, the US accepts
        }
        assertThat(g.state().history().get(0).votes()).containsEntry("RU", VoteStatus.REJECTED);
        ua.wouldAccept(g.state(), s.space().decode(x));
        assertThat(m.predicted(ru, x)).as("a reject lowers what the draft is believed worth to Russia").isLessThan(ruBefore);
        assertThat(m.predicted(us, x)).as("an accept raises what it is believed worth to the US").isGreaterThan(usBefore);
        // Russia's own draft is a hint at what it likes
        int z = s.utility("RU").codesBestFirst()[0];
        double zBefore = m.predicted(ru, z);
        g.handle(new Command.Propose("RU", 2, s.space().toTerms(z)));
        ua.wouldAccept(g.state(), s.space().decode(z));
        assertThat(m.predicted(ru, z)).isGreaterThan(zBefore);
    }

    @Test
    void aFairPersonaRefusesALopsidedLateDraftItWouldTakeOnValueAlone() {
        Scenario s = TestScenarios.paris();
        GameState late = at(s, 10, 9).state();
        String me = s.info().partyIds().stream().filter(p -> !p.equals(late.pen())).findFirst().orElseThrow();
        Negotiator n = (Negotiator) Bot.create(s.info(), s.brief(me), s.utility(me), "default", Difficulty.NORMAL, 5).strategy();
        int refusedOnlyForFairness = 0;
        for (int code = 0; code < s.space().size(); code += 7) {
            Package p = s.space().decode(code);
            n.fairness = 0;
            boolean onValue = n.accept(late, p);
            n.fairness = 1.0;
            boolean fair = n.accept(late, p);
            assertThat(!fair || onValue).as("fairness only ever takes a yes away (package %d)", code).isTrue();
            if (onValue && !fair) {
                refusedOnlyForFairness++;
            }
        }
        assertThat(refusedOnlyForFairness).as("lopsided drafts %s takes on value but refuses as unfair", me).isPositive();
    }
}
