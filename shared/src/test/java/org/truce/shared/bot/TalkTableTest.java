package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * Whole games of bots with a player asking questions every phase, privately and in public: every
 * "would you accept" answer matches the bot's vote, no bot says a line twice, and the answers name
 * the term asked about.
 */
class TalkTableTest {
    private final Scenario s = TestScenarios.paris();
    private final ScenarioInfo info = s.info();

    /** One game: the asker (a party whose bot still plays its moves) questions everyone. */
    private final class Table {
        final Map<String, Bot> bots = new LinkedHashMap<>();
        final Game game = new Game(info);
        final String asker;
        int checkedYes;
        int checkedNo;
        int claims;

        Table(long seed, String asker) {
            this.asker = asker;
            for (int i = 0; i < info.partyIds().size(); i++) {
                String p = info.partyIds().get(i);
                bots.put(p, Bot.create(info, s.brief(p), s.utility(p), "default", Difficulty.NORMAL, seed * 31 + i));
            }
            broadcast(game.start(10, seed));
        }

        void broadcast(Event e) {
            bots.values().forEach(b -> b.observe(e));
        }

        void say(String from, String to, String text) {
            int before = game.events().size();
            if (game.handle(new Command.Say(from, to, text)).isAccepted()) {
                for (Event e : List.copyOf(game.events().subList(before, game.events().size()))) {
                    broadcast(e);
                    if (to.equals("all") && !from.equals(asker)) {
                        continue;
                    }
                    for (Bot b : bots.values()) {
                        if (!b.party().equals(asker) && !b.party().equals(from)) {
                            String r = b.react(e, game.state());
                            if (r != null) {
                                say(b.party(), "all", r);
                            }
                        }
                    }
                }
            }
        }

        /** Questions of every kind, to every other party, about a term that turns with the round. */
        void ask(long salt) {
            GameState st = game.state();
            int r = st.round();
            int t = (int) ((r + salt) % info.terms().size());
            int o = (int) ((r * 7 + salt) % info.terms().get(t).options().size());
            for (String p : info.partyIds()) {
                if (p.equals(asker)) {
                    continue;
                }
                Bot b = bots.get(p);
                List<String> questions = List.of(TalkText.needs(info, p, t), TalkText.priority(info, p),
                        TalkText.acceptOption(info, p, t, o), TalkText.acceptDraft(info, p), "what about " + info.terms().get((t + 3) % 9).name() + "?",
                        TalkText.trade(info, p, (t + 1) % 9, 2, t, o));
                for (String q : questions) {
                    String answer = b.reply(new Event.Said(r, asker, p, q), game.state());
                    if (answer == null) {
                        continue;
                    }
                    if (q.equals(TalkText.acceptOption(info, p, t, o)) && TalkAnswers.base(st) != null) {
                        Package asked = TalkAnswers.withOption(TalkAnswers.base(st), t, o);
                        boolean own = st.phase() == Phase.VOTING && st.draft().by().equals(p) && st.draft().pkg().equals(asked);
                        boolean votes = own || b.wouldAccept(st, asked);
                        assertThat(answer.contains("yes") || answer.contains("our own text")).as(p + ": " + answer).isEqualTo(votes);
                        if (votes) {
                            checkedYes++;
                        } else {
                            checkedNo++;
                        }
                    }
                    if (q.equals(TalkText.needs(info, p, t))) {
                        assertThat(answer).as("names the term").contains(info.terms().get(t).topic());
                        // "With X there, we could sign this draft" / "Give us X on … and this draft is one we can sign": true
                        for (int x = 0; x < info.terms().get(t).options().size() && TalkAnswers.base(st) != null; x++) {
                            String label = ChatLines.quoted(info.terms().get(t).option(x).label());
                            if (answer.contains("With " + label + " there, we could sign") || answer.contains("Give us " + label)) {
                                assertThat(b.wouldAccept(st, TalkAnswers.withOption(TalkAnswers.base(st), t, x))
                                        || st.phase() == Phase.VOTING && st.draft().by().equals(p)).as(p + ": " + answer).isTrue();
                                claims++;
                            }
                        }
                    }
                    say(p, asker, answer);
                }
            }
            say(asker, "all", TalkText.priority(info, "all"));
        }

        void play(long salt) {
            int guard = 400;
            while (!game.state().isOver() && guard-- > 0) {
                ask(salt);
                for (Bot bot : bots.values()) {
                    BotAction a = bot.act(game.state());
                    if (a == null) {
                        continue;
                    }
                    int before = game.events().size();
                    assertThat(game.handle(a.command()).isAccepted()).isTrue();
                    if (a.line() != null) {
                        game.handle(new Command.Say(bot.party(), "all", a.line()));
                    }
                    for (Event e : List.copyOf(game.events().subList(before, game.events().size()))) {
                        broadcast(e);
                    }
                    break;
                }
            }
        }
    }

    @Test
    void noBotSaysALineTwiceAndEveryAcceptAnswerIsItsVote() {
        int yes = 0;
        int no = 0;
        int lines = 0;
        int claims = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Table table = new Table(seed, info.partyIds().get((int) (seed % 6)));
            table.play(seed);
            Map<String, Set<String>> said = new HashMap<>();
            for (Event e : table.game.events()) {
                if (e instanceof Event.Said sd && !sd.from().equals(table.asker)) {
                    lines++;
                    assertThat(said.computeIfAbsent(sd.from(), k -> new HashSet<>()).add(sd.text()))
                            .as("seed " + seed + ": " + sd.from() + " said twice: " + sd.text()).isTrue();
                    // plain English: a sentence, every placeholder filled, no doubled spaces or quotes
                    assertThat(sd.text()).as(sd.text()).doesNotContain("{", "}", "  ", "\u201c\u201c", "..", " ,", " .")
                            .matches("(?s)^[A-Z\u201c\"\u2018].*[.!?\u201d]$");
                }
            }
            yes += table.checkedYes;
            claims += table.claims;
            no += table.checkedNo;
        }
        assertThat(yes).as("answers that said yes").isGreaterThan(10);
        assertThat(no).as("answers that said no").isGreaterThan(10);
        assertThat(lines).isGreaterThan(1200);
        assertThat(claims).as("answers naming what would win the bot's vote").isGreaterThan(5);
    }

    @Test
    void publicQuestionsGetAtMostOneReactionPerBotAndRound() {
        Table table = new Table(7, "UA");
        table.play(7);
        Map<String, Integer> publicPerRound = new HashMap<>();
        List<String> answers = new ArrayList<>();
        for (Event e : table.game.events()) {
            if (e instanceof Event.Said sd && sd.to().equals("all") && sd.text().contains("turns on")) {
                answers.add(sd.text());
                publicPerRound.merge(sd.from() + "@" + sd.round(), 1, Integer::sum);
            }
        }
        assertThat(answers).as("bots answer a question to all in public").isNotEmpty();
        assertThat(publicPerRound.values()).allMatch(n -> n <= 1);
    }

    @Test
    void noBotNamesAnotherPartysDeclaredRedLineAsItsWish() {
        for (String p : info.partyIds()) {
            Game g = new Game(info);
            g.start(10, 1);
            for (int t = 0; t < info.terms().size(); t++) {
                Bot b = Bot.create(info, s.brief(p), s.utility(p), "default", Difficulty.NORMAL, 1);
                String answer = b.reply(new Event.Said(1, p.equals("UA") ? "RU" : "UA", p, TalkText.needs(info, p, t)), g.state());
                for (var party : info.parties()) {
                    if (party.id().equals(p)) {
                        continue;
                    }
                    for (var red : party.declaredRedLines()) {
                        String label = ChatLines.quoted(info.terms().get(info.termIndex(red.term())).option(info.terms()
                                .get(info.termIndex(red.term())).indexOf(red.option())).label());
                        assertThat(answer).as(p + ": " + answer).doesNotContain("want " + label);
                    }
                }
            }
        }
    }
}
