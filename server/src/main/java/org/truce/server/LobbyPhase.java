package org.truce.server;

import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;

/**
 * A welcomed connection in no room: it lists scenarios and rooms, creates, joins or watches a
 * room, and a facilitator (a room's key or the teacher's) acts on rooms. Table moves need a seat first.
 */
final class LobbyPhase implements SessionPhase {
    static final LobbyPhase INSTANCE = new LobbyPhase();

    private LobbyPhase() {
    }

    @Override
    public void handle(Router r, Session s, ClientMessage m, String re, Runnable done) {
        if (m instanceof ClientMessage.Hello h) {
            r.hello(s, h, null, re, done);
        } else if (!lobbyRequest(r, s, m, re, done)) {
            // propose, vote, say, leave
            s.error(ErrorCode.NOT_JOINED, "join a room first", re);
            done.run();
        }
    }

    /**
     * The requests a connection may make from any phase after the greeting (a seated player may
     * list rooms or open another; its room refuses a second seat). False, with {@code done} not
     * run, for any other request.
     */
    static boolean lobbyRequest(Router r, Session s, ClientMessage m, String re, Runnable done) {
        if (m instanceof ClientMessage.ListScenarios) {
            s.send(new ServerMessage.Scenarios(r.catalog().infos()), re);
            done.run();
        } else if (m instanceof ClientMessage.ListRooms) {
            s.send(new ServerMessage.Rooms(r.roomList()), re);
            done.run();
        } else if (m instanceof ClientMessage.CreateRoom c) {
            r.create(s, c, re, done);
        } else if (m instanceof ClientMessage.Join j) {
            Room room = r.lookup(s, j.room(), re);
            r.onRoom(s, re, room, done, () -> room.join(s, j, re));
        } else if (m instanceof ClientMessage.Spectate sp) {
            Room room = r.lookup(s, sp.room(), re);
            r.onRoom(s, re, room, done, () -> room.spectate(s, sp.since(), re)); // events: since
        } else if (m instanceof ClientMessage.Observe o) {
            Room room = r.lookup(s, o.room(), re);
            r.onRoom(s, re, room, done, () -> room.observe(s, o, re)); // a spectator who may read a team's channel
        } else if (m instanceof ClientMessage.Facilitation f) {
            r.facilitate(s, f, re, done); // close_room, free_seat, pause, announce, … (one room or "all")
        } else if (m instanceof ClientMessage.CreateRooms c) {
            r.createRooms(s, c, re, done);
        } else if (m instanceof ClientMessage.WriteReports) {
            r.writeReports(s, re, done); // the console's debrief key
        } else {
            return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "lobby";
    }
}
