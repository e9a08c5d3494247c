package org.truce.shared.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.BotAction;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Outcome;
import org.truce.shared.scenario.Scenario;

/** One bot-only game, played in-process through the same engine the server uses. */
public final class Match {
    private Match() {
    }

    /**
     * Plays a game to its end. {@code strategies}: party → strategy id (missing parties play
     * their persona). Chat lines are recorded as Said events like any other move.
     */
    public static Game play(Scenario scenario, Map<String, String> strategies, Difficulty difficulty, int rounds, long seed) {
        List<String> ids = scenario.info().partyIds();
        Map<String, Bot> bots = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String party = ids.get(i);
            bots.put(party, Bot.create(scenario.info(), scenario.brief(party), scenario.utility(party),
                    strategies.getOrDefault(party, "default"), difficulty, seed * 31 + i));
        }
        Game game = new Game(scenario.info());
        broadcast(bots, game.start(rounds, seed));
        int guard = rounds * (ids.size() + 2) * 2;
        while (!game.state().isOver()) {
            if (guard-- <= 0) {
                throw new IllegalStateException("bots stopped making progress in " + game.state());
            }
            boolean acted = false;
            for (Bot bot : bots.values()) {
                BotAction action = bot.act(game.state());
                if (action == null) {
                    continue;
                }
                acted = true;
                int before = game.events().size();
                Outcome outcome = game.handle(action.command());
                if (!outcome.isAccepted()) {
                    throw new IllegalStateException(bot.party() + " made an illegal move: " + outcome.rejection());
                }
                if (action.line() != null) {
                    game.handle(new Command.Say(bot.party(), Command.Say.ALL, action.line()));
                }
                List<Event> news = game.events().subList(before, game.events().size());
                for (Event e : List.copyOf(news)) {
                    broadcast(bots, e);
                }
                if (game.state().isOver()) {
                    break;
                }
            }
            if (!acted) {
                throw new IllegalStateException("no bot can act in " + game.state());
            }
        }
        return game;
    }

    private static void broadcast(Map<String, Bot> bots, Event e) {
        for (Bot b : bots.values()) {
            b.observe(e);
        }
    }
}
