package org.truce.server;

import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ServerMessage;

/**
 * The facilitator's powers over a room, each checked against the room's facilitator key (wrong
 * keys count as wrong secrets): freeing a seat whose player is gone, and closing the room.
 * Runs on the room's executor.
 */
final class Facilitator {
    private final Room room;

    Facilitator(Room room) {
        this.room = room;
    }

    /** True if {@code key} is the room's facilitator key; else the requester is told why not. */
    private boolean allowed(Session s, String key, String re) {
        String guessing = room.hall.guessing(s);
        if (guessing != null) {
            s.error(ErrorCode.RATE_LIMITED, guessing, re);
            return false;
        }
        boolean ok = Secrets.matches(key, room.setup.facilitatorKey());
        if (!ok) {
            room.hall.wrongSecret(s);
            s.error(ErrorCode.BAD_KEY, "that is not this room's facilitatorKey (from room_created)", re);
        }
        return ok;
    }

    /** {@code free_seat}: frees a human seat whose player is gone. */
    void freeSeat(Session s, ClientMessage.FreeSeat f, String re) {
        if (!allowed(s, f.facilitatorKey(), re)) {
            return;
        }
        Seat seat = room.seats.seat(f.party());
        String whose = room.texts.whose(f.party());
        if (seat == null) {
            s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + f.party() + "' in " + room.scenario.id(), re);
            return;
        }
        if (!seat.isHuman()) {
            s.error(ErrorCode.BAD_FIELD, whose + " seat is not held by a human", re);
            return;
        }
        if (seat.session() != null) {
            s.error(ErrorCode.PLAYER_PRESENT, whose + " player is connected; only a seat whose player is gone can be freed", re);
            return;
        }
        if (room.isOver()) {
            s.error(ErrorCode.GAME_OVER, "the game is over", re);
            return;
        }
        if ((room.journal.broken() && !room.heal()) || !room.seats.unseat(seat, Unseating.FREED)) {
            s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            return;
        }
        s.send(ServerMessage.Notice.of(NoticeKind.SEAT_FREED, whose + " seat in room " + room.code + " is free for a new player"),
                re);
        room.views.tellAllBut(ServerMessage.Notice.of(NoticeKind.SEAT_FREED,
                RoomTexts.capital(whose) + " seat is free: anyone may join it"), s);
        room.views.broadcastState(null, null);
        room.views.publish();
        room.bots.schedule();
    }

    /** {@code close_room}: ends the room for everyone. */
    void closeRoom(Session s, ClientMessage.CloseRoom c, String re) {
        if (!allowed(s, c.facilitatorKey(), re)) {
            return;
        }
        if (!room.close(Closing.FACILITATOR, s)) {
            s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            return;
        }
        s.send(ServerMessage.Notice.of(NoticeKind.CLOSED, "room " + room.code + " is closed; its record stays on the server"), re);
    }
}
