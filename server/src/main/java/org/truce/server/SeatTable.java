package org.truce.server;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/**
 * A room's seats and who holds them ({@link SeatState}): joining, resuming, leaving, renaming ({@link SeatNames}),
 * being away (the grace period and the stand-in after it are {@link GracePeriods}'), and freeing a
 * seat. Every change of hands is journaled before it is made. Touched only on the room's executor, except
 * {@link #emptySince()}.
 */
final class SeatTable {
    private static final Logger LOG = LoggerFactory.getLogger(SeatTable.class);

    private final Room room;
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    /** Since when no seated human has been connected (epoch ms), 0 while one is. Read by the sweeper. */
    private volatile long emptySince;
    /** Names at the table: renaming and the clash check. */
    final SeatNames names;

    SeatTable(Room room) {
        this.room = room;
        this.names = new SeatNames(room, this);
        for (String p : room.scenario.info().partyIds()) {
            seats.put(p, new Seat(p));
        }
        room.setup.bots().forEach((party, strategy) -> seats.get(party).set(new SeatState.Bot(strategy,
                room.scenario.info().party(party).name() + " (bot)", room.bots.newBot(party, strategy))));
        SeatHanding.replayed(room, seats); // the facilitator's seat_bot and free_seat, after a restart
        this.emptySince = room.timer.now();
    }

    Collection<Seat> all() {
        return seats.values();
    }

    Seat seat(String party) {
        return seats.get(party);
    }

    /** Epoch ms since when no seated human has been connected (0: one is). */
    long emptySince() {
        return emptySince;
    }

    /** Every seat is held: the game can start. */
    boolean full() {
        return seats.values().stream().noneMatch(Seat::isFree);
    }

    /**
     * After a restart: humans are away since now. A seat whose player was stood in for when the
     * server stopped is stood in again at once, and a seat freed in a game in progress gets its
     * stand-in back. Runs before the room takes requests.
     */
    void recovered(List<JournalFile.SeatTaken> taken, Set<String> standIns, boolean playing) {
        long now = room.timer.now();
        for (JournalFile.SeatTaken t : taken) {
            Seat s = seats.get(t.party());
            if (s == null) {
                LOG.warn("room {}: journal seats unknown party {}", room.code, t.party());
                continue;
            }
            SeatState.Presence p = playing && standIns.contains(t.party())
                    ? new SeatState.StoodIn(room.bots.standIn(s.party)) : new SeatState.Away(now);
            s.set(new SeatState.Human(t.name(), t.token(), p));
            room.hall.registerToken(t.token(), room);
        }
        for (Seat s : seats.values()) {
            if (playing && s.isFree()) {
                s.set(new SeatState.Free(room.bots.standIn(s.party)));
            }
        }
    }

    // ---- requests -------------------------------------------------------------------------------

    void join(Session s, ClientMessage.Join j, String re) {
        if (s.room != null) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        Seat seat = seats.get(j.party());
        if (seat == null) {
            s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + org.truce.shared.scenario.PlainText.echo(j.party()) + "' in " + room.scenario.id() + " (parties: "
                    + String.join(", ", seats.keySet()) + ")", re);
            return;
        }
        if (room.isOver()) {
            // a seat freed during the game: nothing is left to play from it; the debrief is for watchers
            s.error(ErrorCode.GAME_OVER, "the game in room " + room.code + " is over; watch it (spectate) to see how it ended", re);
            return;
        }
        if (j.asMember()) {
            room.teams.join(s, seat, re); // a held seat's team
            return;
        }
        if (!seat.isFree()) {
            s.error(ErrorCode.SEAT_TAKEN, room.texts.whose(j.party()) + " seat is taken by "
                    + (seat.isHuman() ? (seat.name() == null ? "another player" : seat.name()) : "a bot")
                    + "; choose another seat", re);
            return;
        }
        if (names.refusedNameClash(s, s.name, j.party(), re)) {
            return;
        }
        if (room.journal.broken() && !room.heal()) {
            s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            return;
        }
        String token = Secrets.token();
        String hash = Secrets.hash(token); // as in the journal
        if (!room.journal.tryAppend(f -> f.seat(new JournalFile.SeatTaken(j.party(), s.name, hash)))) {
            s.error(ErrorCode.SERVER_ERROR, "the server cannot record the seat; try again later", re);
            return;
        }
        // a freed seat's stand-in steps aside
        seat.set(new SeatState.Human(s.name, hash, new SeatState.Present(s)));
        room.hall.registerToken(hash, room);
        emptySince = 0;
        attach(s, j.party());
        room.views.fullStateNext(s); // events: a seat taken gets the whole state once
        LOG.info("room {}: {} takes {}", room.code, s, j.party());
        s.send(new ServerMessage.Joined(room.code, j.party(), token, room.scenario.brief(j.party()), room.scenario.info()), re);
        // a seat taken mid-game (e.g. freed by the facilitator): the public chat so far, as a spectator
        // gets it, before the state; the seat's private lines belonged to its previous occupant
        for (ServerMessage.Said said : room.views.recentChat(null)) {
            s.send(said);
        }
        if (!room.startIfFull()) {
            room.views.broadcastState(null, null);
        }
        room.views.publish();
    }

    /**
     * {@code hello} with a seat token (see {@link Rooms}): every check comes before any change,
     * and the one reply is the welcome or the error. A seat another open connection is using is
     * taken only on {@code takeover: true}; that connection is told and let go.
     */
    void resume(Session s, ClientMessage.Hello h, String re) {
        String token = h.resume();
        Seat seat = null;
        for (Seat candidate : seats.values()) {
            if (Secrets.matches(token, candidate.token())) {
                seat = candidate;
            }
            for (TeamMember m : candidate.members) {
                if (Secrets.matches(token, m.token)) {
                    room.teams.resume(s, h, candidate, m, re); // a team member's own token
                    return;
                }
            }
        }
        if (seat == null) {
            // revoked since Rooms.hello looked it up: a wrong secret all the same, as there
            room.hall.wrongSecret(s);
            s.error(ErrorCode.BAD_TOKEN, room.hall.whyNoSeat(token), re);
            return;
        }
        if (s.room != null && !(s.room == room && seat.party.equals(s.party))) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        SeatState.Human held = seat.human();
        Session old = seat.session();
        boolean live = old != null && old != s && !old.closed && old.channel.isActive();
        if (live && !h.takesOver()) {
            s.error(ErrorCode.SEAT_IN_USE, RoomTexts.capital(room.texts.whose(seat.party)) + " seat in room " + room.code
                    + " is in use by " + held.name() + " on another connection. Ask before taking it over"
                    + " (hello with takeover: true), or choose a free seat", re);
            return;
        }
        // no name given: the player keeps the seat's name, and the welcome says which
        String named = h.name().equals(ClientMessage.Hello.ANONYMOUS) && held.name() != null ? held.name() : h.name();
        if (names.refusedNameClash(s, named, seat.party, re)) {
            return;
        }
        s.greet(named);
        s.events = h.wantsEvents(); // events: stream mode from this hello
        s.classroom = h.has(ClientMessage.Hello.CLASSROOM);
        s.teams = h.has(ClientMessage.Hello.TEAMS);
        s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name, s.teacher), re);
        if (old != null && old != s) {
            // back in the lobby before it is told: a request it sends on reading the notice is a lobby's
            old.leaveRoom();
            // told why its table stopped, so that it can show what to do next
            old.send(ServerMessage.Notice.of(NoticeKind.REPLACED, "your seat (" + room.scenario.info().party(seat.party).name()
                    + ", room " + room.code + ") was taken over by " + s.name + " from another connection"));
        }
        boolean wasStandIn = seat.standIn();
        seat.set(held.with(new SeatState.Present(s))); // seated again before anything is journaled (a failure notice reaches them)
        String party = seat.party;
        if (!s.name.equals(ClientMessage.Hello.ANONYMOUS) && !s.name.equals(held.name())) {
            String newName = s.name;
            if (room.journal.tryAppend(f -> f.name(party, newName))) {
                seat.set(seat.human().named(newName)); // else the seat is still returned; the old name stays
            }
        }
        emptySince = 0;
        room.graces.cancel(seat);
        if (wasStandIn) {
            // the player is back even if this is not journaled; after a restart the stand-in would play until they return
            room.journal.tryAppend(f -> f.standIn(party, false));
        }
        attach(s, seat.party);
        LOG.info("room {}: {} resumes {}", room.code, s, seat.party);
        s.send(room.teams.joined(seat, token, false));
        room.views.catchUp(s, seat.party, h.since()); // events: just what was missed, or the recent chat
        room.talk.sendTeamLines(s, seat.party);
        if (wasStandIn) {
            room.views.notice(NoticeKind.RETURNED, RoomTexts.capital(room.texts.named(seat.party))
                    + "'s player is back at the table; the stand-in steps aside");
        }
        room.views.broadcastState(null, null);
        if (room.isOver()) {
            s.send(room.views.gameOver());
        }
        room.views.publish();
    }

    /** {@code leave}: a seat in the lobby is freed for anyone; in a game it is kept for its player, who is away. */
    void leave(Session s, String re) {
        boolean freed = false;
        String handedOn = null; // in the lobby: who leads the team the player's place in it is given up
        boolean watching = s.party == null;
        if (s.party != null) {
            Seat seat = seats.get(s.party);
            TeamMember m = seat.member(s);
            if (m != null) {
                room.teams.memberGone(seat, m, true);
                if (room.game.state().phase() == Phase.LOBBY && !seat.members.contains(m)) {
                    handedOn = seat.name();
                }
            } else if (seat.session() == s) {
                if (room.game.state().phase() == Phase.LOBBY && !room.journal.broken() && seat.members.isEmpty()) {
                    // before the game starts a seat is not kept: someone else may take it
                    freed = unseat(seat, Unseating.LEFT);
                }
                if (!freed) {
                    String token = seat.token();
                    away(seat);
                    if (room.game.state().phase() == Phase.LOBBY && !token.equals(seat.token())) {
                        room.teams.leftLobby(seat, token); // a member leads now; the old lead's place is not kept before the game
                        handedOn = seat.name();
                    }
                }
            }
        }
        room.views.unwatch(s);
        s.leaveRoom();
        s.send(ServerMessage.Notice.of(NoticeKind.LEFT, watching
                ? "you stopped watching room " + room.code
                : freed
                ? "you left room " + room.code + "; the game had not started, so your seat is free again for anyone"
                : handedOn != null
                ? "you left room " + room.code + "; the game had not started, so your place in the team is given up"
                        + " (" + handedOn + " leads it)"
                : "you left room " + room.code + "; you can come back to your seat from this computer"), re);
        room.views.broadcastState(null, null);
        room.views.publish();
    }

    /** The connection dropped. Idempotent: join and close may race on different threads. */
    void disconnected(Session s) {
        boolean changed = room.views.unwatch(s);
        if (s.party != null) {
            Seat seat = seats.get(s.party);
            TeamMember m = seat == null ? null : seat.member(s);
            if (m != null) {
                room.teams.memberGone(seat, m, false);
                changed = true;
                LOG.info("room {}: {} dropped from {}'s team", room.code, s, seat.party);
            } else if (seat != null && seat.session() == s) {
                away(seat);
                changed = true;
                LOG.info("room {}: {} dropped from {}", room.code, s, seat.party);
            }
        }
        if (changed) {
            room.views.broadcastState(null, null);
            room.views.publish();
        }
    }

    /**
     * Frees a human seat and revokes its token (journaled first, with its {@code reason}). In
     * a game in progress the seat's bot persona plays it until someone joins. False if the journal
     * cannot be written.
     */
    boolean unseat(Seat seat, Unseating reason) {
        String token = seat.token();
        if (!room.journal.tryAppend(f -> f.unseat(seat.party, token, reason))) {
            return false;
        }
        unseated(seat, token, reason);
        return true;
    }

    /** What {@link #unseat} does once its line is journaled (by itself, or with the event that says why). */
    void unseated(Seat seat, String token, Unseating reason) {
        String why = RoomTexts.unseatedWhy(room.code, room.scenario.info().party(seat.party).name(), reason);
        room.hall.unregisterToken(token, why);
        room.teams.disband(seat, why);
        room.graces.cancel(seat);
        boolean playing = room.game.state().phase() != Phase.LOBBY && !room.isOver();
        seat.set(new SeatState.Free(playing ? room.bots.standIn(seat.party) : null));
        if (emptySince == 0 && !anyHumanConnected()) {
            emptySince = room.timer.now();
        }
        LOG.info("room {}: {}'s seat freed ({})", room.code, seat.party, reason);
    }

    /** The room closes: nobody is seated any more and every seat token is revoked ({@code why}, in the players' words). */
    void dismiss(String why) {
        long now = room.timer.now();
        for (Seat seat : seats.values()) {
            SeatState.Human h = seat.human();
            if (h != null && h.presence() instanceof SeatState.Present) {
                seat.set(h.with(new SeatState.Away(now)));
            }
            if (seat.token() != null) {
                room.hall.unregisterToken(seat.token(), why);
            }
            for (TeamMember m : seat.members) {
                room.hall.unregisterToken(m.token, why);
                m.session = null;
            }
        }
    }

    boolean anyHumanConnected() {
        return seats.values().stream().anyMatch(s -> s.isHuman() && !s.sessions().isEmpty());
    }

    /** A player is at the table again (a team member returned). */
    void someoneBack() {
        emptySince = 0;
    }

    /** The game has not started. */
    boolean isLobby() {
        return room.game.state().phase() == Phase.LOBBY;
    }

    /** The connection is in this room now (at {@code party}, or watching for null). */
    void attach(Session s, String party) {
        s.enter(room, party);
        if (s.closed) {
            // the connection closed while this request was queued: channelInactive may have missed the room
            room.executor.execute(() -> room.disconnected(s));
        }
    }

    /** The player is away from now: the grace period runs (see {@link GracePeriods}). */
    private void away(Seat seat) {
        long now = room.timer.now();
        seat.set(seat.human().with(new SeatState.Away(now)));
        room.teams.leadAway(seat);
        if (!room.isOver() && room.teams.leadGone(seat)) {
            return; // a connected member leads now: no grace period, no stand-in
        }
        if (emptySince == 0 && !anyHumanConnected()) {
            emptySince = now;
        }
        if (!room.isOver()) {
            room.graces.start(seat);
        }
    }
}
