package org.truce.shared.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Scenario;

/** Plays many bot-only games and summarises them; the same seed gives the same report apart from timing. */
public final class Simulator {
    private Simulator() {
    }

    /**
     * Plays {@code games} bot-only games from {@code seed}; {@code strategies} is party id → strategy id (missing
     * parties play their persona); throws {@link IllegalArgumentException} if games is below 1.
     */
    public static SimulationReport run(Scenario scenario, int games, long seed, Map<String, String> strategies,
                                       Difficulty difficulty) {
        if (games < 1) {
            throw new IllegalArgumentException("games must be at least 1");
        }
        List<String> ids = scenario.info().partyIds();
        Analysis analysis = Analysis.of(scenario);
        analysis.paretoFrontier();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long cpuStarted = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long started = System.nanoTime();
        int agreements = 0;
        long rounds = 0;
        long agreedRounds = 0;
        int pareto = 0;
        double nashDistance = 0;
        int nashMeasured = 0;
        double[] utility = new double[ids.size()];
        double[] score = new double[ids.size()];
        int[] wins = new int[ids.size()];
        for (int g = 0; g < games; g++) {
            long gameSeed = mix(seed, g);
            Game game = Match.play(scenario, strategies, difficulty, scenario.info().rounds(), gameSeed);
            GameState end = game.state();
            rounds += end.round();
            Map<String, PartyResult> results = Scoring.results(scenario, end);
            for (int i = 0; i < ids.size(); i++) {
                PartyResult r = results.get(ids.get(i));
                utility[i] += r.utility();
                score[i] += r.score();
            }
            String winner = Scoring.winner(results);
            if (winner != null) {
                wins[ids.indexOf(winner)]++;
            }
            if (end.agreement() != null) {
                agreements++;
                agreedRounds += end.round();
                AgreementAnalysis a = analysis.assess(end.agreement(), end.round());
                if (a.paretoOptimal()) {
                    pareto++;
                }
                if (a.distanceToNash() != null) {
                    nashMeasured++;
                    nashDistance += a.distanceToNash();
                }
            }
        }
        long elapsed = System.nanoTime() - started;
        long cpuElapsed = cpu ? threads.getCurrentThreadCpuTime() - cpuStarted : 0;
        Map<String, SimulationReport.PartyStats> parties = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            parties.put(ids.get(i), new SimulationReport.PartyStats(strategies.getOrDefault(ids.get(i), "default"),
                    Scoring.round2(utility[i] / games), Scoring.round2(score[i] / games), wins[i],
                    agreements == 0 ? null : round4(wins[i] / (double) agreements)));
        }
        Map<String, String> bots = new LinkedHashMap<>();
        for (String id : ids) {
            bots.put(id, strategies.getOrDefault(id, "default"));
        }
        return new SimulationReport(scenario.id(), games, seed, difficulty.id(), bots, agreements,
                round4(agreements / (double) games), Scoring.round2(rounds / (double) games),
                agreements == 0 ? null : Scoring.round2(agreedRounds / (double) agreements), parties,
                agreements == 0 ? null : round4(pareto / (double) agreements),
                nashMeasured == 0 ? null : Scoring.round2(nashDistance / nashMeasured),
                Math.round(games / (Math.max(1, elapsed) / 1e9) * 10) / 10.0, elapsed / 1_000_000,
                cpu && cpuElapsed > 0 ? Math.round(games / (cpuElapsed / 1e9) * 10) / 10.0 : null);
    }

    /** A well-spread seed for game g (SplitMix64 finaliser). */
    static long mix(long seed, int g) {
        long z = seed + 0x9E3779B97F4A7C15L * (g + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double round4(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}
