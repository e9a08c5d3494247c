package org.truce.client.model;

import java.util.List;
import org.truce.client.model.LogEntry.Kind;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.view.SeatView;
import org.truce.shared.view.ViewFold;

/**
 * What this client knows: the scenarios and rooms on offer, its seat and brief, the room's view
 * (the shared {@link ViewFold} of the server's events onto its last full state), the chat and event
 * log, the end of the game. Owned by the GUI thread, except the seat token and the version to
 * resume from, which the network thread reads when it says hello again after a drop.
 */
public final class GameModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GameModel.class);

    List<ScenarioInfo> scenarios = List.of();
    List<ServerParts.RoomSummary> rooms = List.of();
    ScenarioInfo scenario;
    private Names names;
    Brief brief;
    Worth worth;
    String party;
    String room;
    final RoomGate gate = new RoomGate();
    /** Keys of the rooms this client created: they let it close the room or free a seat. */
    final java.util.Map<String, String> facilitatorKeys = new java.util.HashMap<>();
    volatile String seatToken;
    /** The room's view folded from the server's states and events. */
    final RoomView roomView = new RoomView();
    /** The seat token of the seat whose view this is (null for a spectator's): only its resume may ask {@code since}. */
    volatile String viewToken;
    ServerMessage.GameOver gameOver;
    /** The chat and the table's events, each once, in its round. */
    final EventLog events = new EventLog(this);
    /** This player's place in the seat's team: the lead, the suggestions. */
    final Team team = new Team();
    /** The current clock, counted down here. */
    final Countdown countdown;
    /** Folds the server's messages into this model. */
    private final ServerFold fold = new ServerFold(this);

    /** A model on the machine's clocks. */
    public GameModel() {
        this(System::currentTimeMillis, () -> System.nanoTime() / 1_000_000L);
    }

    /**
     * A model on given clocks: {@code wallMillis} (epoch ms, used only against an old server's
     * deadline) and {@code monoMillis} (a monotonic count of ms: the countdown runs on it).
     */
    public GameModel(java.util.function.LongSupplier wallMillis, java.util.function.LongSupplier monoMillis) {
        this.countdown = new Countdown(wallMillis, monoMillis);
    }

    /**
     * Cleans a server message ({@link Sanitize}) and folds it in. Returns the cleaned message, or
     * null when it was too malformed to use (dropped with one log line).
     */
    public ServerMessage accept(ServerMessage raw) {
        ServerMessage m;
        try {
            m = Sanitize.message(raw);
            fold.fold(m);
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
            return fold.fold(m);
        } catch (RuntimeException e) {
            LOG.warn("dropped a malformed {} from the server: {}", raw == null ? "message" : raw.getClass().getSimpleName(), e.toString());
            return false;
        }
    }


    /** Whether {@code player} of this seat's team is away (quit or dropped, keeping their place). */
    public boolean isAway(String player) {
        ServerParts.Seat seat = Team.seat(roomView.state(), party);
        return seat != null && seat.isAway(player);
    }


    /** The link to the server is back after a drop: the log says so (in the current round) while the table catches up. */
    public void linkBack() {
        events.arrived(Kind.EVENT, currentRound(), "Back in touch with the server.");
    }

    void dropView() {
        roomView.drop();
        viewToken = null;
    }

    /**
     * A re-spectate that asks for what was missed when a spectator's view has a gap (its only way
     * back without a new link), once per gap; else null. A seat's gap mends at its resume after a
     * drop, which asks {@link #since()}, or at a full state.
     */
    public ClientMessage.Spectate catchUp() {
        return party == null && room != null && roomView.askCatchUp() ? new ClientMessage.Spectate(room, roomView.since()) : null;
    }

    void setScenario(ScenarioInfo info) {
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
        return roomView.isStandIn(id);
    }

    /** The round in which a re-tabled draft was first tabled by its author (0 if unknown). */
    public int originRound(DraftView d) {
        return roomView.originRound(d);
    }

    /** Forgets the game (seat, brief, state, log) before a new one; keeps the scenarios and rooms on offer. */
    public void resetGame() {
        scenario = null;
        names = null;
        brief = null;
        worth = null;
        party = null;
        room = null;
        gate.reset();
        seatToken = null;
        dropView();
        gameOver = null;
        events.clear();
    }

    /** After {@link #resetGame}: the room just asked for; another's joined or spectating, and its lines, are passed over. */
    public void expect(String room) {
        gate.expect(room);
    }

    /** A seat token remembered from an earlier run: the next hello asks for that seat back. */
    public void presetSeatToken(String token) {
        seatToken = token;
    }

    /** Adds a line that happens now, in {@code round}. */
    public void add(Kind kind, int round, String text) {
        events.add(kind, round, text);
    }

    int currentRound() {
        return roomView.state() == null ? 0 : roomView.state().round();
    }

    /** The scenarios the server offers (last {@code scenarios} reply); empty before one. */
    public List<ScenarioInfo> scenarios() {
        return scenarios;
    }

    /** The rooms the server listed last; empty before a list. */
    public List<ServerParts.RoomSummary> rooms() {
        return rooms;
    }

    /** The scenario of the room joined or watched, or null before one. */
    public ScenarioInfo scenario() {
        return scenario;
    }

    /** Party, term and option names of the current scenario, or null before one. */
    public Names names() {
        return names;
    }

    /** This seat's confidential brief, or null when spectating or before a seat. */
    public Brief brief() {
        return brief;
    }

    /** What packages are worth to this seat, or null without a brief. */
    public Worth worth() {
        return worth;
    }

    /** This client's party id, or null when spectating or before a seat. */
    public String party() {
        return party;
    }

    /** The facilitator key of the current room if this client created it, else null. */
    public String facilitatorKey() {
        return room == null ? null : facilitatorKeys.get(room);
    }

    /** The code of the room joined or watched, or null. */
    public String room() {
        return room;
    }

    /** This seat's token (it gets the seat back after a drop), or null. */
    public String seatToken() {
        return seatToken;
    }

    /** The room's state as the server's full state would read (history included), or null before one. */
    public State state() {
        return roomView.state();
    }

    /** The room's view (phase and votes as enums), or null before a full state. */
    public SeatView view() {
        return roomView.view();
    }

    /**
     * The version to resume (or re-spectate) {@code since} to be sent only what was missed, or null
     * to ask for a full state (no view of this room yet, or a server without versions).
     */
    public Integer since() {
        return roomView.since();
    }

    /** What a hello resuming the seat of {@code token} asks {@code since}: only this view's own seat continues it. */
    public Integer resumeSince(String token) {
        return token != null && token.equals(viewToken) ? roomView.since() : null;
    }

    /** What watching {@code room} again asks {@code since}: only a spectator's view of that room continues. */
    public Integer watchSince(String room) {
        return room != null && room.equals(this.room) && party == null ? roomView.since() : null;
    }

    /** The final result once the game is over, else null. */
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
        return countdown.millisLeft(roomView.state());
    }

    /** Whether the facilitator paused the game: clocks stand still and moves wait. */
    public boolean paused() {
        return roomView.paused();
    }

    /** The latest news fired into the game (its headline and round), or null before any. */
    public ServerParts.InjectNews latestNews() {
        return roomView.latestNews();
    }

    /** Changes with every line added to or cleared from the log: the screen redraws the log when it moves. */
    public int logVersion() {
        return events.version();
    }

    /** Whether this player may table now: their seat holds the pen, has not tabled yet, and they lead it. */
    public boolean isMyPen() {
        return roomView.isPenOf(party) && isLead();
    }

    /** Whether this player still has to vote on the draft on the table (they lead their seat). */
    public boolean isMyVote() {
        return roomView.awaitsVoteOf(party) && isLead();
    }

    /** Whether this player's seat (led by someone else, for a member) holds the pen and has not tabled yet. */
    public boolean isSeatPen() {
        return roomView.isPenOf(party);
    }

    /** Whether this player's seat still has to vote on the draft on the table. */
    public boolean isSeatVote() {
        return roomView.awaitsVoteOf(party);
    }

    /** Whether this player leads their seat (true for a seat of one; false for a spectator). */
    public boolean isLead() {
        return party != null && team.leads(roomView.state(), party);
    }

    /** Whether this player is in a seat's team without leading it. */
    public boolean isMember() {
        return party != null && !isLead();
    }

    /** The names of this seat's team, the lead first; empty for a seat of one (or no seat). */
    public List<String> team() {
        ServerParts.Seat seat = Team.seat(roomView.state(), party);
        return seat == null || seat.team() == null || seat.team().size() < 2 ? List.of() : seat.team();
    }

    /** The name of the player who leads this seat's team, or null for a seat of one. */
    public String lead() {
        ServerParts.Seat seat = Team.seat(roomView.state(), party);
        return seat == null || seat.team() == null || seat.team().size() < 2 ? null : seat.lead();
    }

    /** The name this player goes by (the server's welcome). */
    public String myName() {
        return team.myName();
    }

    /** The suggestions this player's team made in the current round, oldest first. */
    public List<Team.Suggestion> suggestions() {
        return team.of(currentRound());
    }


    /** The drafts tabled so far, oldest first, with the one on the table last (the fold's: each tabling as it came). */
    public List<DraftView> drafts() {
        return roomView.drafts();
    }
}
