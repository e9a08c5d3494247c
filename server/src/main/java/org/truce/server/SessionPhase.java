package org.truce.server;

import org.truce.shared.protocol.ClientMessage;

/**
 * What a connection may ask in one phase of its life: {@link GreetingPhase} (before a welcome),
 * {@link LobbyPhase} (greeted, in no room), {@link SeatPhase} (holds a seat) and
 * {@link SpectatorPhase} (watches a room). The {@link Session} holds its current phase and swaps it
 * as the connection moves on (Velocity's per-phase session handlers). Malformed lines, {@code ping}
 * and rate limits never reach a phase: {@link Router} answers them the same way in every phase.
 */
interface SessionPhase {
    /**
     * Handles one request and calls {@code done} exactly once, on any thread, when its replies
     * are out: a path that forgets it leaves the connection's request queue stuck.
     */
    void handle(Router r, Session s, ClientMessage m, String re, Runnable done);
}
