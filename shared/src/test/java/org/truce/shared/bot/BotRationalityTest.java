package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.Utility;
import org.truce.shared.sim.Match;

/** Bots never accept below their no-deal value or across a red line, and never table across their own red lines. */
class BotRationalityTest {

    @Provide
    Arbitrary<String> strategies() {
        return Arbitraries.of(Bot.STRATEGIES);
    }

    @Property(tries = 60)
    void botsAreIndividuallyRational(@ForAll @LongRange(min = 0, max = 10_000_000) long seed,
                                     @ForAll("strategies") String ua, @ForAll("strategies") String ru,
                                     @ForAll("strategies") String others, @ForAll Difficulty difficulty,
                                     @ForAll boolean fourSeats) {
        Scenario s = fourSeats ? TestScenarios.paris4() : TestScenarios.paris();
        Map<String, String> bots = fourSeats
                ? Map.of("UA", ua, "RU", ru, "US", others, "EU", others)
                : Map.of("UA", ua, "RU", ru, "US", others, "FR", others, "UK", ua, "DE", ru);
        Game game = Match.play(s, bots, difficulty, s.info().rounds(), seed);
        for (RoundRecord r : game.state().history()) {
            Draft d = r.draft();
            if (d == null) {
                continue;
            }
            Utility pen = s.utility(d.by());
            assertThat(pen.crossesRedLine(d.pkg()))
                    .as("%s tabled %s across its own red line", d.by(), d.pkg()).isFalse();
            if (!d.automatic()) {
                // the pen holder accepts what it tables: never below its no-deal value (unless nothing is above it)
                assertThat(pen.value(d.pkg())).as("%s tabled below its no-deal value in round %d", d.by(), r.round())
                        .isGreaterThanOrEqualTo(Math.min(pen.noDeal().valueAt(r.round()), pen.best()));
            }
            r.votes().forEach((party, vote) -> {
                if (vote == VoteStatus.ACCEPTED && !party.equals(d.by())) {
                    Utility u = s.utility(party);
                    assertThat(u.crossesRedLine(d.pkg())).as("%s accepted across a red line", party).isFalse();
                    assertThat(u.value(d.pkg())).as("%s accepted below its no-deal value in round %d", party, r.round())
                            .isGreaterThanOrEqualTo(u.noDeal().valueAt(r.round()));
                }
            });
        }
        // bots speak in character when they table
        assertThat(game.events()).anySatisfy(e -> assertThat(e).isInstanceOf(Event.Said.class));
    }

    @org.junit.jupiter.api.Test
    void aBotNeverHearsPrivateChatBetweenOthers() {
        Scenario s = TestScenarios.paris();
        Bot ru = Bot.create(s.info(), s.brief("RU"), s.utility("RU"), "modeller", Difficulty.NORMAL, 1);
        Event.Said secret = new Event.Said(1, "UA", "US", "secret: our real floor on NATO is b");
        Event.Said toRussia = new Event.Said(1, "UA", "RU", "and you?");
        Event.Said toAll = new Event.Said(1, "US", "all", "hello everyone");
        ru.observe(secret);
        ru.observe(toRussia);
        ru.observe(toAll);
        assertThat(ru.heard()).containsExactly(toRussia, toAll);
    }

    /** A bot rebuilt from scratch at any point of a game (a server restart, a stand-in) decides exactly as the original. */
    @Property(tries = 25)
    void aBotRebuiltMidGameDecidesAsTheOriginal(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                               @ForAll("strategies") String strategy, @ForAll Difficulty difficulty) {
        Scenario s = TestScenarios.paris();
        Map<String, String> bots = Map.of("UA", strategy, "RU", strategy, "US", strategy, "FR", strategy, "UK", strategy, "DE", strategy);
        Game played = Match.play(s, bots, difficulty, 10, seed);
        Game replay = new Game(s.info());
        java.util.List<String> ids = s.info().partyIds();
        for (Event e : played.events()) {
            String actor = e instanceof Event.Tabled t && !t.automatic() ? t.by()
                    : e instanceof Event.Voted v && !v.automatic() ? v.party() : null;
            if (actor != null) {
                Bot fresh = Bot.create(s.info(), s.brief(actor), s.utility(actor), strategy, difficulty,
                        seed * 31 + ids.indexOf(actor));
                replay.events().forEach(fresh::observe); // as the server rebuilds one: from the event log
                org.truce.shared.engine.Command c = fresh.act(replay.state()).command();
                if (e instanceof Event.Tabled t) {
                    assertThat(c).isEqualTo(new org.truce.shared.engine.Command.Propose(t.by(), t.round(), t.terms()));
                } else {
                    Event.Voted v = (Event.Voted) e;
                    assertThat(c).isEqualTo(new org.truce.shared.engine.Command.Vote(v.party(), v.round(), v.accept()));
                }
            }
            if (e instanceof Event.GameStarted g) {
                replay.start(g.rounds(), g.seed());
            } else {
                replay = Game.replay(s.info(), appended(replay.events(), e));
            }
        }
    }

    private static java.util.List<Event> appended(java.util.List<Event> events, Event e) {
        java.util.List<Event> out = new java.util.ArrayList<>(events);
        out.add(e);
        return out;
    }

    @Property(tries = 10)
    void unknownStrategiesAreRefusedByName(@ForAll("strategies") String known) {
        Scenario s = TestScenarios.paris();
        assertThat(Bot.create(s.info(), s.brief("US"), s.utility("US"), known, Difficulty.EASY, 1).strategyId()).isEqualTo(known);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        Bot.create(s.info(), s.brief("US"), s.utility("US"), "bully", Difficulty.EASY, 1))
                .hasMessageContaining("unknown strategy 'bully'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        Bot.create(s.info(), s.brief("US"), s.utility("RU"), known, Difficulty.EASY, 1))
                .hasMessageContaining("different parties");
    }
}
