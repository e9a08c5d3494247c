package org.truce.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.PlainText;

/**
 * Teams per seat: the players who join a held seat as members ({@link TeamMember}), each with
 * their own seat token; handing the lead over (by the lead, the facilitator, or when the lead
 * drops while a member is connected: no grace period, no stand-in). The team channel and the
 * members' suggestions are {@link TeamTalk}'s. The lead stays the seat's {@link SeatState.Human}, so
 * everything a seat of one does (moves, grace, stand-ins) applies to a team's lead unchanged.
 * Every change of membership or lead is journaled before it is made. Runs on the room's executor.
 */
final class Teams {
    private static final Logger LOG = LoggerFactory.getLogger(Teams.class);

    /** The most players a seat's team holds, its lead included. */
    static final int TEAM_SIZE = 6;
    /** The most team members (leads not counted) a room holds. */
    static final int ROOM_MEMBERS = 40;

    private final Room room;
    /** Taking members off a team: by its lead or by the facilitator. */
    final TeamRemoval removal;
    /** Joins so far: orders members by when they came (see {@link Seat#leadAwayAt}). */
    private long joins;

    Teams(Room room) {
        this.room = room;
        this.removal = new TeamRemoval(room);
    }

    /** After a restart: each seat's members are away, their tokens work again. */
    void recovered(Map<String, List<JournalFile.SeatTaken>> members) {
        members.forEach((party, team) -> {
            Seat seat = room.seats.seat(party);
            if (seat == null || !seat.isHuman()) {
                return;
            }
            for (JournalFile.SeatTaken m : team) {
                seat.members.add(new TeamMember(m.name(), m.token(), null));
                room.hall.registerToken(m.token(), room);
            }
        });
    }

    // ---- joining and returning ----------------------------------------------------------------

    /** {@code join {role: "member"}} on a seat that {@link SeatTable#join} has checked exists and is in play. */
    void join(Session s, Seat seat, String re) {
        if (!seat.isHuman()) {
            s.error(seat.isFree() ? ErrorCode.NOT_IN_TEAM : ErrorCode.SEAT_TAKEN, seat.isFree()
                    ? room.texts.whose(seat.party) + " seat is free: there is no team to join yet; take the seat (join without role)"
                    : room.texts.whose(seat.party) + " seat is a bot's; a team forms around a player", re);
            return;
        }
        if (s.name.equals(ClientMessage.Hello.ANONYMOUS)) {
            s.error(ErrorCode.BAD_NAME, "a team member needs a name (hello with name) so the team can tell who is who", re);
            return;
        }
        if (clashes(s.name, null)) {
            s.error(ErrorCode.BAD_NAME, s.name + " already sits at this table; pick another name", re);
            return;
        }
        if (seat.members.size() + 1 >= TEAM_SIZE) {
            s.error(ErrorCode.TEAM_FULL, RoomTexts.capital(room.texts.whose(seat.party)) + " team has " + TEAM_SIZE
                    + " players, as many as a team may; join another seat's team", re);
            return;
        }
        if (room.seats.all().stream().mapToInt(x -> x.members.size()).sum() >= ROOM_MEMBERS) {
            s.error(ErrorCode.TEAM_FULL, "room " + room.code + " has " + ROOM_MEMBERS + " team members, as many as a room may", re);
            return;
        }
        if (room.journal.broken() && !room.heal()) {
            s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            return;
        }
        String token = Secrets.token();
        String hash = Secrets.hash(token);
        String name = s.name;
        if (!room.journal.tryAppend(f -> f.member(seat.party, name, hash))) {
            s.error(ErrorCode.SERVER_ERROR, "the server cannot record the seat; try again later", re);
            return;
        }
        s.teams = true; // a member asked for the team: it reads the team's messages
        TeamMember m = new TeamMember(name, hash, s);
        m.joined = ++joins;
        // the team sees who comes: nobody reads its channel unseen
        ServerMessage.Notice came = ServerMessage.Notice.of(NoticeKind.TEAM, name + " joined your team ("
                + room.texts.whose(seat.party) + ")");
        for (Session other : seat.sessions()) {
            other.send(came);
        }
        seat.members.add(m);
        room.hall.registerToken(hash, room);
        room.seats.attach(s, seat.party);
        room.views.fullStateNext(s);
        LOG.info("room {}: {} joins {}'s team", room.code, s, seat.party);
        s.send(joined(seat, token, true), re);
        // a member sees what the seat sees: the party's private lines too, and the team's channel
        for (ServerMessage.Said said : room.views.recentChat(seat.party)) {
            s.send(said);
        }
        room.talk.sendTeamLines(s, seat.party);
        // a newcomer never takes the lead from an absent lead: the seat waits for them as a seat of one
        room.views.broadcastState(null, null);
        room.views.publish();
    }

    /** A member's {@code hello} with their own token: back at the seat (see {@link SeatTable#resume}). */
    void resume(Session s, ClientMessage.Hello h, Seat seat, TeamMember m, String re) {
        if (s.room != null && !(s.room == room && seat.party.equals(s.party))) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        Session old = m.session;
        boolean live = old != null && old != s && !old.closed && old.channel.isActive();
        if (live && !h.takesOver()) {
            s.error(ErrorCode.SEAT_IN_USE, "your place in " + room.texts.whose(seat.party) + " team in room " + room.code
                    + " is in use by " + m.name + " on another connection. Ask before taking it over (hello with takeover: true)", re);
            return;
        }
        String named = h.name().equals(ClientMessage.Hello.ANONYMOUS) ? m.name : h.name();
        if (!named.equals(m.name) && clashes(named, m)) {
            s.error(ErrorCode.BAD_NAME, named + " already sits at this table; pick another name", re);
            return;
        }
        s.greet(named);
        s.events = h.wantsEvents();
        s.classroom = h.has(ClientMessage.Hello.CLASSROOM);
        s.teams = true; // a member: it asked for the team
        s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name, s.teacher), re);
        if (old != null && old != s) {
            old.leaveRoom();
            old.send(ServerMessage.Notice.of(NoticeKind.REPLACED, "your place in " + room.texts.whose(seat.party) + " team (room "
                    + room.code + ") was taken over by " + s.name + " from another connection"));
        }
        m.session = s;
        if (!named.equals(m.name) && room.journal.tryAppend(f -> f.member(seat.party, named, m.token))) {
            m.name = named;
        }
        room.seats.attach(s, seat.party);
        room.seats.someoneBack();
        LOG.info("room {}: {} resumes {}'s team", room.code, s, seat.party);
        // a lead who lost the lead only by dropping gets it back; a member who was in the team when the
        // lead went away takes it from a stand-in (the grace is over). Told so in the joined already.
        boolean back = !room.isOver() && (m.token.equals(seat.droppedLead)
                || seat.session() == null && seat.standIn() && m.joined <= seat.leadAwayAt);
        ServerMessage.Joined j = joined(seat, h.resume(), true);
        s.send(back ? new ServerMessage.Joined(j.room(), j.party(), j.seatToken(), j.brief(), j.scenario(),
                ServerMessage.Joined.LEAD, m.name) : j);
        room.views.catchUp(s, seat.party, h.since());
        room.talk.sendTeamLines(s, seat.party);
        if (!(back && handOver(seat, m, "back at the seat", null, null, false))) {
            room.views.broadcastState(null, null);
        }
        if (room.isOver()) {
            s.send(room.views.gameOver());
        }
        room.views.publish();
    }

    /** What a seat's team is told it joined: role and lead when the seat has a team. */
    ServerMessage.Joined joined(Seat seat, String token, boolean member) {
        String role = member ? ServerMessage.Joined.MEMBER : seat.members.isEmpty() ? null : ServerMessage.Joined.LEAD;
        return new ServerMessage.Joined(room.code, seat.party, token, room.scenario.brief(seat.party), room.scenario.info(),
                role, role == null ? null : seat.name());
    }

    /** The member's connection dropped ({@code leaving}: they sent {@code leave}); before the game their place goes. */
    void memberGone(Seat seat, TeamMember m, boolean leaving) {
        m.session = null;
        if (leaving && room.game.state().phase() == org.truce.shared.engine.Phase.LOBBY
                && room.journal.tryAppend(f -> f.unmember(seat.party, m.token))) {
            seat.members.remove(m);
            room.hall.unregisterToken(m.token, "you left " + room.texts.whose(seat.party) + " team in room " + room.code);
        }
    }

    /** The old lead (their token's hash {@code token}) left the seat before the game, after handing it on: their place goes. */
    void leftLobby(Seat seat, String token) {
        for (TeamMember m : seat.members) {
            if (m.token.equals(token)) {
                memberGone(seat, m, true);
                return;
            }
        }
    }

    /**
     * A {@code hello} without a token from a team member: they go by {@code name} (journaled, shown
     * to the table); no name keeps theirs. Refused ({@code bad_name}) if it passes for someone
     * seated in the room, ({@code server_error}) if it cannot be recorded.
     */
    void rename(Session s, TeamMember m, String name, String re) {
        String now = name.equals(ClientMessage.Hello.ANONYMOUS) ? m.name : name;
        if (!now.equals(m.name)) {
            if (clashes(now, m)) {
                s.error(ErrorCode.BAD_NAME, now + " already sits at this table; pick another name", re);
                return;
            }
            if (!room.journal.tryAppend(f -> f.member(s.party, now, m.token))) {
                s.error(ErrorCode.SERVER_ERROR, "the server cannot record the new name; you keep the name " + m.name, re);
                return;
            }
            m.name = now;
        }
        s.greet(now);
        s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, now, s.teacher), re);
        room.views.broadcastState(null, null);
        room.views.publish();
    }

    /** The seat is freed: its members go with it (their tokens stop working, their connections are told). */
    void disband(Seat seat, String why) {
        for (TeamMember m : seat.members) {
            room.hall.unregisterToken(m.token, why);
            if (m.session != null) {
                Session s = m.session;
                s.leaveRoom();
                s.send(ServerMessage.Notice.of(NoticeKind.SEAT_FREED, why));
            }
        }
        seat.members.clear();
    }

    // ---- the lead -------------------------------------------------------------------------------

    /**
     * The lead is gone (dropped or left in a game): a connected member takes the lead at once, so
     * neither a grace period nor a stand-in comes. False when no member is connected.
     */
    boolean leadGone(Seat seat) {
        TeamMember next = seat.connectedMember();
        String dropped = seat.token();
        if (next == null || !handOver(seat, next, "the lead dropped", null, null, false)) {
            return false;
        }
        seat.droppedLead = dropped; // theirs again when they return, unless handed on deliberately meanwhile
        return true;
    }

    /** The lead went away (dropped, or left in a game): members who join from now never take the lead automatically. */
    void leadAway(Seat seat) {
        seat.leadAwayAt = joins;
    }

    /** {@code make_lead {name}} from the seat's lead. */
    void makeLead(Session s, String name, String re) {
        Seat seat = s.party == null ? null : room.seats.seat(s.party);
        if (seat == null || s.room != room) {
            s.error(ErrorCode.NOT_JOINED, "join a seat first", re);
            return;
        }
        if (seat.session() != s) {
            s.error(ErrorCode.NOT_LEAD, "only the lead of " + room.texts.whose(seat.party) + " team (" + seat.name()
                    + ") hands the lead over", re);
            return;
        }
        if (room.isOver()) {
            s.error(ErrorCode.GAME_OVER, "the game is over: the lead stays with " + seat.name(), re);
            return;
        }
        TeamMember m = named(seat, name);
        if (m == null) {
            s.error(ErrorCode.NOT_IN_TEAM, noMember(seat, name), re);
            return;
        }
        if (m.session == null) {
            s.error(ErrorCode.MEMBER_AWAY, m.name + " is not connected: hand the lead to a member who is here", re);
            return;
        }
        if (!handOver(seat, m, "handed over", s, re, true)) {
            s.error(ErrorCode.SERVER_ERROR, "the server cannot record the new lead; you keep it", re);
        }
    }

    /** The facilitator's {@code name_lead}: the seat's team member {@code name} leads it. */
    FacilitationOutcome nameLead(String party, String name) {
        Seat seat = room.seats.seat(party);
        if (seat == null) {
            return FacilitationOutcome.refused(ErrorCode.UNKNOWN_PARTY, "no party '" + PlainText.echo(party) + "' in " + room.scenario.id());
        }
        if (seat.isHuman() && PlainText.sameName(name, seat.name())) {
            return FacilitationOutcome.done(seat.name() + " already leads " + room.texts.whose(party) + " team");
        }
        if (room.isOver()) {
            return FacilitationOutcome.refused(ErrorCode.GAME_OVER, "the game is over: the lead stays with " + seat.name());
        }
        TeamMember m = named(seat, name);
        if (m == null) {
            return FacilitationOutcome.refused(ErrorCode.NOT_IN_TEAM, noMember(seat, name));
        }
        if (m.session == null) {
            return FacilitationOutcome.refused(ErrorCode.MEMBER_AWAY, m.name + " is not connected: name a member who is here");
        }
        if (!handOver(seat, m, "named by the facilitator", null, null, true)) {
            return FacilitationOutcome.refused(ErrorCode.SERVER_ERROR, "the server cannot record the new lead");
        }
        return FacilitationOutcome.done(m.name + " leads " + room.texts.whose(party) + " team now");
    }

    /**
     * {@code next} leads the seat, the lead becomes a member in their place (journaled first). A
     * stand-in playing for an absent lead steps aside. The state goes out ({@code from}'s with {@code re}).
     * {@code deliberate}: handed on by a lead or the facilitator, so a lead who dropped does not get it back.
     */
    private boolean handOver(Seat seat, TeamMember next, String why, Session from, String re, boolean deliberate) {
        SeatState.Human lead = seat.human();
        if (lead == null || !room.journal.tryAppend(f -> f.lead(seat.party, next.token))) {
            return false;
        }
        boolean stoodIn = lead.presence() instanceof SeatState.StoodIn;
        room.graces.cancel(seat);
        int at = seat.members.indexOf(next);
        seat.members.set(at, new TeamMember(lead.name(), lead.token(), lead.presence().session()));
        SeatState.Presence p = next.session != null ? new SeatState.Present(next.session)
                : new SeatState.Away(room.timer.now());
        seat.set(new SeatState.Human(next.name, next.token, p));
        if (deliberate || next.token.equals(seat.droppedLead)) {
            seat.droppedLead = null;
        }
        if (next.session == null) {
            leadAway(seat);
            if (!room.isOver() && !room.seats.isLobby()) {
                room.graces.start(seat);
            }
        }
        LOG.info("room {}: {} leads {} ({})", room.code, next.name, seat.party, why);
        if (stoodIn) {
            room.views.notice(NoticeKind.RETURNED, RoomTexts.capital(room.texts.whose(seat.party))
                    + " team is back at the table; the stand-in steps aside");
        }
        room.views.broadcastState(from, re);
        room.views.publish();
        room.bots.moved();
        return true;
    }

    static TeamMember named(Seat seat, String name) {
        for (TeamMember m : seat.members) {
            if (PlainText.sameName(name, m.name)) {
                return m;
            }
        }
        return null;
    }

    String noMember(Seat seat, String name) {
        List<String> names = seat.members.stream().map(m -> m.name).toList();
        return "nobody called " + PlainText.echo(name) + " is in " + room.texts.whose(seat.party) + " team"
                + (names.isEmpty() ? " (it has no members)" : " (members: " + String.join(", ", names) + ")");
    }

    /** Whether {@code name} passes for someone seated in this room (any seat, any team) but {@code self}. */
    private boolean clashes(String name, TeamMember self) {
        for (Seat seat : room.seats.all()) {
            if (seat.isHuman() && seat.name() != null && PlainText.sameName(name, seat.name())) {
                return true;
            }
            for (TeamMember m : seat.members) {
                if (m != self && PlainText.sameName(name, m.name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code name} passes for a team member at any seat (its own lead's too: two in one team must differ). */
    boolean memberNamed(String name) {
        for (Seat seat : room.seats.all()) {
            if (named(seat, name) != null) {
                return true;
            }
        }
        return false;
    }
}
