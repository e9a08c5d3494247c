package org.truce.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;

/** The 500-character chat limit counts characters (code points) as users do: an emoji is one. */
class ChatLengthTest {
    private static final String THUMB = "\uD83D\uDC4D";

    private static Outcome say(String text) {
        Game game = new Game(TestScenarios.paris().info());
        game.start(3, 42);
        return game.handle(new Command.Say("UA", "all", text));
    }

    @Test
    void fiveHundredCodePointsAreAMessageAndFiveHundredAndOneAreNot() {
        String line = "x".repeat(Rules.MAX_TEXT - 1) + THUMB; // 500 characters, 501 UTF-16 units
        Outcome ok = say(line);
        assertThat(ok.rejection()).isNull();
        assertThat(((Event.Said) ok.events().get(0)).text()).isEqualTo(line);
        assertThat(say(THUMB.repeat(Rules.MAX_TEXT)).rejection()).isNull();

        Outcome over = say(THUMB.repeat(Rules.MAX_TEXT + 1));
        assertThat(over.rejection().reason()).isEqualTo(RejectReason.BAD_TEXT);
        assertThat(over.rejection().message()).isEqualTo("a message needs 1 to 500 characters");
        assertThat(say("x".repeat(Rules.MAX_TEXT) + THUMB).rejection().reason()).isEqualTo(RejectReason.BAD_TEXT);
    }

    @Test
    void aLineThatShowsNothingIsToldSoWhateverItsBlanks() {
        for (String blank : new String[] {"\u3000", "   ", "\u00A0", "\u2800", "\u200B", " \u3000\u200B "}) {
            assertThat(say(blank).rejection().message()).as(blank).isEqualTo("a message needs a visible character (it has only blank ones)");
        }
        assertThat(say("").rejection().message()).isEqualTo("a message needs 1 to 500 characters");
    }
}
