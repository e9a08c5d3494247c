package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.Utility;

/** A stand-in keeps an absent player's seat in the seat's interest: a draft better than no deal is taken, never one across a red line. */
class StandInTest {
    private final Scenario s = TestScenarios.paris4();
    private final Utility us = s.utility("US");

    /** The vote of a new bot for US on UA's round-1 draft {@code p}. */
    private boolean vote(boolean standIn, Package p) {
        Game game = new Game(s.info());
        Bot bot = standIn ? Bot.standIn(s.info(), s.brief("US"), us, Difficulty.NORMAL, 7)
                : Bot.create(s.info(), s.brief("US"), us, "default", Difficulty.NORMAL, 7);
        bot.observe(game.start(6, 7));
        for (Event e : game.handle(new Command.Propose("UA", 1, s.space().toTerms(p))).events()) {
            bot.observe(e);
        }
        return ((Command.Vote) bot.act(game.state()).command()).accept();
    }

    @Test
    void aStandInAcceptsADraftWorthMoreThanNoDealThatThePersonaWouldHoldOutOn() {
        double noDeal = us.noDeal().valueAt(1);
        Package found = null;
        int[] best = us.codesBestFirst();
        // the persona holds out for its margin over its continuation value: look just above no deal
        for (int i = best.length - 1; i >= 0 && found == null; i--) {
            double v = us.value(best[i]);
            if (v > noDeal && v <= noDeal + 30 && !vote(false, s.space().decode(best[i]))) {
                found = s.space().decode(best[i]);
            }
        }
        assertThat(found).as("a draft above no deal (by at most 30) that the US persona rejects in round 1").isNotNull();
        Bot standIn = Bot.standIn(s.info(), s.brief("US"), us, Difficulty.NORMAL, 7);
        assertThat(standIn.isStandIn()).isTrue();
        assertThat(vote(true, found)).as("worth %+.1f to the US: the stand-in takes it", us.value(found) - noDeal).isTrue();
    }

    /** What a bot for US says: on UA's draft {@code p} in round 1, then as US's pen in round 2, then to UA in private. */
    private java.util.List<String> lines(boolean standIn, Package p) {
        Game game = new Game(s.info());
        Bot bot = standIn ? Bot.standIn(s.info(), s.brief("US"), us, Difficulty.NORMAL, 7)
                : Bot.create(s.info(), s.brief("US"), us, "default", Difficulty.NORMAL, 7);
        java.util.List<String> out = new java.util.ArrayList<>();
        bot.observe(game.start(6, 7));
        for (Event e : game.handle(new Command.Propose("UA", 1, s.space().toTerms(p))).events()) {
            bot.observe(e);
        }
        BotAction vote = bot.act(game.state());
        out.add(vote.line());
        for (Event e : game.handle(vote.command()).events()) {
            bot.observe(e);
        }
        for (String other : java.util.List.of("RU", "EU")) {
            for (Event e : game.handle(new Command.Vote(other, 1, false)).events()) {
                bot.observe(e);
            }
        }
        assertThat(game.state().pen()).isEqualTo("RU");
        for (Event e : game.handle(new Command.Propose("RU", 2, s.space().toTerms(p))).events()) {
            bot.observe(e);
        }
        out.add(bot.reply(new Event.Said(2, "UA", "US", "what do you need?"), game.state()));
        return out;
    }

    @Test
    void aStandInSpeaksAsACaretakerNeverInTheAbsentPlayersVoice() {
        Package p = s.space().decode(us.codesBestFirst()[us.codesBestFirst().length - 1]);
        java.util.List<String> said = lines(true, p);
        assertThat(said).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("Standing in for the United States while its player is away: "));
        assertThat(said.get(0)).endsWith(", so it is rejected.");
        assertThat(said.get(1)).isEqualTo("Standing in for the United States while its player is away: "
                + "I only keep the seat; its player answers for it when they are back.");
        assertThat(lines(false, p)).noneMatch(l -> l != null && l.startsWith("Standing in"));
    }

    @Test
    void aStandInStillRejectsBelowNoDealOrAcrossARedLine() {
        double noDeal = us.noDeal().valueAt(1);
        int[] best = us.codesBestFirst();
        Package below = null;
        for (int i = best.length - 1; i >= 0 && below == null; i--) {
            if (us.value(best[i]) < noDeal) {
                below = s.space().decode(best[i]);
            }
        }
        assertThat(below).isNotNull();
        assertThat(vote(true, below)).isFalse();
        Package red = null;
        for (int code = 0; code < s.space().size() && red == null; code++) {
            Package p = s.space().decode(code);
            if (us.crossesRedLine(p)) {
                red = p;
            }
        }
        if (red != null) {
            assertThat(vote(true, red)).isFalse();
        }
    }
}
