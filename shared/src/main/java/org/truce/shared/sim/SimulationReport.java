package org.truce.shared.sim;

import java.util.Map;

/**
 * Summary of many bot-only games. {@code paretoOptimalShare} and {@code meanNashDistance} are
 * over the games that reached agreement (NaN if none did); {@code wins} counts the games in
 * which a party had the single highest score.
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
        Map<String, PartyStats> parties,
        double paretoOptimalShare,
        double meanNashDistance,
        double gamesPerSecond,
        long elapsedMillis) {

    public record PartyStats(String strategy, double meanUtility, double meanScore, int wins) {
    }
}
