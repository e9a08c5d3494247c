package org.truce.shared.sim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.BotAction;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.scenario.Scenario;

/**
 * Measures what a bot move costs: the time of every {@link Bot#act} call that produced a move,
 * over many games after a warm-up, reported as percentiles; and the time of the exhaustive
 * analysis. Run by {@code truce bench} (see docs/PERFORMANCE.md).
 */
public final class BotBench {
    private BotBench() {
    }

    /** Decision-time percentiles in microseconds, per strategy and overall. */
    public record Result(String scenario, int games, long moves, Map<String, double[]> percentilesByStrategy,
                         double[] overall, double analysisMillis, int paretoSize) {
        /** Percentiles reported, in {@link #overall} order. */
        public static final double[] AT = {50, 90, 99, 99.9, 100};
    }

    /**
     * Plays {@code games} bot-only games (after a warm-up) with every strategy and times each move and a cold analysis;
     * deterministic apart from timing.
     */
    public static Result run(Scenario scenario, int games, long seed) {
        // cold analysis first: the figure a server sees on its first game over
        long a0 = System.nanoTime();
        Analysis fresh = Analysis.of(scenario);
        int pareto = fresh.paretoFrontier().length;
        fresh.nash(1);
        double analysisMillis = (System.nanoTime() - a0) / 1e6;

        List<String> strategies = Bot.STRATEGIES;
        for (int g = 0; g < Math.max(50, games / 10); g++) {
            play(scenario, strategies.get(g % strategies.size()), seed - g - 1, null);
        }
        Map<String, long[]> byStrategy = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : strategies) {
            byStrategy.put(s, new long[games * 200]);
            counts.put(s, 0);
        }
        for (int g = 0; g < games; g++) {
            String strategy = strategies.get(g % strategies.size());
            long[] buf = byStrategy.get(strategy);
            int[] n = {counts.get(strategy)};
            play(scenario, strategy, seed + g, nanos -> {
                if (n[0] < buf.length) {
                    buf[n[0]++] = nanos;
                }
            });
            counts.put(strategy, n[0]);
        }
        Map<String, double[]> pct = new LinkedHashMap<>();
        long total = 0;
        long[] all = new long[0];
        for (String s : strategies) {
            long[] v = Arrays.copyOf(byStrategy.get(s), counts.get(s));
            total += v.length;
            pct.put(s, percentiles(v));
            long[] merged = Arrays.copyOf(all, all.length + v.length);
            System.arraycopy(v, 0, merged, all.length, v.length);
            all = merged;
        }
        return new Result(scenario.id(), games, total, pct, percentiles(all), analysisMillis, pareto);
    }

    private interface Timer {
        void record(long nanos);
    }

    private static void play(Scenario scenario, String strategy, long seed, Timer timer) {
        List<String> ids = scenario.info().partyIds();
        Map<String, Bot> bots = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String p = ids.get(i);
            bots.put(p, Bot.create(scenario.info(), scenario.brief(p), scenario.utility(p), strategy, Difficulty.NORMAL, seed * 7 + i));
        }
        Game game = new Game(scenario.info());
        Event start = game.start(scenario.info().rounds(), seed);
        bots.values().forEach(b -> b.observe(start));
        while (!game.state().isOver()) {
            for (Bot bot : bots.values()) {
                long t0 = System.nanoTime();
                BotAction action = bot.act(game.state());
                long t1 = System.nanoTime();
                if (action == null) {
                    continue;
                }
                if (timer != null) {
                    timer.record(t1 - t0);
                }
                int before = game.events().size();
                game.handle(action.command());
                if (action.line() != null) {
                    game.handle(new Command.Say(bot.party(), "all", action.line()));
                }
                for (Event e : List.copyOf(game.events().subList(before, game.events().size()))) {
                    bots.values().forEach(b -> b.observe(e));
                }
                if (game.state().isOver()) {
                    break;
                }
            }
        }
    }

    private static double[] percentiles(long[] nanos) {
        long[] v = nanos.clone();
        Arrays.sort(v);
        double[] out = new double[Result.AT.length];
        for (int i = 0; i < out.length; i++) {
            if (v.length == 0) {
                out[i] = Double.NaN;
                continue;
            }
            int idx = (int) Math.min(v.length - 1, Math.ceil(Result.AT[i] / 100.0 * v.length) - 1);
            out[i] = Math.round(v[Math.max(0, idx)] / 100.0) / 10.0;
        }
        return out;
    }
}
