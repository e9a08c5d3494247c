package org.truce.shared.sim;

import java.util.Map;

/**
 * Summary of many bot-only games. {@code paretoOptimalShare} and {@code meanNashDistance} are
 * averages over the games that reached agreement, null if none did (JSON has no NaN: an average
 * over no games is {@code null}); {@code meanAgreementRound} is the mean round in which the
 * agreements were reached (null if none); {@code wins} counts the games in which a party had the
 * single largest share of what it could gain ({@link org.truce.shared.analysis.Scoring#winner}) and {@code winShare} is that count over the agreements (null if none).
 * The games run on one thread: {@code gamesPerSecond} is over the wall clock, {@code
 * cpuGamesPerSecond} over that thread's CPU time (what one core does however busy the machine
 * is; null where the JVM cannot measure it).
 */
public record SimulationReport(
        String scenario,
        int games,
        long seed,
        String difficulty,
        Map<String, String> bots,
        int agreements,
        double agreementRate,
        double meanRounds,
        Double meanAgreementRound,
        Map<String, PartyStats> parties,
        Double paretoOptimalShare,
        Double meanNashDistance,
        double gamesPerSecond,
        long elapsedMillis,
        Double cpuGamesPerSecond) {

    /**
     * One party's figures over all games: mean utility and score (0-100 scale), the games it won
     * outright and their share of the agreements (null if there were none).
     */
    public record PartyStats(String strategy, double meanUtility, double meanScore, int wins, Double winShare) {
    }
}
