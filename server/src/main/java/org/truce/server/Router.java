package org.truce.server;

import java.util.List;
import java.util.Locale;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.PlainText;

/**
 * Routes a connection's requests. What every phase answers alike comes first (a malformed line,
 * {@code ping}, the rate limits); the rest goes to the connection's {@link SessionPhase}, which
 * uses the services here: {@code hello}, room lookup, creation, and running a request on a room.
 * Runs on the connection's event loop and hands room work to the room's executor.
 */
final class Router implements Session.Dispatcher {
    private final Rooms rooms;
    private final ConnectionLimits limits;
    private final RoomCreation creation;
    private final ReportRequests reports;

    Router(Rooms rooms, ConnectionLimits limits, RoomCreation creation) {
        this.rooms = rooms;
        this.limits = limits;
        this.creation = creation;
        this.reports = new ReportRequests(rooms.config().dataDir(), rooms.catalog());
    }

    @Override
    public void dispatch(Session s, Object request, Runnable done) {
        if (request instanceof ProtocolDecoder.Malformed m) {
            s.error(m.code(), m.message(), m.re());
            done.run();
            return;
        }
        @SuppressWarnings("unchecked")
        ProtocolCodec.Envelope<ClientMessage> env = (ProtocolCodec.Envelope<ClientMessage>) request;
        String re = env.id();
        ClientMessage msg = env.message();
        if (msg instanceof ClientMessage.Ping) {
            s.send(new ServerMessage.Pong(), re);
            done.run();
            return;
        }
        String limited = limits.rateLimited(s, msg);
        if (limited != null) {
            s.error(ErrorCode.RATE_LIMITED, limited, re);
            done.run();
            return;
        }
        s.phase().handle(this, s, msg, re, done);
    }

    ScenarioCatalog catalog() {
        return rooms.catalog();
    }

    /** The rooms as {@code rooms} lists them. */
    List<ServerParts.RoomSummary> roomList() {
        return RoomList.summaries(rooms.all(), rooms.config().limits().roomsListed());
    }

    void create(Session s, ClientMessage.CreateRoom c, String re, Runnable done) {
        creation.create(s, c, re, done, this);
    }

    /** The room with this join code, or null after telling the connection there is none. */
    Room lookup(Session s, String code, String re) {
        Room r = code == null ? null : rooms.room(code.strip().toUpperCase(Locale.ROOT));
        if (r == null) {
            s.error(ErrorCode.UNKNOWN_ROOM, "no room '" + PlainText.echo(code) + "' on this server", re);
        }
        return r;
    }

    /** Runs a request on the room's executor ({@code r} null: done at once); {@code done} follows whatever happens. */
    void onRoom(Session s, String re, Room r, Runnable done, Runnable task) {
        onRoom(s, re, r, done, task, false);
    }

    /** As {@link #onRoom}, for the task that opens a new room (the one task a room takes before it is open). */
    void opening(Session s, String re, Room r, Runnable done, Runnable task) {
        onRoom(s, re, r, done, task, true);
    }

    private void onRoom(Session s, String re, Room r, Runnable done, Runnable task, boolean opening) {
        if (r == null) {
            done.run();
            return;
        }
        r.executor.execute(() -> r.request(() -> {
            try {
                if (r.isGone()) {
                    s.error(ErrorCode.UNKNOWN_ROOM, "room " + r.code + " was closed", re);
                } else if (!opening && !r.opened) {
                    // in the hall before its set-up is on disk: a line now would precede the set-up
                    s.error(ErrorCode.UNKNOWN_ROOM, "room " + r.code + " is still being set up; try again in a moment", re);
                } else {
                    task.run();
                }
            } finally {
                // the connection's next request waits until this one's replies are out (after the force)
                r.executor.outbox().then(done);
            }
        }));
    }

    /**
     * {@code hello}: one reply (welcome or an error), and a refused hello changes nothing (name,
     * greeting, seat). Without a token from a connection in {@code in} (its seat's or watched
     * room, else null) it renames there; with {@code resume}, the checks and the welcome run on
     * the seat's room.
     */
    void hello(Session s, ClientMessage.Hello h, Room in, String re, Runnable done) {
        if (h.protocol() != ProtocolCodec.PROTOCOL_VERSION) {
            s.error(ErrorCode.BAD_PROTOCOL, "this server speaks protocol " + ProtocolCodec.PROTOCOL_VERSION + ", not " + h.protocol(), re);
            done.run();
            return;
        }
        String clash = partyNamed(h.name());
        if (clash != null) {
            s.error(ErrorCode.BAD_NAME, "'name' " + clash + " labels a party (and its bot) here; pick a name of your own", re);
            done.run();
            return;
        }
        if (h.teacherKey() != null) {
            teacher(s, h, in, re, done);
            return;
        }
        if (h.resume() == null && in != null) {
            // a connection in a room: its seat takes the new name too (see Room.rename)
            onRoom(s, re, in, done, () -> in.rename(s, h.name(), re));
            return;
        }
        if (h.resume() == null) {
            s.greet(h.name());
            s.events = h.wantsEvents(); // events: stream mode from this hello
            s.classroom = h.has(ClientMessage.Hello.CLASSROOM);
            s.teams = h.has(ClientMessage.Hello.TEAMS);
            // a teacher's connection stays one (a rename); the welcome says so again
            s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name, s.teacher), re);
            done.run();
            return;
        }
        String guessing = limits.guessing(s);
        if (guessing != null) {
            s.error(ErrorCode.RATE_LIMITED, guessing, re);
            done.run();
            return;
        }
        Room r = h.resume().startsWith(Secrets.HASH_PREFIX) ? null : rooms.byToken(h.resume());
        if (r == null) {
            limits.wrongSecret(s);
            s.error(ErrorCode.BAD_TOKEN, rooms.whyNoSeat(h.resume()), re);
            done.run();
            return;
        }
        onRoom(s, re, r, done, () -> r.resume(s, h, re));
    }

    /**
     * A {@code hello} with the teacher key: right, the connection is the facilitator of every room
     * ({@code welcome {facilitator: true}}, then a {@code class_state}); wrong, {@code bad_key},
     * counted like a wrong seat token. A later hello without the key (a rename) keeps it a
     * teacher's connection; a teacher's connection is not a player's, so no resume here.
     */
    private void teacher(Session s, ClientMessage.Hello h, Room in, String re, Runnable done) {
        try {
            if (h.resume() != null) {
                s.error(ErrorCode.BAD_FIELD, "'teacherKey' and 'resume' do not go together: the console holds no seat", re);
                return;
            }
            if (in != null) {
                s.error(ErrorCode.BAD_FIELD, "send 'teacherKey' from the lobby: leave room " + in.code + " first", re);
                return;
            }
            String guessing = limits.guessing(s);
            if (guessing != null) {
                s.error(ErrorCode.RATE_LIMITED, guessing, re);
                return;
            }
            String key = rooms.config().teacherKey();
            if (key == null || !java.security.MessageDigest.isEqual(
                    key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    h.teacherKey().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                limits.wrongSecret(s);
                s.error(ErrorCode.BAD_KEY, "that is not this server's teacher key (printed by truce serve, kept in its "
                        + "data directory as " + TeacherKey.FILE + ")", re);
                return;
            }
            s.teacher = true;
            s.greet(h.name());
            s.events = h.wantsEvents();
            s.classroom = h.has(ClientMessage.Hello.CLASSROOM);
            s.teams = h.has(ClientMessage.Hello.TEAMS);
            s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name, true), re);
            rooms.teacherJoined(s); // the class_state, after the welcome
        } finally {
            done.run();
        }
    }

    /**
     * A facilitator's request ({@link ClientMessage.Facilitation}): for one room it runs there and
     * is answered by {@link #answer}; for {@code "all"} rooms (a teacher's connection only) it runs
     * in every room and is answered once, with a {@code facilitated} listing where it took effect.
     */
    void facilitate(Session s, ClientMessage.Facilitation f, String re, Runnable done) {
        if (f.room() == null) {
            // remove_member without a room is a lead's, from their seat
            s.error(s.party == null ? ErrorCode.MISSING_FIELD : ErrorCode.NOT_LEAD, s.party == null
                    ? ProtocolCodec.typeOf(f) + " needs 'room' and 'party' (the facilitator's), or comes from a team's lead"
                    : "only the lead of your team or the facilitator removes a member", re);
            done.run();
            return;
        }
        if (f.forAll()) {
            if (!s.teacher) {
                s.error(ErrorCode.NOT_FACILITATOR, "only the teacher's console (hello with teacherKey) may act on every room; "
                        + "name one room and give its facilitatorKey", re);
                done.run();
            } else if (!f.allowsAll()) {
                s.error(ErrorCode.BAD_FIELD, "'room' must be one room's code for " + ProtocolCodec.typeOf(f)
                        + " (not \"all\")", re);
                done.run();
            } else {
                FacilitationFanOut.run(rooms.all(), s, f, re, done);
            }
            return;
        }
        if (!s.teacher && f.facilitatorKey() == null) {
            // the room checks a key given; none at all is refused here, without a trip to the room
            s.error(ErrorCode.NOT_FACILITATOR, ProtocolCodec.typeOf(f) + " is the facilitator's: give the room's facilitatorKey "
                    + "(from room_created), or use the teacher's console", re);
            done.run();
            return;
        }
        Room room = lookup(s, f.room(), re);
        onRoom(s, re, room, done, () -> answer(s, f, room, room.facilitate(s, f), re));
    }

    /** One room's reply: the refusal, or the notice close_room and free_seat have always had, or {@code facilitated}. */
    private static void answer(Session s, ClientMessage.Facilitation f, Room room, FacilitationOutcome o, String re) {
        if (!o.isDone()) {
            s.error(o.code(), o.text(), re);
        } else if (f instanceof ClientMessage.CloseRoom) {
            s.send(ServerMessage.Notice.of(org.truce.shared.protocol.NoticeKind.CLOSED, o.text()), re);
        } else if (f instanceof ClientMessage.FreeSeat) {
            s.send(ServerMessage.Notice.of(org.truce.shared.protocol.NoticeKind.SEAT_FREED, o.text()), re);
        } else {
            s.send(new ServerMessage.Facilitated(ProtocolCodec.typeOf(f), List.of(room.code), null), re);
        }
    }

    /** {@code create_rooms}: the teacher's connection only. */
    void createRooms(Session s, ClientMessage.CreateRooms c, String re, Runnable done) {
        if (!s.teacher) {
            s.error(ErrorCode.NOT_FACILITATOR, "only the teacher's console (hello with teacherKey) may create rooms in bulk; "
                    + "use create_room", re);
            done.run();
            return;
        }
        creation.createMany(s, c, re, done);
    }

    /**
     * {@code write_reports}: the teacher's connection only. The files are written off the event loop and
     * the rooms' threads, one request at a time; the connection goes on meanwhile and gets
     * {@code reports_written} (or a {@code server_error} naming the directory) when they are done.
     */
    void writeReports(Session s, String re, Runnable done) {
        if (!s.teacher) {
            s.error(ErrorCode.NOT_FACILITATOR, "only the teacher's console (hello with teacherKey) may write the reports; "
                    + "or run truce report on the server's machine", re);
        } else {
            reports.write(s, re);
        }
        done.run();
    }

    /** {@code name} quoted if it is a party's name (bots are labelled "Ukraine (bot)"), else null. */
    private String partyNamed(String name) {
        for (org.truce.shared.scenario.ScenarioInfo info : rooms.catalog().infos()) {
            for (org.truce.shared.scenario.Party p : info.parties()) {
                if (PlainText.sameName(name, p.name())) {
                    return "'" + name + "'";
                }
            }
        }
        return null;
    }
}
