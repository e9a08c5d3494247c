package org.truce.server;

import org.truce.shared.protocol.ClientMessage;

/**
 * A connection holding a party's seat in a room: its moves, chat and {@code leave} go to that
 * room, a {@code hello} without a token renames the seat; lobby requests are still answered.
 */
final class SeatPhase implements SessionPhase {
    private final Room room;
    private final String party;

    SeatPhase(Room room, String party) {
        this.room = room;
        this.party = party;
    }

    @Override
    public void handle(Router r, Session s, ClientMessage m, String re, Runnable done) {
        if (m instanceof ClientMessage.Propose p) {
            r.onRoom(s, re, room, done, () -> room.propose(s, p, re));
        } else if (m instanceof ClientMessage.Vote v) {
            r.onRoom(s, re, room, done, () -> room.vote(s, v, re));
        } else if (m instanceof ClientMessage.Say say) {
            r.onRoom(s, re, room, done, () -> room.say(s, say, re));
        } else if (m instanceof ClientMessage.Suggest sg) {
            r.onRoom(s, re, room, done, () -> room.suggest(s, sg, re));
        } else if (m instanceof ClientMessage.MakeLead ml) {
            r.onRoom(s, re, room, done, () -> room.makeLead(s, ml, re));
        } else if (m instanceof ClientMessage.RemoveMember rm && rm.room() == null) {
            r.onRoom(s, re, room, done, () -> room.removeMember(s, rm, re)); // the lead's; with a room it is the facilitator's
        } else {
            SessionPhase.inRoom(room, r, s, m, re, done);
        }
    }

    @Override
    public String toString() {
        return "seat " + party + " in room " + room.code;
    }
}
