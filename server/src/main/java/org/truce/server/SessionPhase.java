package org.truce.server;

import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;

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

    /**
     * What a seat and a spectator answer alike in {@code room}: {@code leave}, a {@code hello}
     * that renames, and the lobby's requests; anything else is {@code unknown_type}. Calls
     * {@code done} once, as {@link #handle} must.
     */
    static void inRoom(Room room, Router r, Session s, ClientMessage m, String re, Runnable done) {
        if (m instanceof ClientMessage.Leave) {
            r.onRoom(s, re, room, done, () -> room.leave(s, re));
        } else if (m instanceof ClientMessage.Hello h) {
            r.hello(s, h, room, re, done);
        } else if (!LobbyPhase.lobbyRequest(r, s, m, re, done)) {
            s.error(ErrorCode.UNKNOWN_TYPE, "unhandled message", re);
            done.run();
        }
    }
}
