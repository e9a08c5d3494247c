package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.EngineServer;
import org.truce.shared.scenario.ScenarioLoader;
import org.truce.shared.scenario.Scenario;

/** A whole solo game driven by keystrokes on a headless 80×24 terminal, against the engine stand-in. */
class SoloGameTest {

    @Test
    @Timeout(30)
    void playsFromPartyChoiceToDebrief() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        playWholeGame(sc, EngineServer.connector(sc));
    }

    /** Party choice → difficulty → table → editor and votes until the debrief, then its three pages and quit. */
    static void playWholeGame(Scenario sc, org.truce.client.net.Connector connector) throws Exception {
        SoloFlow.Options opts = new SoloFlow.Options(null, null, 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, connector).begin())) {
            String s = Dump.save("party", v.waitFor("Whom will you represent?", 15_000));
            assertThat(s).contains("Ukraine").contains("Fighting for its survival").contains("Enter Play this party")
                    .contains("▶ Ukraine").contains("Red lines it declared in public").contains("✗ NATO membership");
            v.key(KeyType.Enter);
            Dump.save("difficulty", v.waitFor("How hard should they bargain?"));
            v.key(KeyType.Enter);
            s = v.waitFor("You hold the pen");
            Dump.save("table-pen", s);
            assertThat(s).contains("Round 1 of 6").contains("no deal now").contains("Votes:").contains("E Edit draft");
            for (int i = 0; i < 200 && !v.text().contains("DEBRIEF"); i++) {
                // wait for something that stays until we act: our pen, our vote, or the end
                String now = v.waitUntil("the pen, a vote or the debrief",
                        t -> t.contains("You hold the pen") || t.contains("Your vote: A") || t.contains("DEBRIEF"), 15_000);
                String round = round(now);
                if (now.contains("DEBRIEF")) {
                    break;
                } else if (now.contains("You hold the pen")) {
                    v.key('e');
                    String editor = Dump.save("editor", v.waitFor("WRITE YOUR DRAFT"));
                    // the key bar fits 80 columns whole: its last key is not cut
                    assertThat(editor.strip()).endsWith("Esc Back  ? Help");
                    v.key(KeyType.ArrowRight).key(KeyType.Enter);
                    v.waitFor("Table this draft?");
                    v.key('y');
                    // the draft is tabled once the pen prompt goes (or the round moves on, or the game ends)
                    v.waitUntil("the draft tabled", t -> !t.contains("Table this draft?")
                            && (!t.contains("You hold the pen") || !round.equals(round(t)) || t.contains("DEBRIEF")), 10_000);
                } else {
                    Dump.save("table-vote", now);
                    v.key('a');
                    String after = v.waitUntil("the vote taken", t -> t.contains("Accept it anyway?")
                            || !t.contains("Your vote: A") || !round.equals(round(t)) || t.contains("DEBRIEF"), 10_000);
                    if (after.contains("Accept it anyway?")) {
                        v.key('y');
                        v.waitUntil("the vote taken", t -> !t.contains("Accept it anyway?")
                                && (!t.contains("Your vote: A") || !round.equals(round(t)) || t.contains("DEBRIEF")), 10_000);
                    }
                }
            }
            s = v.waitFor("DEBRIEF");
            Dump.save("debrief", s);
            assertThat(s).contains("score").contains("(you)");
            v.key('2');
            assertThat(Dump.save("chart", v.waitFor("worth to each party"))).contains("1 Ukraine");
            v.key('3');
            assertThat(Dump.save("briefs", v.waitFor("◀ 1/6 ▶"))).contains("UKRAINE").contains("◀ 1/6 ▶");
            v.key(KeyType.ArrowRight);
            assertThat(v.waitFor("◀ 2/6 ▶")).contains("RUSSIA");
            v.key('q');
            v.waitFor("Leave the game and quit Truce?");
            v.key('y');
            assertThat(v.app().awaitQuit(2000)).isTrue();
        }
    }

    /** "Round N" from the table's header, or "" when none shows. */
    static String round(String screen) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Round (\\d+) of").matcher(screen);
        return m.find() ? m.group(1) : "";
    }

    /** Waits for the pen, opens the editor and tables the draft it starts from. */
    private static void tableTheStartingDraft(VirtualScreen v) throws InterruptedException {
        v.waitFor("You hold the pen", 15_000);
        v.key('e');
        v.waitFor("WRITE YOUR DRAFT");
        v.key(KeyType.Enter);
        v.waitFor("Table this draft?");
        v.key('y');
    }

    @Test
    @Timeout(30)
    void playsAgainFromTheDebriefWithTheSameSettings() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "easy", 3L, 1, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            tableTheStartingDraft(v);
            String s = v.waitFor("DEBRIEF", 10_000);
            assertThat(s).contains("N New game");
            v.key('n');
            s = v.waitFor("You hold the pen", 10_000);
            assertThat(s).contains("Round 1 of 1").contains("Ukraine (you)").contains("Welcome, Ukraine")
                    .doesNotContain("tabled a draft").doesNotContain("DEBRIEF");
        }
    }

    @Test
    @Timeout(20)
    void showsEnlargeMessageWhenTooSmallAndRecovers() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options(null, null, 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            v.waitFor("Whom will you represent?", 15_000);
            v.terminal.setTerminalSize(new TerminalSize(70, 20));
            v.waitFor("Please enlarge the terminal");
            v.terminal.setTerminalSize(new TerminalSize(100, 30));
            String s = v.waitFor("Whom will you represent?", 15_000);
            assertThat(s).doesNotContain("Please enlarge");
            v.key(KeyType.Enter).key(KeyType.Enter);
            s = v.waitFor("You hold the pen");
            assertThat(s.lines().filter(l -> l.contains("Talk & events")).findFirst().orElseThrow().length()).isGreaterThan(80);
        }
    }

    @Test
    @Timeout(20)
    void showsABannerWhileTheLinkIsDownAndTalksInPrivate() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("FR", "easy", 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            v.waitFor("France (you)", 15_000);
            // the bots talk as they move: once they all wait for France, the lines this test looks for stay in the log
            v.waitUntil("France to move", t -> BotsAtRest.yourMove(t, "FR"), 15_000);
            v.app().onLink(false, "connection lost", 2000);
            v.waitFor("⚠ Connection lost — reconnecting in 2 s");
            v.app().onLink(true, "back", 0);
            // the banner goes once the link-up reaches the GUI thread (not necessarily by the next frame)
            assertThat(v.waitForGone("Connection lost", 5000)).contains("T Talk");
            // the log says the table is live again
            v.waitUntil("the log says the link is back",
                    t -> v.app().model().log().stream().anyMatch(e -> e.text().equals("Back in touch with the server.")), 5000);
            v.key('t');
            v.waitFor("▶ Everyone (public)");
            v.key(KeyType.ArrowDown);
            assertThat(Dump.save("talk", v.waitFor("▶ Ukraine (private) · bot"))).contains("A bot answers what you ask");
            v.type("Hold firm on the force.").key(KeyType.Enter);
            v.waitFor("(private) You → Ukraine: Hold firm on the force.");
            // a bot's private answer reads as private and to you
            v.app().onMessage(new org.truce.shared.protocol.ServerMessage.Said("UA", "FR", "My first priority is the ceasefire line.", 1));
            v.waitFor("(private) Ukraine → you: My first priority is the ceasefire line.");
            v.key('?');
            assertThat(v.waitFor("THE NEGOTIATION TABLE")).contains("accept the draft");
            assertThat(v.text()).contains("Bots answer a private question");
            v.key(KeyType.Escape);
            v.key('b');
            assertThat(v.waitFor("Your brief: France")).contains("NO DEAL");
        }
    }

    @Test
    @Timeout(30)
    void aFailedRoundSaysWhoRejectedYourDraftUntilYourNextMove() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "hard", 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts, EngineServer.connector(sc)).begin())) {
            tableTheStartingDraft(v);
            String s = Dump.save("table-round-summary", v.waitFor("✗ Round 1: your draft was rejected by", 10_000));
            String line = s.lines().filter(l -> l.startsWith("✗ Round 1")).findFirst().orElseThrow();
            assertThat(line).contains("RU");
            assertThat(line.length()).isLessThanOrEqualTo(80);
            v.waitFor("Your vote: A", 10_000);
            v.key('r');
            s = v.waitFor("✗ Round 2: Russia's draft was rejected by UA (you)", 10_000);
            assertThat(s).doesNotContain("✗ Round 1");
        }
    }
}
