package org.truce.shared.engine;

/**
 * Why the engine refused a command. The server sends each as a protocol error code
 * ({@code org.truce.shared.protocol.ErrorCode.of}); the engine knows nothing of the protocol.
 */
public enum RejectReason {
    NOT_STARTED("the game has not started"),
    GAME_OVER("the game is over"),
    UNKNOWN_PARTY("no such party"),
    WRONG_ROUND("that is not the current round"),
    NOT_YOUR_PEN("another party holds the pen"),
    NOT_PROPOSING("a draft is already on the table and being voted on"),
    NOTHING_TO_VOTE("nothing is being voted on"),
    PEN_HOLDER_CANNOT_VOTE("the pen holder tabled the draft and does not vote on it"),
    ALREADY_VOTED("this party has already voted in this round"),
    UNKNOWN_TERM("no such term"),
    UNKNOWN_OPTION("no such option"),
    MISSING_TERM("the package leaves a term out"),
    UNKNOWN_RECIPIENT("no such recipient"),
    BAD_TEXT("the message is empty or too long"),
    WRONG_PHASE("the clock ran out for a phase that is already over"),
    PAUSED("the facilitator has paused the game"),
    ALREADY_PAUSED("the game is already paused"),
    NOT_PAUSED("the game is not paused"),
    TOO_MANY_ROUNDS("a game has at most " + Rules.MAX_ROUNDS + " rounds"),
    ALREADY_FIRED("that inject has already fired in this game"),
    BAD_SECONDS("a clock can be extended by 1 to 3600 seconds");

    private final String summary;

    RejectReason(String summary) {
        this.summary = summary;
    }

    /** A short message for the player, used when a rejection gives none of its own. */
    public String summary() {
        return summary;
    }
}
