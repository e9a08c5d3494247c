package org.truce.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.PlainText;

/** Taking a member off a seat's team, by the team's lead or by the facilitator. Runs on the room's executor. */
final class TeamRemoval {
    private static final Logger LOG = LoggerFactory.getLogger(TeamRemoval.class);

    private final Room room;

    TeamRemoval(Room room) {
        this.room = room;
    }

    /** {@code remove_member {name}} from a seat's lead: the member leaves the team (see {@link #remove}). */
    void removeByLead(Session s, String name, String re) {
        Seat seat = s.party == null || s.room != room ? null : room.seats.seat(s.party);
        if (seat == null) {
            s.error(ErrorCode.NOT_JOINED, "join a seat first", re);
            return;
        }
        if (seat.session() != s) {
            s.error(ErrorCode.NOT_LEAD, "only the lead of " + room.texts.whose(seat.party) + " team (" + seat.name()
                    + ") or the facilitator removes a member", re);
            return;
        }
        FacilitationOutcome o = remove(seat, name, seat.name());
        if (o.code() != null) {
            s.error(o.code(), o.text(), re);
        } else {
            room.views.broadcastState(s, re);
        }
    }

    /** The facilitator's {@code remove_member {room, party, name}}. */
    FacilitationOutcome removeByFacilitator(String party, String name) {
        Seat seat = room.seats.seat(party);
        if (seat == null) {
            return FacilitationOutcome.refused(ErrorCode.UNKNOWN_PARTY, "no party '" + PlainText.echo(party) + "' in " + room.scenario.id());
        }
        FacilitationOutcome o = remove(seat, name, "the facilitator");
        if (o.code() == null) {
            room.views.broadcastState(null, null);
        }
        return o;
    }

    /**
     * The member called {@code name} leaves {@code seat}'s team (journaled first): their token stops
     * working, their connection is told and goes back to the lobby, the team is told. The lead is
     * not a member: hand the lead on first.
     */
    private FacilitationOutcome remove(Seat seat, String name, String by) {
        TeamMember m = Teams.named(seat, name);
        if (m == null) {
            return FacilitationOutcome.refused(ErrorCode.NOT_IN_TEAM, room.teams.noMember(seat, name));
        }
        if (!room.journal.tryAppend(f -> f.unmember(seat.party, m.token))) {
            return FacilitationOutcome.refused(ErrorCode.SERVER_ERROR, "the server cannot record it; " + m.name + " stays");
        }
        seat.members.remove(m);
        if (m.token.equals(seat.droppedLead)) {
            seat.droppedLead = null;
        }
        String why = "you were removed from " + room.texts.whose(seat.party) + " team in room " + room.code + " by " + by;
        room.hall.unregisterToken(m.token, why);
        if (m.session != null) {
            Session gone = m.session;
            m.session = null;
            gone.leaveRoom();
            gone.send(ServerMessage.Notice.of(NoticeKind.REMOVED, why));
        }
        ServerMessage.Notice told = ServerMessage.Notice.of(NoticeKind.TEAM, m.name + " was removed from your team by " + by);
        for (Session other : seat.sessions()) {
            other.send(told);
        }
        LOG.info("room {}: {} removed from {}'s team by {}", room.code, m.name, seat.party, by);
        room.views.publish();
        return FacilitationOutcome.done(m.name + " is no longer in " + room.texts.whose(seat.party) + " team");
    }
}
