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
            assertThat(s.utility(d.by()).crossesRedLine(d.pkg()))
                    .as("%s tabled %s across its own red line", d.by(), d.pkg()).isFalse();
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

    @Property(tries = 20)
    void aBotNeverHearsPrivateChatBetweenOthers(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        Scenario s = TestScenarios.paris();
        Bot ru = Bot.create(s.info(), s.brief("RU"), s.utility("RU"), "modeller", Difficulty.NORMAL, seed);
        Bot copy = Bot.create(s.info(), s.brief("RU"), s.utility("RU"), "modeller", Difficulty.NORMAL, seed);
        Game g = new Game(s.info());
        ru.observe(g.start(10, seed));
        copy.observe(g.events().get(0));
        ru.observe(new Event.Said(1, "UA", "US", "secret: our real floor on NATO is b"));
        // the bot that was shown someone else's private message acts exactly like one that was not
        assertThat(ru.act(g.state())).isNull();
        g.handle(new org.truce.shared.engine.Command.Propose("UA", 1, s.space().toTerms(0)));
        assertThat(ru.act(g.state())).isEqualTo(copy.act(g.state()));
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
