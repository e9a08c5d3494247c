package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Scenario;

/** A bot answers a private message in character, never word for word the same twice, and never a public one here. */
class BotReplyTest {
    private final Scenario s = TestScenarios.paris();

    @Test
    void answersPrivatelyWithoutRepeatingItself() {
        Bot ru = Bot.create(s.info(), s.brief("RU"), s.utility("RU"), "default", Difficulty.NORMAL, 3);
        Game g = new Game(s.info());
        g.start(10, 3);
        Event.Said toRussia = new Event.Said(1, "UA", "RU", "What do you really need?");
        String reply = ru.reply(toRussia, g.state());
        assertThat(reply).isNotBlank().contains("the ceasefire line");
        ru.observe(new Event.Said(1, "RU", "UA", reply));
        String again = ru.reply(toRussia, g.state());
        assertThat(again).as("asked again: other words, never the same line").isNotBlank().isNotEqualTo(reply);
        assertThat(ru.reply(new Event.Said(1, "US", "RU", "And to me?"), g.state())).isNotBlank();
        assertThat(ru.reply(new Event.Said(1, "UA", "all", "Everyone?"), g.state())).isNull();
        assertThat(ru.reply(new Event.Said(1, "UA", "US", "Not for Russia"), g.state())).isNull();

        // with a draft on the table the bot says how far it is from what it can sign
        g.handle(new Command.Propose("UA", 1, s.space().toTerms(s.utility("UA").codesBestFirst()[0])));
        g.handle(new Command.Vote("RU", 1, false));
        for (String p : new String[] {"US", "FR", "UK", "DE"}) {
            g.handle(new Command.Vote(p, 1, false));
        }
        String later = ru.reply(new Event.Said(2, "UA", "RU", "Shall we have lunch?"), g.state());
        assertThat(later).as("a question it cannot read gets what it can be asked").contains("Ask me what we need on a term");
        String draft = ru.reply(new Event.Said(2, "UA", "RU", "Would you accept the last draft?"), g.state());
        assertThat(draft).contains("red line for us");
    }
}
