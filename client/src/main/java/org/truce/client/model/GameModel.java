package org.truce.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final int MAX_LOG = 500;
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
    /** The log, ordered by round and, within a round, by when each line happened (see {@link Placed}). */
    private final List<Placed> log = new ArrayList<>();
    /** Keys of the table's events already in the log ("v:3:RU"): each is written once, in the words of its time. */
    private final java.util.Set<String> described = new java.util.HashSet<>();
    /** Messages folded so far: the order of arrival, which is the server's order. */
    private long arrivals;
    /** Chat lines in the log, oldest first: a resume's replay is merged against them, not added twice. */
    private final List<ServerMessage.Said> chat = new ArrayList<>();
    /** After a (re)join, the chat the server replays before its state; null otherwise. */
    private List<ServerMessage.Said> replay;
    /** A join, resume or spectate came and no state since. */
    private boolean rejoined;
    /** The parties whose vote the clock counted as a rejection, by round (from the timeout notice). */
    private final Map<Integer, java.util.Set<String>> clockVotes = new java.util.HashMap<>();
    private int logVersion;
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

    /** A log line with its place: its round, then its arrival (lines that open a round sort first). */
    private record Placed(int round, long seq, LogEntry entry) {
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
        if (replay != null && !(m instanceof ServerMessage.Said) && !(m instanceof ServerMessage.Joined)
                && !(m instanceof ServerMessage.Spectating)) {
            mergeReplay(replay); // the replayed chat ends where anything else begins
            replay = null;
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
            replay = new ArrayList<>(); // the server replays the recent chat before the state
            rejoined = true;
            room = j.room();
            party = j.party();
            seatToken = j.seatToken();
            setScenario(j.scenario());
            brief = j.brief();
            worth = brief == null || scenario == null ? null : new Worth(scenario, brief);
        } else if (m instanceof ServerMessage.Spectating s) {
            replay = new ArrayList<>();
            rejoined = true;
            room = s.room();
            party = null;
            // a spectator sees public information only: nothing of a seat held before stays
            brief = null;
            worth = null;
            gameOver = null;
            setScenario(s.scenario());
        } else if (m instanceof State s) {
            arrivals++;
            stateAt = monoMillis.getAsLong();
            // the first state after a (re)join may show rounds this client never saw happen
            boolean live = state != null && replay == null && !rejoined;
            rejoined = false;
            state = s;
            describe(s, live);
        } else if (m instanceof ServerMessage.Said s) {
            if (!"all".equals(s.to()) && (party == null || !(party.equals(s.from()) || party.equals(s.to())))) {
                return false; // a private line between others never shows here, whatever a server sends
            }
            if (replay != null) {
                replay.add(s); // placed once the state shows what this client already has
                return true;
            }
            arrivals++;
            addChat(s);
        } else if (m instanceof ServerMessage.Notice n) {
            if ("left".equals(n.kind()) && room == null) {
                return false; // we left for a new game or the lobby: the old room's goodbye is noise here
            }
            arrivals++;
            if ("timeout".equals(n.kind()) && state != null && names != null) {
                // the next state shows what the clock did; the log says it there, once, in the table's words
                if ("voting".equals(state.phase())) {
                    clockVotes.put(state.round(), new java.util.HashSet<>(pendingVoters(state)));
                }
                return true;
            }
            add(Kind.EVENT, currentRound(), n.text());
        } else if (m instanceof ServerMessage.GameOver g) {
            arrivals++;
            gameOver = g;
            add(Kind.EVENT, g.round(), g.agreement() == null ? "No deal: the talks have ended." : "Agreement reached in round " + g.round() + "!");
        } else if (m instanceof ServerMessage.Error e) {
            arrivals++;
            add(Kind.ERROR, currentRound(), "Server: " + e.message());
        } else {
            return false;
        }
        return true;
    }

    /** "Russia → you" or "You → Russia": a private line says at once who is talking to whom. */
    private String privateHeader(ServerMessage.Said s) {
        String from = s.from();
        String to = s.to();
        String f = from != null && from.equals(party) && !s.byStandIn() ? "You" : speaker(s);
        String t = to != null && to.equals(party) ? "you" : names == null ? to : names.party(to);
        return f + " → " + t;
    }

    /**
     * Who said a chat line: "Ukraine (stand-in)" when the server marked it as a stand-in's
     * ({@code standIn}), which a replayed line keeps whoever holds the seat now.
     */
    private String speaker(ServerMessage.Said s) {
        String name = names == null ? s.from() : names.party(s.from());
        return s.byStandIn() ? name + " (stand-in)" : name;
    }

    private void setScenario(ScenarioInfo info) {
        if (info != null) {
            scenario = info;
            names = new Names(info);
        }
    }

    private void addChat(ServerMessage.Said s) {
        chat.add(s);
        if (chat.size() > MAX_LOG) {
            chat.remove(0);
        }
        boolean priv = !"all".equals(s.to());
        String text = priv ? "(private) " + privateHeader(s) + ": " + s.text() : speaker(s) + ": " + s.text();
        add(priv ? Kind.PRIVATE : Kind.PUBLIC, s.round(), text);
    }

    /**
     * After a resume the server replays its recent chat: the lines this client already has are
     * the replay's start (or nothing of it); only what follows them is new.
     */
    private void mergeReplay(List<ServerMessage.Said> lines) {
        int from = 0;
        for (int start = Math.max(0, chat.size() - lines.size()); start < chat.size(); start++) {
            List<ServerMessage.Said> tail = chat.subList(start, chat.size());
            if (tail.size() <= lines.size() && tail.equals(lines.subList(0, tail.size()))) {
                from = tail.size();
                break;
            }
        }
        for (ServerMessage.Said s : lines.subList(from, lines.size())) {
            arrivals++;
            addChat(s);
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

    private static List<String> pendingVoters(State s) {
        List<String> out = new ArrayList<>();
        if (s.votes() != null) {
            s.votes().forEach((p, v) -> {
                if ("pending".equals(v)) {
                    out.add(p);
                }
            });
        }
        return out;
    }

    /**
     * Writes the table's events this state shows and the log lacks: every closed round's pen,
     * draft, votes (the deciding one too) and end, then the current round's. A line is written
     * once, in its round. {@code live}: this state follows one this client saw, so what is new
     * happened now (after the chat so far); otherwise (a join, a resume) a round's opening lines
     * go before that round's chat.
     */
    private void describe(State s, boolean live) {
        if (names == null || s.round() < 1) {
            return;
        }
        if (s.history() != null) {
            for (ServerMessage.RoundView r : s.history()) {
                describeRound(r.round(), r.pen(), r.draft(), r.votes(), s, live && r.round() == s.round() - 1);
                if (!r.agreed()) {
                    event("f:" + r.round(), r.round(), arrivals, () -> "Round " + r.round() + " failed" + why(r) + ".");
                }
            }
        }
        if (!"ended".equals(s.phase())) {
            describeRound(s.round(), s.pen(), s.draft(), s.votes(), s, live);
        }
    }

    private void describeRound(int round, String pen, DraftView d, Map<String, String> votes, State s, boolean live) {
        event("h:" + round, round, Long.MIN_VALUE, () -> "Round " + round + " of " + s.rounds() + ": "
                + who(pen) + (pen != null && pen.equals(party) ? " (you) hold" : " holds") + " the pen.");
        if (d != null) {
            event("t:" + round, round, live && round == s.round() ? arrivals : Long.MIN_VALUE + 1, () -> tabled(d, pen, round));
        }
        if (d == null || votes == null) {
            return;
        }
        java.util.Set<String> byClock = clockVotes.getOrDefault(round, java.util.Set.of());
        for (String p : scenario.partyIds()) {
            String v = votes.get(p);
            if (v == null || "pending".equals(v) || (p.equals(d.by()) && !d.automatic())) {
                continue; // the author of a draft it tabled itself accepts it by tabling it
            }
            boolean yes = "accepted".equals(v);
            boolean me = p.equals(party);
            event("v:" + round + ":" + p, round, arrivals, () -> !yes && byClock.contains(p)
                    ? (me ? "You" : who(p)) + " did not vote in time: counted as a rejection."
                    : me ? (yes ? "You accept." : "You reject.") : who(p) + (yes ? " accepts." : " rejects."));
        }
    }

    /** "Russia tabled a draft." or "Russia ran out of time: Ukraine's draft of round 1 is back on the table." */
    private String tabled(DraftView d, String pen, int round) {
        String worthText = "";
        if (worth != null) {
            var p = worth.pkg(d.terms());
            if (p != null) {
                worthText = String.format(" Worth %.1f to you%s.", worth.utility(p),
                        worth.redLinesCrossed(p).isEmpty() ? "" : ", ✗ crosses your red line");
            }
        }
        if (!d.automatic()) {
            return (d.by().equals(party) ? "You" : who(d.by())) + " tabled a draft." + worthText;
        }
        int origin = originRound(d);
        return (pen != null && pen.equals(party) ? "You" : who(pen)) + " ran out of time: "
                + (d.by().equals(party) ? "your" : names.possessive(d.by())) + " draft"
                + (origin > 0 ? " of round " + origin : "") + " is back on the table." + worthText;
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

    /** Why a round failed: ": no draft was tabled" or ": Ukraine's draft was rejected by Russia, …". */
    private String why(ServerMessage.RoundView r) {
        if (r.draft() == null) {
            return ": " + (r.pen() != null && r.pen().equals(party) ? "you" : names.inText(r.pen())) + " tabled no draft in time";
        }
        List<String> no = new ArrayList<>();
        if (r.votes() != null) {
            for (String p : scenario.partyIds()) {
                if ("rejected".equals(r.votes().get(p))) {
                    no.add(p.equals(party) ? "you" : names.inText(p));
                }
            }
        }
        return no.isEmpty() ? "" : ": rejected by " + String.join(", ", no);
    }

    /** Adds one of the table's events unless the log has it; its text is made only then. */
    private void event(String key, int round, long seq, java.util.function.Supplier<String> text) {
        if (described.add(key)) {
            place(new Placed(round, seq, new LogEntry(Kind.EVENT, round, text.get())));
        }
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
        log.clear();
        described.clear();
        chat.clear();
        replay = null;
        clockVotes.clear();
        logVersion++;
    }

    /** A seat token remembered from an earlier run: the next hello asks for that seat back. */
    public void presetSeatToken(String token) {
        seatToken = token;
    }

    /** Adds a line that happens now, in {@code round}. */
    public void add(Kind kind, int round, String text) {
        place(new Placed(round, arrivals, new LogEntry(kind, round, text)));
    }

    /** Inserts in order of round, then of place in the round; the oldest lines go past {@value #MAX_LOG}. */
    private void place(Placed p) {
        int i = log.size();
        while (i > 0 && (log.get(i - 1).round() > p.round()
                || (log.get(i - 1).round() == p.round() && log.get(i - 1).seq() > p.seq()))) {
            i--;
        }
        log.add(i, p);
        if (log.size() > MAX_LOG) {
            log.remove(0);
        }
        logVersion++;
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
        List<LogEntry> out = new ArrayList<>(log.size());
        for (Placed p : log) {
            out.add(p.entry());
        }
        return Collections.unmodifiableList(out);
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
        return logVersion;
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
