package org.truce.shared.protocol;

import java.util.Locale;

/**
 * Every kind of {@code notice {kind, text}} the server sends. The wire carries {@link #wire()},
 * the name in lower case; docs/PROTOCOL.md lists every one (a test checks it).
 */
public enum NoticeKind {
    /** A clock ran out. */
    TIMEOUT,
    /** An absent player's bot persona plays their seat. */
    STAND_IN,
    /** A stood-in player is back. */
    RETURNED,
    /** Another connection took this one's seat over. */
    REPLACED,
    /** This connection left its room (the reply to {@code leave}). */
    LEFT,
    /** The connection was silent too long and is closed. */
    IDLE,
    /** The server stops. */
    SHUTDOWN,
    /** The room could not record a move and pauses. */
    SERVER_ERROR,
    /** The room was closed (the facilitator, or an expired lobby). */
    CLOSED,
    /** A finished game left the server's memory. */
    ARCHIVED,
    /** The facilitator freed a seat (the reply to {@code free_seat}). */
    SEAT_FREED,
    /** A paused room can record again, or the facilitator resumed a paused game. */
    RESUMED,
    /** The facilitator paused the game. */
    PAUSED,
    /** The facilitator gave the current clock more time. */
    CLOCK_EXTENDED,
    /** The facilitator added rounds. */
    ROUNDS_ADDED,
    /** The facilitator's message to the whole room. */
    ANNOUNCEMENT,
    /** News fired into the game (its headline and wire text). */
    INJECT,
    /** The facilitator handed a seat to a bot or freed it for a new player. */
    SEAT_HANDED,
    /** Someone joined or was removed from this connection's team. */
    TEAM,
    /** This connection's player was removed from their team (by its lead or the facilitator): no longer seated. */
    REMOVED;

    /** The kind as sent in {@code notice.kind}, e.g. "seat_freed". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a wire string names, or null for one this version does not know (a newer server's). */
    public static NoticeKind fromWire(String kind) {
        for (NoticeKind k : values()) {
            if (k.wire().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
