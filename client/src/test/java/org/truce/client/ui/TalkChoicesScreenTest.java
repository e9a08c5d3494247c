package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.shared.bot.TalkText;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.ScenarioLoader;

/** The talk dialog's structured choices write the canonical line a bot understands, and the bot answers it. */
class TalkChoicesScreenTest {

    @Test
    @Timeout(30)
    void choosingAnIntentATermAndAnOptionWritesTheLineAndTheBotAnswersIt() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        ScenarioInfo info = sc.info();
        SoloFlow.Options opts = new SoloFlow.Options("FR", "easy", 3L, 6, 0, 0, 0);
        try (org.truce.client.solo.SoloServer server = org.truce.client.solo.SoloServer.start(0, null);
             VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, info, opts, org.truce.client.net.Connector.tcp(
                     server.address().getHostString(), server.address().getPort())).begin())) {
            v.waitFor("France (you)", 15_000);
            v.waitUntil("France to move", t -> BotsAtRest.yourMove(t, "FR"), 15_000);
            v.key('t');
            v.waitFor("▶ Everyone (public)");
            v.key(KeyType.ArrowDown); // to Ukraine, a bot
            v.waitFor("▶ Ukraine (private) · bot");
            v.key(KeyType.Tab);
            v.waitFor("▶ Ask: Your own words");
            v.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowDown);
            v.waitFor("▶ Ask: Would you accept an option?");
            v.key(KeyType.Tab).key(KeyType.ArrowDown);
            v.waitFor("▶ Term: " + info.terms().get(1).name());
            v.key(KeyType.Tab).key(KeyType.ArrowDown);
            String screen = v.waitFor("▶ Option: b (" + info.terms().get(1).option(1).label() + ")");
            assertThat(screen).contains("Ask: Would you accept an option?");
            v.key(KeyType.Enter);
            v.waitForGone("Your message:", 5000);
            String line = TalkText.acceptOption(info, "UA", 1, 1);
            assertThat(line).isEqualTo("Ukraine, would you accept Legal form of the guarantees b (Politically binding declaration)?");
            v.waitUntil("the line sent", t -> v.app().model().log().stream().anyMatch(e -> e.text().endsWith(line)), 5000);
            v.waitUntil("Ukraine's answer about the legal form", t -> v.app().model().log().stream()
                    .anyMatch(e -> e.text().contains("Ukraine → you") && e.text().contains("the legal form of the guarantees")), 10_000);
        }
    }

    @Test
    void everyIntentWritesItsCanonicalLine() throws Exception {
        ScenarioInfo info = ScenarioLoader.builtIn("paris-summit").info();
        Package p = new Package(2, 2, 1, 2, 2, 2, 2, 1, 1);
        TalkChoices c = new TalkChoices(info, p);
        assertThat(c.text("RU")).as("own words: left as typed").isNull();
        c.step(0, 1);
        c.step(1, 7); // NATO
        assertThat(c.text("RU")).isEqualTo(TalkText.needs(info, "RU", 7));
        c.step(0, 1);
        assertThat(c.text("all")).isEqualTo("All, what matters most to you?");
        c.step(0, 3);
        assertThat(c.text("RU")).isEqualTo(TalkText.acceptPackage(info, "RU", p));
        c.step(0, 1); // trade: give sanctions b for NATO c
        c.step(1, 1); // from NATO to sanctions
        c.step(2, 1);
        c.step(3, 6);
        c.step(4, 2);
        assertThat(c.rows()).contains("I give, on: Sanctions on Russia", "If you accept, on: NATO membership");
        assertThat(c.text("RU")).isEqualTo(TalkText.trade(info, "RU", 8, 1, 7, 2));
        c.step(0, 1);
        assertThat(c.text("RU")).isEqualTo("Russia, I promise to vote for the draft on the table.");
        c.step(0, -7);
        assertThat(c.text("RU")).isNull();
    }

    @Test
    @Timeout(30)
    void theEditorAsksABotAboutThePackageBeingEdited() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        ScenarioInfo info = sc.info();
        SoloFlow.Options opts = new SoloFlow.Options("UA", "easy", 3L, 6, 0, 0, 0);
        try (org.truce.client.solo.SoloServer server = org.truce.client.solo.SoloServer.start(0, null);
             VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, info, opts, org.truce.client.net.Connector.tcp(
                     server.address().getHostString(), server.address().getPort())).begin())) {
            v.waitFor("You hold the pen", 15_000);
            v.key('e');
            v.waitFor("WRITE YOUR DRAFT");
            v.key('a');
            v.waitFor("Ask: Would you accept this package?");
            v.key(KeyType.ArrowDown); // to Russia
            v.waitFor("▶ Russia (private) · bot");
            v.key(KeyType.Enter);
            v.waitForGone("Your message:", 5000);
            Package ideal = v.app().model().worth().ideal();
            String line = TalkText.acceptPackage(info, "RU", ideal);
            v.waitUntil("the package asked about", t -> v.app().model().log().stream().anyMatch(e -> e.text().endsWith(line)), 5000);
            v.waitUntil("Russia's verdict on it", t -> v.app().model().log().stream()
                    .anyMatch(e -> e.text().contains("Russia → you") && e.text().contains("Your package")), 10_000);
            assertThat(v.text()).contains("WRITE YOUR DRAFT"); // back in the editor
        }
    }

    @Test
    @Timeout(30)
    void theEditorShowsTheAnswerOverItselfAndKeepsItsEditsWhenLeftAndOpenedAgain() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        ScenarioInfo info = sc.info();
        SoloFlow.Options opts = new SoloFlow.Options("UA", "easy", 3L, 6, 0, 0, 0);
        try (org.truce.client.solo.SoloServer server = org.truce.client.solo.SoloServer.start(0, null);
             VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, info, opts, org.truce.client.net.Connector.tcp(
                     server.address().getHostString(), server.address().getPort())).begin())) {
            v.waitFor("You hold the pen", 15_000);
            v.key('e');
            v.waitFor("WRITE YOUR DRAFT");
            Package ideal = v.app().model().worth().ideal();
            int edited = (ideal.choice(0) + 1) % info.terms().get(0).options().size();
            v.key(KeyType.ArrowRight); // the first term, one option on
            String label = info.terms().get(0).option(edited).label();
            v.waitFor(label.substring(0, Math.min(20, label.length())));
            v.key('a');
            v.waitFor("Ask: Would you accept this package?");
            v.key(KeyType.ArrowDown); // to Russia
            v.waitFor("▶ Russia (private) · bot");
            v.key(KeyType.Enter);
            String answer = v.waitFor("Answer from Russia", 10_000);
            assertThat(answer).as("the verdict shown over the editor").contains("Your package");
            v.key(KeyType.Escape);
            v.waitForGone("Answer from Russia", 5000);
            assertThat(v.text()).contains("WRITE YOUR DRAFT");
            v.key(KeyType.Escape); // back to the table, then the editor again
            v.waitForGone("WRITE YOUR DRAFT", 5000);
            v.key('e');
            String again = v.waitFor("Starting from your edits of this round");
            assertThat(v.app().model().worth().ideal().choice(0)).isNotEqualTo(edited);
            String shortLabel = label.substring(0, Math.min(20, label.length()));
            String termName = info.terms().get(0).name().substring(0, 10);
            assertThat(again.lines().filter(l -> l.contains(termName) && l.contains(shortLabel)))
                    .as("the first term's row has the edited option").isNotEmpty();
        }
    }
}
