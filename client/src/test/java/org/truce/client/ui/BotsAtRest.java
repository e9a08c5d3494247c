package org.truce.client.ui;

/**
 * Whether the bots of a game against {@code EngineServer} have all moved and wait for the human
 * seat: the seat holds the pen, or its vote is the only one missing. The stand-in server has no
 * clock, so no bot moves or talks again until the seat does: the log holds still, and a line put
 * into it stays on screen (while bots talk, it can scroll out between two frames the test sees).
 */
final class BotsAtRest {
    private BotsAtRest() {
    }

    /** True when the screen shows that it is {@code party}'s move and nobody else's. */
    static boolean yourMove(String screen, String party) {
        if (screen.contains("▶ You hold the pen")) {
            return true;
        }
        return screen.contains("▶ Your vote") && screen.lines().anyMatch(l -> l.contains("Votes:") && l.contains(party + " …")
                && l.indexOf('…') == l.lastIndexOf('…'));
    }
}
