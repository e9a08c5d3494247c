package org.truce.client.model;

import java.util.List;
import org.truce.client.model.LogEntry.Kind;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerMessage.DraftView;
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

    private List<ScenarioInfo> scenarios = List.of();
    private List<ServerMessage.RoomSummary> rooms = List.of();
    private ScenarioInfo scenario;
    private Names names;
    private Brief brief;
    private Worth worth;
    private String party;
    private String room;
    private final RoomGate gate = new RoomGate();
    /** Keys of the rooms this client created: they let it close the room or free a seat. */
    private final java.util.Map<String, String> facilitatorKeys = new java.util.HashMap<>();
    private volatile String seatToken;
    /** The room's view folded from the server's states and events. */
    private final RoomView roomView = new RoomView();
    /** The seat token of the seat whose view this is (null for a spectator's): only its resume may ask {@code since}. */
    private volatile String viewToken;
    private ServerMessage.GameOver gameOver;
    /** The chat and the table's events, each once, in its round. */
    private final EventLog events = new EventLog(this);
    /** This player's place in the seat's team: the lead, the suggestions. */
    private final Team team = new Team();
    /** The current clock, counted down here. */
    private final Countdown countdown;

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
        if (gate.passOver(m, room)) {
            return false; // a line of a room left, still in flight, is not the next room's
        }
        if (m instanceof ServerMessage.RoomCreated rc && rc.code() != null && rc.facilitatorKey() != null) {
            facilitatorKeys.put(rc.code(), rc.facilitatorKey());
            return false;
        }
        if (m instanceof ServerMessage.Welcome w) {
            team.welcomed(w.name());
            return false;
        }
        if (m instanceof ServerMessage.Suggested sg) {
            return suggested(sg);
        }
        if (m instanceof ServerMessage.Scenarios s) {
            scenarios = s.scenarios() == null ? List.of() : List.copyOf(s.scenarios());
        } else if (m instanceof ServerMessage.Rooms r) {
            rooms = r.rooms() == null ? List.of() : List.copyOf(r.rooms());
        } else if (m instanceof ServerMessage.Joined j) {
            events.rejoin(); // the server replays the recent chat (or what was missed) before the state
            if (!java.util.Objects.equals(j.room(), room) || !java.util.Objects.equals(j.party(), party)) {
                dropView(); // another seat: its events fold onto its own full state
                team.clear();
            }
            if (room != null && !room.equals(j.room())) {
                events.clear(); // another room: nothing of the last one's log stays
                events.rejoin();
            }
            room = j.room();
            party = j.party();
            seatToken = j.seatToken();
            viewToken = j.seatToken();
            setScenario(j.scenario());
            brief = j.brief();
            worth = brief == null || scenario == null ? null : new Worth(scenario, brief);
        } else if (m instanceof ServerMessage.Spectating s) {
            events.rejoin();
            if (!java.util.Objects.equals(s.room(), room) || party != null) {
                dropView();
            }
            if (room != null && !room.equals(s.room())) {
                events.clear(); // another room (the console's next one): nothing of the last one's log stays
                events.rejoin();
            }
            room = s.room();
            party = null;
            // a spectator sees public information only: nothing of a seat held before stays
            brief = null;
            worth = null;
            gameOver = null;
            setScenario(s.scenario());
        } else if (m instanceof State s) {
            return state(s);
        } else if (m instanceof ServerMessage.Event e) {
            return event(e);
        } else if (m instanceof ServerMessage.Said s) {
            if (!"all".equals(s.to()) && !s.onTeam() && (party == null || !(party.equals(s.from()) || party.equals(s.to())))) {
                return false; // a private line between others never shows here, whatever a server sends
            }
            roomView.said(s); // a public line counts a version
            events.said(s);
        } else if (m instanceof ServerMessage.Notice n) {
            events.notice(n, view());
        } else if (m instanceof ServerMessage.BriefUpdate b) {
            return briefUpdate(b);
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

    /**
     * News changed this seat's brief: the whole new brief replaces the old one (worth follows), and
     * the log tells the player how. Only this seat's own brief, in this room, is taken.
     */
    private boolean briefUpdate(ServerMessage.BriefUpdate b) {
        if (b.brief() == null || party == null || !party.equals(b.party()) || !party.equals(b.brief().party())
                || !java.util.Objects.equals(room, b.room()) || scenario == null) {
            return false;
        }
        brief = b.brief();
        worth = new Worth(scenario, brief);
        List<String> news = brief.news();
        String how = news.isEmpty() ? "see your brief (B)." : news.get(news.size() - 1);
        events.positionChanged("Your position changed: " + how);
        return true;
    }

    /** A state: the view takes it ({@link RoomView}); a full one tells the log what it lacks. */
    private boolean state(State s) {
        boolean hadState = roomView.state() != null;
        String leadBefore = lead();
        List<String> teamBefore = team();
        ServerMessage.Seat seatBefore = Team.seat(roomView.state(), party);
        countdown.arrived();
        RoomView.Took took = roomView.state(s, scenario == null ? null : scenario.partyIds());
        if (took == RoomView.Took.FULL) {
            events.state(roomView.view(), hadState);
        } else if (took == RoomView.Took.LIVE) {
            events.streamed();
        }
        String leadNow = lead();
        if (hadState && leadBefore != null && leadNow != null && !leadNow.equals(leadBefore)) {
            // the lead was handed over, named by the facilitator, or taken when the lead dropped
            events.arrived(Kind.EVENT, currentRound(), leadNow.equals(team.myName()) ? "You lead your team now: you table and vote."
                    : leadNow + " leads your team now.");
        }
        if (hadState) {
            teamChanges(teamBefore, seatBefore);
        }
        return true;
    }

    /** The log tells the team who left it, who went away and who is back (not this player: they know). */
    private void teamChanges(List<String> before, ServerMessage.Seat seatBefore) {
        ServerMessage.Seat seat = Team.seat(roomView.state(), party);
        List<String> now = team();
        for (String name : before) {
            if (name.equals(team.myName())) {
                continue;
            }
            if (!now.contains(name) && !now.isEmpty()) {
                events.arrived(Kind.EVENT, currentRound(), name + " left the team.");
            } else if (now.contains(name) && seat != null && seatBefore != null && seat.isAway(name) != seatBefore.isAway(name)) {
                events.arrived(Kind.EVENT, currentRound(), name + (seat.isAway(name) ? " is away (keeps their place in the team)." : " is back."));
            }
        }
    }

    /** Whether {@code player} of this seat's team is away (quit or dropped, keeping their place). */
    public boolean isAway(String player) {
        ServerMessage.Seat seat = Team.seat(roomView.state(), party);
        return seat != null && seat.isAway(player);
    }

    /** One of the table's events: folded into the view, then told in the log. */
    private boolean event(ServerMessage.Event e) {
        if (!roomView.event(e)) {
            return false;
        }
        events.event(e.event(), e.version(), roomView.view());
        return true;
    }

    /** The link to the server is back after a drop: the log says so (in the current round) while the table catches up. */
    public void linkBack() {
        events.arrived(Kind.EVENT, currentRound(), "Back in touch with the server.");
    }

    private void dropView() {
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

    private int currentRound() {
        return roomView.state() == null ? 0 : roomView.state().round();
    }

    /** The scenarios the server offers (last {@code scenarios} reply); empty before one. */
    public List<ScenarioInfo> scenarios() {
        return scenarios;
    }

    /** The rooms the server listed last; empty before a list. */
    public List<ServerMessage.RoomSummary> rooms() {
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
    public ServerMessage.InjectNews latestNews() {
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
        ServerMessage.Seat seat = Team.seat(roomView.state(), party);
        return seat == null || seat.team() == null || seat.team().size() < 2 ? List.of() : seat.team();
    }

    /** The name of the player who leads this seat's team, or null for a seat of one. */
    public String lead() {
        ServerMessage.Seat seat = Team.seat(roomView.state(), party);
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

    /** A member's suggestion reached the lead: kept for the round, and told in the log. */
    private boolean suggested(ServerMessage.Suggested sg) {
        if (party == null || sg.by() == null || (sg.terms() == null) == (sg.vote() == null)) {
            return false;
        }
        team.suggested(sg, currentRound());
        if (sg.by().equals(team.myName())) {
            events.arrived(Kind.EVENT, currentRound(), sg.terms() != null ? "You suggested a package to your lead."
                    : "You suggested to " + (sg.vote() ? "accept" : "reject") + " the draft.");
        } else if (sg.terms() != null) {
            String worthIt = worth == null || worth.pkg(sg.terms()) == null ? "" : " (worth " + String.format("%.1f", worth.utility(worth.pkg(sg.terms()))) + " to you)";
            events.arrived(Kind.EVENT, currentRound(), sg.by() + " suggests a package" + worthIt + ": U loads it into the editor.");
        } else {
            events.arrived(Kind.EVENT, currentRound(), sg.by() + " suggests you " + (sg.vote() ? "accept" : "reject") + " the draft.");
        }
        return true;
    }

    /** The drafts tabled so far, oldest first, with the one on the table last (the fold's: each tabling as it came). */
    public List<DraftView> drafts() {
        return roomView.drafts();
    }
}
