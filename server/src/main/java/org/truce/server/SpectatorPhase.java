package org.truce.server;

import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;

/**
 * A connection watching a room: it may {@code leave} it, rename itself, and make lobby requests;
 * table moves and chat are refused here, without a trip to the room.
 */
final class SpectatorPhase implements SessionPhase {
    private final Room room;

    SpectatorPhase(Room room) {
        this.room = room;
    }

    @Override
    public void handle(Router r, Session s, ClientMessage m, String re, Runnable done) {
        if (m instanceof ClientMessage.Propose || m instanceof ClientMessage.Vote || m instanceof ClientMessage.Say
                || m instanceof ClientMessage.Suggest || m instanceof ClientMessage.MakeLead
                || m instanceof ClientMessage.RemoveMember rm && rm.room() == null) { // a team's requests: a seat's
            s.error(ErrorCode.NOT_JOINED, "spectators cannot act; join a seat", re);
            done.run();
        } else {
            SessionPhase.inRoom(room, r, s, m, re, done);
        }
    }

    @Override
    public String toString() {
        return "watching room " + room.code;
    }
}
