package org.truce.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.PlainText;

/** The names players go by at a room's table: renaming on a token-less hello, and refusing a name that passes for another's. Runs on the room's executor. */
final class SeatNames {
    private static final Logger LOG = LoggerFactory.getLogger(SeatNames.class);

    private final Room room;
    private final SeatTable table;

    SeatNames(Room room, SeatTable table) {
        this.room = room;
        this.table = table;
    }

    /**
     * {@code hello} without a token from a connection in this room (seated or watching): the
     * name it goes by changes, and a seat's name with it (journaled as a returning player's new
     * name is, and shown to the table), so the welcome never leaves the seat under the old name.
     * No name given keeps the seat's. If the journal cannot record it, the hello is refused
     * ({@code server_error}) and nothing changes.
     */
    void rename(Session s, String name, String re) {
        Seat seat = s.room == room && s.party != null ? table.seat(s.party) : null;
        if (seat != null && seat.session() != s) {
            TeamMember m = seat.member(s);
            if (m != null) {
                room.teams.rename(s, m, name, re); // a team member's own name
                return;
            }
            seat = null; // taken over meanwhile: this connection has no seat any more
        }
        String now = seat != null && name.equals(ClientMessage.Hello.ANONYMOUS) && seat.name() != null ? seat.name() : name;
        if (refusedNameClash(s, now, s.room == room ? s.party : null, re)) {
            return;
        }
        if (seat != null && !now.equals(seat.name())) {
            if (room.journal.broken() && !room.heal()) {
                s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written; you keep the name " + seat.name(), re);
                return;
            }
            String party = seat.party;
            if (!room.journal.tryAppend(f -> f.name(party, now))) {
                s.error(ErrorCode.SERVER_ERROR, "the server cannot record the new name; you keep the name " + seat.name(), re);
                return;
            }
            seat.set(seat.human().named(now));
            s.greet(now);
            s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, now, s.teacher), re);
            LOG.info("room {}: {} renamed at {}", room.code, s, seat.party);
            room.views.broadcastState(null, null);
            return;
        }
        s.greet(now);
        s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, now, s.teacher), re);
    }

    /**
     * Refuses ({@code bad_name}) and returns true if {@code name} looks like ({@link PlainText#sameName})
     * the name of a human seated at another seat of this room than {@code party}: on the table and
     * in chat the two would pass for each other. "anonymous" clashes with no one.
     */
    boolean refusedNameClash(Session s, String name, String party, String re) {
        if (name == null || name.equals(ClientMessage.Hello.ANONYMOUS)) {
            return false;
        }
        for (Seat other : table.all()) {
            if (!other.party.equals(party) && other.isHuman() && other.name() != null && PlainText.sameName(name, other.name())) {
                s.error(ErrorCode.BAD_NAME, other.name() + " already sits at this table; pick another name", re);
                return true;
            }
        }
        if (room.teams.memberNamed(name)) {
            s.error(ErrorCode.BAD_NAME, name + " already sits at this table; pick another name", re);
            return true;
        }
        return false;
    }
}
