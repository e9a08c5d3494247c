package org.truce.server;

/** Why a human's seat was freed and its token revoked: the word in the journal's {@code unseat} line. */
enum Unseating {
    /** Its player left it before the game started. */
    LEFT("left"),
    /** The facilitator freed it ({@code free_seat}). */
    FREED("freed"),
    /** The facilitator handed it to a bot ({@code seat_bot}). */
    HANDED("handed");

    /** The word in the journal. */
    final String journaled;

    Unseating(String journaled) {
        this.journaled = journaled;
    }

    /**
     * The unseating a journal's word names; any other word (or none, as older journals wrote it)
     * reads as the facilitator's, which is what those lines meant.
     */
    static Unseating ofJournal(String word) {
        return LEFT.journaled.equals(word) ? LEFT : HANDED.journaled.equals(word) ? HANDED : FREED;
    }
}
