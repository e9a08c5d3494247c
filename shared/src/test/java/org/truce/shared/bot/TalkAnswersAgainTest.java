package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/**
 * Questions asked again or in public: a public question naming a bot is answered even after the bot
 * has had its say in the round; "what matters most" asked again names the next priority; a trade is
 * answered on both halves; a different question never gets an earlier sentence back.
 */
class TalkAnswersAgainTest {
    private final Scenario s = TestScenarios.paris();
    private final ScenarioInfo info = s.info();
    private final Utility ru = s.utility("RU");
    private final Game game = new Game(info);
    private final Bot bot = Bot.create(info, s.brief("RU"), ru, "default", Difficulty.NORMAL, 5);

    private void handle(Command c) {
        int before = game.events().size();
        assertThat(game.handle(c).isAccepted()).as(c.toString()).isTrue();
        for (Event e : List.copyOf(game.events().subList(before, game.events().size()))) {
            bot.observe(e);
        }
    }

    private Event.Said last() {
        return (Event.Said) game.events().get(game.events().size() - 1);
    }

    /** Ukraine says {@code text} to {@code to}; Russia's answer (said back, so it remembers it), or null. */
    private String ask(String to, String text) {
        handle(new Command.Say("UA", to, text));
        String a = "all".equals(to) ? bot.react(last(), game.state()) : bot.reply(last(), game.state());
        if (a != null) {
            handle(new Command.Say("RU", "all".equals(to) ? "all" : "UA", a));
        }
        return a;
    }

    @Test
    void aPublicQuestionNamingTheBotIsAnsweredAfterItHasHadItsSayInTheRound() {
        bot.observe(game.start(10, 5));
        handle(new Command.Propose("UA", 1, info.space().toTerms(s.utility("UA").codesBestFirst()[0])));
        var vote = bot.act(game.state());
        handle(new Command.Say("RU", "all", vote.line() == null ? "Njet." : vote.line()));
        handle(vote.command());
        assertThat(ask("all", TalkText.needs(info, "RU", 0))).as("a first public question").isNotNull();
        // Russia has now said two public lines this round (its vote's and an answer): a third question is still answered
        String a = ask("all", TalkText.acceptDraft(info, "RU"));
        assertThat(a).as("the draft question naming Russia").isNotNull().containsAnyOf("vote", "red line", "sign");
        assertThat(ask("all", TalkText.priority(info, "RU"))).as("and the next").isNotNull();
        // a question to everyone that names no one still counts as a reaction: at most one a round
        assertThat(ask("all", "What does everyone need on sanctions?")).isNull();
    }

    @Test
    void whatMattersMostAskedAgainNamesTheNextPriorityEachTime() {
        bot.observe(game.start(10, 5));
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < info.terms().size(); t++) {
            order.add(t);
        }
        order.sort(Comparator.comparingDouble(t -> -ru.bestContribution(t)));
        String first = ask("RU", TalkText.priority(info, "RU"));
        assertThat(first).contains(info.terms().get(order.get(0)).topic());
        String second = ask("RU", "What matters most to you?");
        assertThat(second).as("asked again: the second").contains(info.terms().get(order.get(1)).topic())
                .doesNotStartWith("As we said");
        String third = ask("RU", TalkText.priority(info, "RU"));
        assertThat(third).as("a third time: the third").contains(info.terms().get(order.get(2)).topic());
        // another party asking gets the first
        handle(new Command.Say("US", "RU", "What matters most to you?"));
        assertThat(bot.reply(last(), game.state())).contains(info.terms().get(order.get(0)).topic());
    }

    @Test
    void pastTheFirstPriorityNoFirstPriorityWordingAndPastTheLastTermTheRankingIsExhausted() {
        bot.observe(game.start(10, 5));
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < info.terms().size(); t++) {
            order.add(t);
        }
        order.sort(Comparator.comparingDouble(t -> -ru.bestContribution(t)));
        ask("RU", "What matters most to you?");
        for (int n = 1; n < order.size(); n++) {
            String a = ask("RU", "What matters most to you?");
            assertThat(a).as("ask " + (n + 1)).isNotNull().contains(info.terms().get(order.get(n)).topic())
                    .doesNotContain("everything for us turns on").doesNotContain("It is " + info.terms().get(order.get(n)).topic())
                    .doesNotStartWith("As we said");
        }
        String exhausted = "That is all our terms, from " + info.terms().get(order.get(0)).topic() + " down to "
                + info.terms().get(order.get(order.size() - 1)).topic() + ".";
        assertThat(ask("RU", "What matters most to you?")).isEqualTo(exhausted);
        assertThat(ask("RU", "What matters most to you?")).isEqualTo("As we said: " + exhausted);
    }

    @Test
    void aTradeWithTwoTermsOnASideIsRefusedNamingAllPairsAndTheRedLine() {
        bot.observe(game.start(10, 5));
        int force = term("reassurance_force");
        int red = -1;
        for (int o = 0; o < info.terms().get(force).options().size() && red < 0; o++) {
            red = ru.isRedLine(force, o) ? o : -1;
        }
        assertThat(red).as("Russia has a red line on the reassurance force").isGreaterThanOrEqualTo(0);
        String redId = info.terms().get(force).options().get(red).id();
        String a = ask("RU", "I will give you sanctions a and nato a if you accept guarantee_form d and reassurance_force " + redId);
        assertThat(a).startsWith("One term on each side, please, Ukraine")
                .contains(info.terms().get(term("sanctions")).topic(), info.terms().get(term("nato")).topic(),
                        info.terms().get(term("guarantee")).topic())
                .contains(TalkAnswers.opt(info, force, red) + " on " + info.terms().get(force).topic() + " is a red line for us")
                .doesNotContain("Agreed");
        String other = ask("RU", "I will give you sanctions a and nato b if you accept guarantee_form d and ceasefire_line a");
        assertThat(other).as("a different multi-term offer: its own answer").startsWith("One term on each side").isNotEqualTo(a);
    }

    @Test
    void differentPackagesOnTheSameRedLineAndDifferentFlawedTradesEachGetTheirOwnAnswer() {
        bot.observe(game.start(10, 5));
        int redTerm = -1;
        int red = -1;
        for (int t = 0; t < info.terms().size() && red < 0; t++) {
            for (int o = 0; o < info.terms().get(t).options().size() && red < 0; o++) {
                if (ru.isRedLine(t, o)) {
                    redTerm = t;
                    red = o;
                }
            }
        }
        String redPair = info.terms().get(redTerm).id() + " " + info.terms().get(redTerm).options().get(red).id();
        int other = redTerm == 0 ? 1 : 0;
        List<String> said = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (int o = 0; o < info.terms().get(other).options().size(); o++) {
            questions.add("would you accept this package: " + redPair + ", " + info.terms().get(other).id() + " "
                    + info.terms().get(other).options().get(o).id());
        }
        questions.add("would you accept this package: " + redPair + ", " + info.terms().get(2).id() + " a");
        questions.addAll(List.of("I will give you sanctions z if you accept nato q", "I will give you sanctions a if you accept sanctions d",
                "I will give you nato a if you accept nato b", "I will give you sanctions a if you accept nato q",
                "I will give you sanctions q if you accept nato a"));
        for (String q : questions) {
            String a = ask("RU", q);
            assertThat(a).as(q).isNotNull().doesNotStartWith("As we said").doesNotStartWith("To be clear");
            said.add(a);
        }
        assertThat(said).doesNotHaveDuplicates();
        assertThat(said.get(0)).contains("red line");
    }

    @Test
    void aTradeIsWeighedOnBothHalvesAndADifferentOfferGetsItsOwnAnswer() {
        bot.observe(game.start(10, 5));
        int sanctions = term("sanctions");
        int ceasefire = term("ceasefire");
        int nato = term("nato");
        List<String> answers = new ArrayList<>();
        for (int[] offer : new int[][] {{sanctions, 1, ceasefire, 1}, {sanctions, 1, nato, 2}, {term("force"), 0, ceasefire, 1}}) {
            String a = ask("RU", TalkText.trade(info, "RU", offer[0], offer[1], offer[2], offer[3]));
            assertThat(a).as("both halves named").contains(info.terms().get(offer[0]).topic(), info.terms().get(offer[2]).topic())
                    .doesNotStartWith("Again").doesNotStartWith("As we said");
            answers.add(a);
        }
        assertThat(answers).doesNotHaveDuplicates();
        // the literal same offer again may refer back
        String again = ask("RU", TalkText.trade(info, "RU", sanctions, 1, nato, 2));
        assertThat(again).as("the same offer: a short reference to the answer given").isEqualTo("As we said: " + answers.get(1));
    }

    @Test
    void aDifferentQuestionNeverGetsAnEarlierSentenceBack() {
        bot.observe(game.start(10, 5));
        List<String> said = new ArrayList<>();
        // statements: each is acknowledged in its own words, none with an earlier line
        for (String line : List.of("We want sanctions a.", "We want nato a.", "We cannot accept sanctions d.",
                "The ceasefire line matters most to us.", "NATO membership matters most to us.")) {
            String a = ask("RU", line);
            assertThat(a).as(line).isNotNull().doesNotStartWith("Again").doesNotStartWith("As we said");
            said.add(a);
        }
        // and questions about options (up to the flood guard's twelve a round)
        for (int t = 0; t < info.terms().size(); t++) {
            for (int o = 0; o < info.terms().get(t).options().size(); o++) {
                String a = ask("RU", TalkText.acceptOption(info, "RU", t, o));
                if (a != null) {
                    assertThat(a).doesNotStartWith("Again").doesNotStartWith("As we said").doesNotStartWith("To be clear");
                    said.add(a);
                }
            }
        }
        assertThat(said).doesNotHaveDuplicates();
    }

    private int term(String word) {
        for (int t = 0; t < info.terms().size(); t++) {
            if (info.terms().get(t).id().contains(word)) {
                return t;
            }
        }
        throw new AssertionError(word);
    }
}
