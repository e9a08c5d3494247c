package org.truce.server;

import java.util.List;
import java.util.Locale;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
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

    Router(Rooms rooms, ConnectionLimits limits, RoomCreation creation) {
        this.rooms = rooms;
        this.limits = limits;
        this.creation = creation;
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
    List<ServerMessage.RoomSummary> roomList() {
        return RoomList.summaries(rooms.all(), rooms.config().limits().roomsListed());
    }

    void create(Session s, ClientMessage.CreateRoom c, String re, Runnable done) {
        creation.create(s, c, re, done, this);
    }

    /** The room with this join code, or null after telling the connection there is none. */
    Room lookup(Session s, String code, String re) {
        Room r = code == null ? null : rooms.room(code.strip().toUpperCase(Locale.ROOT));
        if (r == null) {
            s.error(ErrorCode.UNKNOWN_ROOM, "no room '" + code + "' on this server", re);
        }
        return r;
    }

    /** Runs a request on the room's executor ({@code r} null: done at once); {@code done} follows whatever happens. */
    void onRoom(Session s, String re, Room r, Runnable done, Runnable task) {
        if (r == null) {
            done.run();
            return;
        }
        r.executor.execute(() -> r.request(() -> {
            try {
                if (r.isGone()) {
                    s.error(ErrorCode.UNKNOWN_ROOM, "room " + r.code + " was closed", re);
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
        if (h.resume() == null && in != null) {
            // a connection in a room: its seat takes the new name too (see Room.rename)
            onRoom(s, re, in, done, () -> in.rename(s, h.name(), re));
            return;
        }
        if (h.resume() == null) {
            s.greet(h.name());
            s.events = h.wantsEvents(); // events: stream mode from this hello
            s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name), re);
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
