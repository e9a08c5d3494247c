package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.EngineServer;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The talk dialog counts against the server's 500-character limit and refuses, never cuts, a longer line. */
class TalkLimitTest {

    @Test
    @Timeout(30)
    void aLineOverTheLimitIsRefusedWithAWordAndSentOnceShortened() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("FR", "easy", 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            v.waitFor("France (you)", 15_000);
            v.key('t');
            assertThat(v.waitFor("▶ Everyone (public)")).contains("0/500 characters");
            v.type("ab");
            v.waitFor("2/500 characters");
            v.type("x".repeat(498)).type("yz");
            v.waitFor("Too long: 502 of 500 characters. Shorten it to send.");
            v.key(KeyType.Enter); // refused: the dialog stays, nothing is sent
            assertThat(v.waitFor("Too long: 502 of 500")).contains("Your message:");
            v.key(KeyType.Backspace).key(KeyType.Backspace);
            v.waitFor("500/500 characters");
            v.key(KeyType.Enter);
            v.waitForGone("Your message:", 5000);
            v.waitUntil("the whole line sent", t -> v.app().model().log().stream()
                    .anyMatch(e -> e.text().endsWith(": ab" + "x".repeat(498))), 5000);
        }
    }

    /** The tester's keys (issue 7): an emoji and a flag are each taken whole; no half-character is sent. */
    @Test
    @Timeout(30)
    void backspaceAndArrowsTakeWholeCharactersAndTheCountIsInCharacters() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "easy", 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            v.waitFor("Ukraine (you)", 15_000);
            v.key('t');
            v.waitFor("0/500 characters");
            v.type("a\uD83D\uDC4D"); // a👍, one key per UTF-16 unit as a terminal delivers it
            v.waitFor("2/500 characters");
            v.key(KeyType.Backspace);
            v.waitFor("1/500 characters");
            v.type("b\uD83C\uDDFA\uD83C\uDDE6"); // b🇺🇦: a flag is two characters (code points)
            v.waitFor("4/500 characters");
            v.key(KeyType.Backspace);
            v.waitFor("2/500 characters");
            v.key(KeyType.ArrowLeft).key('X');
            v.waitFor("3/500 characters");
            v.key(KeyType.Enter);
            v.waitForGone("Your message:", 5000);
            v.waitFor("Ukraine: aXb");
            assertThat(v.app().model().log()).anyMatch(e -> e.text().endsWith("Ukraine: aXb"));
            assertThat(v.app().model().log()).noneMatch(e -> e.text().chars().anyMatch(c -> Character.isSurrogate((char) c)));
        }
    }
}
