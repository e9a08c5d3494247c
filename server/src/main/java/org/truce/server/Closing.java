package org.truce.server;

/** Why a room closes: the one verb that ends a room ({@link Room#close}) takes one of these. */
enum Closing {
    /** The facilitator closed it ({@code close_room}); journaled. */
    FACILITATOR("facilitator"),
    /** A lobby nobody was seated in for the idle time; journaled. */
    EXPIRED("expired"),
    /** A finished game left memory after the retention time (its end is journaled already). */
    ARCHIVED(null),
    /** The server stops: the journal is forced and closed, and the room comes back at the next start. */
    SERVER_STOP(null);

    /** The word in the journal's {@code closed} line, or null for a closing that is not journaled. */
    final String journaled;

    Closing(String journaled) {
        this.journaled = journaled;
    }

    /** The closing a journal's {@code closed} line names, or null for a word this server does not know. */
    static Closing ofJournal(String word) {
        for (Closing c : values()) {
            if (c.journaled != null && c.journaled.equals(word)) {
                return c;
            }
        }
        return null;
    }
}
