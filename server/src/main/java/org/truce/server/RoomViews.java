package org.truce.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.json.Json;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;

/**
 * What a room shows: its state encoded once per change (the history re-encoded only when a round
 * closes), chat, notices, the game-over report and the lobby's summary, and the room's audience
 * (seated connections and spectators). Everything said to the room goes out through the
 * "broadcasting" section below. Touched only on the room's executor, except {@link #summary()}.
 */
final class RoomViews {
    /** Chat lines replayed to a returning player. */
    private static final int RECENT_CHAT = 50;
    private static final String HISTORY_LAST = "\"history\":[]}";
    private static final String STATE_TYPE = "{\"type\":\"" + ProtocolCodec.typeOf(new ServerMessage.State(
            "", "", "", 0, 0, null, null, Map.of(), List.of(), null, null, List.of(), null)) + "\",";

    private final Room room;
    // events: the recent events and chat, encoded once, for connections in stream mode
    private final EventStream stream;
    private final Set<Session> spectators = new LinkedHashSet<>();
    /** The observers among the spectators, each with the party whose team channel they also read (null: none). */
    private final Map<Session, String> observers = new LinkedHashMap<>();
    /** The encoded history and what it was encoded from (see {@link #historyJson()}). */
    private byte[] historyBytes;
    private int historyCount = -1;
    private RoundRecord historyLast;
    private volatile ServerParts.RoomSummary summary;
    /** The game_over message and the drafts' marks in it. */
    private final GameOverReport report;

    RoomViews(Room room) {
        this.room = room;
        this.report = new GameOverReport(room);
        this.stream = new EventStream(room.hall.eventsKept, room.game.events()); // events: rebuilt from the journal after a restart
        EventVersions counted = new EventVersions();
        for (Event e : room.game.events()) {
            announced(e, counted.observe(e));
        }
    }

    /** The facilitator's messages so far, the newest {@link ServerParts.Announcement#KEPT}: every state lists them. */
    private final java.util.ArrayDeque<ServerParts.Announcement> announcements = new java.util.ArrayDeque<>();

    /** The facilitator's other actions in words, the newest {@link ServerParts.Announcement#KEPT}: every state lists them. */
    private final java.util.ArrayDeque<ServerParts.Note> notes = new java.util.ArrayDeque<>();

    private void announced(Event e, int version) {
        if (e instanceof Event.Announced a) {
            announcements.add(new ServerParts.Announcement(a.round(), a.text(), version));
            if (announcements.size() > ServerParts.Announcement.KEPT) {
                announcements.poll();
            }
        }
        String did = room.texts.facilitated(e);
        if (did != null) {
            notes.add(new ServerParts.Note(((PublicEvent.Classroom) PublicEvent.of(e)).round(), did, version));
            if (notes.size() > ServerParts.Announcement.KEPT) {
                notes.poll();
            }
        }
    }

    // ---- the audience ---------------------------------------------------------------------------

    /** Every connection in the room (seats and spectators). */
    List<Session> audience() {
        List<Session> out = new ArrayList<>();
        for (Seat s : room.seats.all()) {
            out.addAll(s.sessions()); // the lead's and every team member's
        }
        out.addAll(spectators);
        return out;
    }

    /** {@code observe}: the connection watches as an observer, attached to {@code party}'s team (null: none). */
    void observe(Session s, String party, String re) {
        if (s.room != null) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        if (!s.name.equals(org.truce.shared.protocol.ClientMessage.Hello.ANONYMOUS) && observerNamed(s.name)) {
            // the facilitator attaches observers by name: two of one name could not be told apart
            s.error(ErrorCode.BAD_NAME, "an observer called " + s.name + " already watches room " + room.code
                    + "; pick another name (hello with name)", re);
            return;
        }
        watch(s, null, re);
        observers.put(s, party);
        if (party != null) {
            s.teams = true; // it asked for a team's channel
            room.talk.sendTeamLines(s, party);
        }
    }

    /**
     * The facilitator attaches the observer called {@code name} to {@code party}'s team (null:
     * detaches). Returns how many observers have that name: only when exactly one does is it done.
     */
    int attach(String name, String party) {
        List<Session> named = new ArrayList<>();
        for (Session o : observers.keySet()) {
            if (org.truce.shared.scenario.PlainText.sameName(name, o.name)) {
                named.add(o);
            }
        }
        if (named.size() == 1) {
            Session o = named.get(0);
            observers.put(o, party);
            if (party != null) {
                o.teams = true; // it reads a team's channel now, as observe {party} does
                room.talk.sendTeamLines(o, party);
            }
        }
        return named.size();
    }

    /** Whether an observer of this room goes by a name that passes for {@code name}. */
    boolean observerNamed(String name) {
        return observers.keySet().stream().anyMatch(o -> org.truce.shared.scenario.PlainText.sameName(name, o.name));
    }

    /** Who reads {@code party}'s team channel besides its team: observers attached to it and facilitators watching. */
    List<Session> teamWatchers(String party) {
        List<Session> out = new ArrayList<>();
        for (Session s : spectators) {
            if (s.teacher || party.equals(observers.get(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * {@code spectate}: the connection watches; it gets the chat so far (or, in stream mode, just
     * what it missed since {@code since}), the state, and the game's end if it is over.
     */
    void watch(Session s, Integer since, String re) {
        if (s.room != null) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        spectators.add(s);
        room.seats.attach(s, null);
        s.send(new ServerMessage.Spectating(room.code, room.scenario.info()), re);
        catchUp(s, null, since);
        StateFrame frame = stateFrame();
        try {
            stream.state(s, frame, null, null, false); // events: with or without history
        } finally {
            frame.release();
        }
        if (room.isOver()) {
            s.send(gameOver());
        }
    }

    /** The connection no longer watches; true if it did. */
    boolean unwatch(Session s) {
        observers.remove(s);
        return spectators.remove(s);
    }

    /** The room closes: nobody watches any more. */
    void clearSpectators() {
        spectators.clear();
        observers.clear();
    }

    // ---- broadcasting: every message to the room's audience goes out here -------------------------

    /**
     * One encoding per change, not one per seat: the state is built and serialised once, to
     * UTF-8 bytes, and each seat's line shares those bytes and only appends {@code you} (and
     * the reply's {@code re}). The history, which makes most of a state's size, is re-encoded only
     * when a round closes.
     */
    void broadcastState(Session from, String re) {
        if (audienceIsEmpty()) {
            return;
        }
        StateFrame frame = stateFrame();
        try {
            for (Seat seat : room.seats.all()) {
                for (Session s : seat.sessions()) { // the lead and the team's members see the same seat
                    // events: with or without history; the direct reply is never coalesced away
                    stream.state(s, frame, seat.party, s == from ? re : null, s == from);
                }
            }
            for (Session s : spectators) {
                stream.state(s, frame, null, null, false); // events:
            }
        } finally {
            frame.release();
        }
    }

    /** events: a new event is recorded in the stream and sent to the connections in stream mode. */
    void happened(Event e, int version) {
        announced(e, version);
        stream.happened(e, version, audience());
    }

    /** events: this stream-mode connection's next state is a full one (it just took a seat). */
    void fullStateNext(Session s) {
        stream.fullStateNext(s);
    }

    /**
     * The chat a connection arriving at {@code party} (null: watching) may see, before its state:
     * in stream mode just what it missed since {@code since} (events: see {@link EventStream#catchUp}),
     * else the recent chat.
     */
    void catchUp(Session s, String party, Integer since) {
        if (!stream.catchUp(s, party, since)) {
            // the chat before the state, as on a resume: a client places each line in its round
            for (ServerMessage.Said said : recentChat(party)) {
                s.send(said);
            }
        }
    }

    /** A chat line goes to whoever may read it: everyone for a public line, else the two parties. */
    void deliver(Event.Said e, int version, Session from, String re) {
        ServerMessage.Said m = saidView(e, version);
        if (Command.Say.ALL.equals(e.to())) {
            for (Session s : audience()) {
                s.send(m, s == from ? re : null);
            }
            return;
        }
        // private: the sender's echo and the recipient, nobody else (no spectator, no other seat)
        for (String party : List.of(e.from(), e.to())) {
            for (Session s : room.seats.seat(party).sessions()) { // each party's whole team
                s.send(m, s == from ? re : null);
            }
        }
    }

    /** A notice to everyone in the room. */
    void notice(NoticeKind kind, String text) {
        tellAllBut(ServerMessage.Notice.of(kind, text), null);
    }

    /** A message to everyone in the room but {@code except} (whose one message is its reply). */
    void tellAllBut(ServerMessage m, Session except) {
        for (Session s : audience()) {
            if (s != except) {
                s.send(m);
            }
        }
    }

    /** The game is over: everyone gets the report. */
    void tellGameOver() {
        tellAllBut(gameOver(), null);
    }

    private boolean audienceIsEmpty() {
        if (!spectators.isEmpty()) {
            return false;
        }
        for (Seat s : room.seats.all()) {
            if (!s.sessions().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    // ---- encoding ---------------------------------------------------------------------------------

    /** The current state, encoded once; the history part comes from a cache kept per closed round. */
    StateFrame stateFrame() {
        // straight from the record, not through ProtocolCodec's tree (same text: "type" first, no "re")
        String body = Json.gson().toJson(stateWith(null, List.of()));
        String json = STATE_TYPE + body.substring(1);
        if (!body.startsWith("{\"") || !json.endsWith(HISTORY_LAST)) {
            return StateFrame.whole(ProtocolCodec.encode(state(null), null)); // not the expected field order
        }
        byte[] head = json.substring(0, json.length() - 3).getBytes(StandardCharsets.UTF_8);
        return new StateFrame(head, historyJson());
    }

    /** The history as a JSON array, re-encoded only when a round has closed since last time. */
    private byte[] historyJson() {
        List<RoundRecord> h = room.game.state().history();
        RoundRecord last = h.isEmpty() ? null : h.get(h.size() - 1);
        if (historyBytes == null || h.size() != historyCount || !Objects.equals(last, historyLast)) {
            historyBytes = Json.gson().toJson(historyViews(h)).getBytes(StandardCharsets.UTF_8);
            historyCount = h.size();
            historyLast = last;
        }
        return historyBytes;
    }

    /** The state as {@code you} see it (the plain encoding; broadcasts use {@link #stateFrame()}). */
    ServerMessage.State state(String you) {
        return stateWith(you, historyViews(room.game.state().history()));
    }

    private List<ServerParts.RoundView> historyViews(List<RoundRecord> records) {
        EventVersions versions = room.versions;
        List<ServerParts.RoundView> history = new ArrayList<>(records.size());
        for (RoundRecord r : records) {
            Map<String, String> rv = new LinkedHashMap<>();
            r.votes().forEach((p, v) -> rv.put(p, v.wire()));
            history.add(new ServerParts.RoundView(r.round(), r.pen(), draftView(r.draft()), rv, r.agreed(),
                    r.byClock().isEmpty() ? null : r.byClock(), versions.tabledAt(r.round()), versions.votedAt(r.round()),
                    r.standIns().isEmpty() ? null : r.standIns()));
        }
        return history;
    }

    private ServerMessage.State stateWith(String you, List<ServerParts.RoundView> history) {
        GameState g = room.game.state();
        EventVersions versions = room.versions;
        Map<String, String> votes = new LinkedHashMap<>();
        g.votes().forEach((p, v) -> votes.put(p, v.wire()));
        int rounds = g.phase() == Phase.LOBBY ? room.setup.rounds() : g.rounds();
        boolean open = g.phase() == Phase.PROPOSING || g.phase() == Phase.VOTING;
        // the clock's remaining time is read now: the state goes out at once
        return new ServerMessage.State(room.code, room.scenario.id(), g.phase().wire(), g.round(), rounds, g.pen(),
                draftView(g.draft()), votes, seatViews(), room.clock.deadline(), room.clock.remainingMs(), versions.version(),
                open ? versions.tabledAt(g.round()) : null, open ? versions.votedAt(g.round()) : null,
                open && !g.standIns().isEmpty() ? g.standIns() : null, g.paused(), room.news.news(), List.copyOf(announcements),
                List.copyOf(notes), history, you);
    }

    private ServerParts.DraftView draftView(Draft d) {
        return d == null ? null : new ServerParts.DraftView(d.round(), d.by(), room.scenario.space().toTerms(d.pkg()),
                d.automatic(), d.standIn() ? Boolean.TRUE : null);
    }

    private List<ServerParts.Seat> seatViews() {
        List<ServerParts.Seat> out = new ArrayList<>();
        for (Seat s : room.seats.all()) {
            out.add(s.view());
        }
        return out;
    }

    private static ServerMessage.Said saidView(Event.Said e, int version) {
        return new ServerMessage.Said(e.from(), e.to(), e.text(), e.round(), e.standIn(), version, e.by());
    }

    /** Chat the party (or, for null, a spectator) may see, newest last, with the version of each line. */
    List<ServerMessage.Said> recentChat(String party) {
        List<ServerMessage.Said> out = new ArrayList<>();
        EventVersions counted = new EventVersions();
        for (Event e : room.game.events()) {
            int version = counted.observe(e);
            if (e instanceof Event.Said s && (Command.Say.ALL.equals(s.to())
                    || (party != null && (party.equals(s.to()) || party.equals(s.from()))))) {
                out.add(saidView(s, version));
            }
        }
        return out.size() <= RECENT_CHAT ? out : out.subList(out.size() - RECENT_CHAT, out.size());
    }

    ServerMessage.GameOver gameOver() {
        return report.gameOver();
    }

    // ---- the lobby's summary ----------------------------------------------------------------------

    /** The room as the lobby lists it (read off the executor). */
    ServerParts.RoomSummary summary() {
        return summary;
    }

    /** The lobby's summary catches up with the room. */
    void publish() {
        GameState g = room.game.state();
        int rounds = g.phase() == Phase.LOBBY ? room.setup.rounds() : g.rounds();
        summary = new ServerParts.RoomSummary(room.code, room.scenario.id(), room.scenario.info().title(), g.phase().wire(),
                g.round(), rounds, seatViews(), !g.isOver() ? null
                        : g.agreement() != null ? ServerParts.RoomSummary.DEAL : ServerParts.RoomSummary.NO_DEAL);
        // the teachers' class_state catches up too, once this is on disk (ClassStatePush keeps the overviews)
        room.hall.overviewChanged(room, ClassOverview.of(room));
        room.hall.classChanged();
    }
}
