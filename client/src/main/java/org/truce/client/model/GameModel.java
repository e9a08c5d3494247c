package org.truce.client.model;

import java.util.ArrayList;
import java.util.List;
import org.truce.client.model.LogEntry.Kind;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerMessage.DraftView;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * What this client knows: the scenarios and rooms on offer, its seat and brief, the latest room
 * state, the chat and event log, the end of the game. Owned by the GUI thread, except the seat
 * token, which the network thread reads when it says hello again after a drop.
 */
public final class GameModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GameModel.class);

    private List<ScenarioInfo> scenarios = List.of();
    private List<ServerMessage.RoomSummary> rooms = List.of();
    private ScenarioInfo scenario;
    private Names names;
    private Brief brief;
    private Worth worth;
    private String party;
    private String room;
    /** Keys of the rooms this client created: they let it close the room or free a seat. */
    private final java.util.Map<String, String> facilitatorKeys = new java.util.HashMap<>();
    private volatile String seatToken;
    private State state;
    private ServerMessage.GameOver gameOver;
    /** The chat and the table's events, each once, in its round. */
    private final EventLog events = new EventLog(this);
    private final java.util.function.LongSupplier wallMillis;
    private final java.util.function.LongSupplier monoMillis;
    /** The monotonic time (ms) the current state arrived: its {@code remainingMs} counts from then. */
    private long stateAt;

    /** A model on the machine's clocks. */
    public GameModel() {
        this(System::currentTimeMillis, () -> System.nanoTime() / 1_000_000L);
    }

    /**
     * A model on given clocks: {@code wallMillis} (epoch ms, used only against an old server's
     * deadline) and {@code monoMillis} (a monotonic count of ms: the countdown runs on it).
     */
    public GameModel(java.util.function.LongSupplier wallMillis, java.util.function.LongSupplier monoMillis) {
        this.wallMillis = wallMillis;
        this.monoMillis = monoMillis;
    }

    /**
     * Cleans a server message ({@link Sanitize}) and folds it in. Returns the cleaned message, or
     * null when it was too malformed to use (dropped with one log line).
     */
    public ServerMessage accept(ServerMessage raw) {
        ServerMessage m;
        try {
            m = Sanitize.message(raw);
            fold(m);
        } catch (RuntimeException e) {
            LOG.warn("dropped a malformed {} from the server: {}", raw == null ? "message" : raw.getClass().getSimpleName(), e.toString());
            return null;
        }
        return m;
    }

    /** Cleans and folds a server message in; returns false for messages that change nothing here (or were dropped). */
    public boolean apply(ServerMessage raw) {
        ServerMessage m;
        try {
            m = Sanitize.message(raw);
            return fold(m);
        } catch (RuntimeException e) {
            LOG.warn("dropped a malformed {} from the server: {}", raw == null ? "message" : raw.getClass().getSimpleName(), e.toString());
            return false;
        }
    }

    private boolean fold(ServerMessage m) {
        if (events.replaying() && !(m instanceof ServerMessage.Said) && !(m instanceof ServerMessage.Joined)
                && !(m instanceof ServerMessage.Spectating)) {
            events.endReplay(); // the replayed chat ends where anything else begins
        }
        if (m instanceof ServerMessage.RoomCreated rc && rc.code() != null && rc.facilitatorKey() != null) {
            facilitatorKeys.put(rc.code(), rc.facilitatorKey());
            return false;
        }
        if (m instanceof ServerMessage.Scenarios s) {
            scenarios = s.scenarios() == null ? List.of() : List.copyOf(s.scenarios());
        } else if (m instanceof ServerMessage.Rooms r) {
            rooms = r.rooms() == null ? List.of() : List.copyOf(r.rooms());
        } else if (m instanceof ServerMessage.Joined j) {
            events.rejoin(); // the server replays the recent chat before the state
            room = j.room();
            party = j.party();
            seatToken = j.seatToken();
            setScenario(j.scenario());
            brief = j.brief();
            worth = brief == null || scenario == null ? null : new Worth(scenario, brief);
        } else if (m instanceof ServerMessage.Spectating s) {
            events.rejoin();
            room = s.room();
            party = null;
            // a spectator sees public information only: nothing of a seat held before stays
            brief = null;
            worth = null;
            gameOver = null;
            setScenario(s.scenario());
        } else if (m instanceof State s) {
            boolean hadState = state != null;
            stateAt = monoMillis.getAsLong();
            state = s;
            events.state(s, hadState);
        } else if (m instanceof ServerMessage.Said s) {
            if (!"all".equals(s.to()) && (party == null || !(party.equals(s.from()) || party.equals(s.to())))) {
                return false; // a private line between others never shows here, whatever a server sends
            }
            events.said(s);
        } else if (m instanceof ServerMessage.Notice n) {
            if ("left".equals(n.kind()) && room == null) {
                return false; // we left for a new game or the lobby: the old room's goodbye is noise here
            }
            events.notice(n, state);
        } else if (m instanceof ServerMessage.GameOver g) {
            gameOver = g;
            events.arrived(Kind.EVENT, g.round(), g.agreement() == null ? "No deal: the talks have ended." : "Agreement reached in round " + g.round() + "!");
        } else if (m instanceof ServerMessage.Error e) {
            events.arrived(Kind.ERROR, currentRound(), "Server: " + e.message());
        } else {
            return false;
        }
        return true;
    }

    private void setScenario(ScenarioInfo info) {
        if (info != null) {
            scenario = info;
            names = new Names(info);
        }
    }

    /** A party's name as the log shows a speaker or actor; a stand-in bot playing an absent human's seat says so. */
    public String who(String id) {
        String name = names == null ? id : names.party(id);
        return isStandIn(id) ? name + " (stand-in)" : name;
    }

    /** Whether a bot persona is playing this human seat while its player is away (or a freed seat until someone takes it). */
    public boolean isStandIn(String id) {
        if (state == null || state.seats() == null || id == null) {
            return false;
        }
        for (ServerMessage.Seat seat : state.seats()) {
            if (id.equals(seat.party())) {
                // a bot's own seat says "bot"; a human's (or a freed) seat with a strategy is played by a stand-in
                return !"bot".equals(seat.occupant()) && seat.strategy() != null;
            }
        }
        return false;
    }

    /** The round in which a re-tabled draft was first tabled by its author (0 if unknown). */
    public int originRound(DraftView d) {
        if (d == null || !d.automatic()) {
            return d == null ? 0 : d.round();
        }
        int origin = 0;
        if (state != null && state.history() != null) {
            for (ServerMessage.RoundView r : state.history()) {
                if (r.round() < d.round() && r.draft() != null && !r.draft().automatic()) {
                    origin = r.round();
                }
            }
        }
        return origin;
    }

    /** Forgets the game (seat, brief, state, log) before a new one; keeps the scenarios and rooms on offer. */
    public void resetGame() {
        scenario = null;
        names = null;
        brief = null;
        worth = null;
        party = null;
        room = null;
        seatToken = null;
        state = null;
        gameOver = null;
        events.clear();
    }

    /** A seat token remembered from an earlier run: the next hello asks for that seat back. */
    public void presetSeatToken(String token) {
        seatToken = token;
    }

    /** Adds a line that happens now, in {@code round}. */
    public void add(Kind kind, int round, String text) {
        events.add(kind, round, text);
    }

    private int currentRound() {
        return state == null ? 0 : state.round();
    }

    public List<ScenarioInfo> scenarios() {
        return scenarios;
    }

    public List<ServerMessage.RoomSummary> rooms() {
        return rooms;
    }

    public ScenarioInfo scenario() {
        return scenario;
    }

    public Names names() {
        return names;
    }

    public Brief brief() {
        return brief;
    }

    public Worth worth() {
        return worth;
    }

    public String party() {
        return party;
    }

    /** The facilitator key of the current room if this client created it, else null. */
    public String facilitatorKey() {
        return room == null ? null : facilitatorKeys.get(room);
    }

    public String room() {
        return room;
    }

    public String seatToken() {
        return seatToken;
    }

    public State state() {
        return state;
    }

    public ServerMessage.GameOver gameOver() {
        return gameOver;
    }

    /** The chat and the table's events, in order: by round, and within a round as they happened. */
    public List<LogEntry> log() {
        return events.entries();
    }

    /**
     * Milliseconds left on the current clock, or null with no clock: the server's
     * {@code remainingMs} counted down on this machine's monotonic clock from the state's
     * arrival, so a wrong wall clock here does not matter (an old server's deadline otherwise).
     */
    public Long millisLeft() {
        if (state == null) {
            return null;
        }
        if (state.remainingMs() != null) {
            return Math.max(0L, state.remainingMs() - (monoMillis.getAsLong() - stateAt));
        }
        return state.deadline() == null ? null : Math.max(0L, state.deadline() - wallMillis.getAsLong());
    }

    public int logVersion() {
        return events.version();
    }

    public boolean isMyPen() {
        return state != null && party != null && "proposing".equals(state.phase()) && party.equals(state.pen());
    }

    public boolean isMyVote() {
        return state != null && party != null && "voting".equals(state.phase()) && state.votes() != null
                && "pending".equals(state.votes().get(party));
    }

    /** The drafts tabled so far, oldest first, with the one on the table last. */
    public List<DraftView> drafts() {
        List<DraftView> out = new ArrayList<>();
        if (state == null) {
            return out;
        }
        if (state.history() != null) {
            for (ServerMessage.RoundView r : state.history()) {
                if (r.draft() != null) {
                    out.add(r.draft());
                }
            }
        }
        if (state.draft() != null && (out.isEmpty() || out.get(out.size() - 1).round() != state.draft().round())) {
            out.add(state.draft());
        }
        return out;
    }
}
