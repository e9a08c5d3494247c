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
    private final List<LogEntry> log = new ArrayList<>();
    private int logVersion;

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
        if (m instanceof ServerMessage.RoomCreated rc && rc.code() != null && rc.facilitatorKey() != null) {
            facilitatorKeys.put(rc.code(), rc.facilitatorKey());
            return false;
        }
        if (m instanceof ServerMessage.Scenarios s) {
            scenarios = s.scenarios() == null ? List.of() : List.copyOf(s.scenarios());
        } else if (m instanceof ServerMessage.Rooms r) {
            rooms = r.rooms() == null ? List.of() : List.copyOf(r.rooms());
        } else if (m instanceof ServerMessage.Joined j) {
            room = j.room();
            party = j.party();
            seatToken = j.seatToken();
            setScenario(j.scenario());
            brief = j.brief();
            worth = brief == null || scenario == null ? null : new Worth(scenario, brief);
        } else if (m instanceof ServerMessage.Spectating s) {
            room = s.room();
            party = null;
            // a spectator sees public information only: nothing of a seat held before stays
            brief = null;
            worth = null;
            gameOver = null;
            setScenario(s.scenario());
        } else if (m instanceof State s) {
            describeChange(state, s);
            state = s;
        } else if (m instanceof ServerMessage.Said s) {
            if (!"all".equals(s.to()) && (party == null || !(party.equals(s.from()) || party.equals(s.to())))) {
                return false; // a private line between others never shows here, whatever a server sends
            }
            boolean priv = !"all".equals(s.to());
            String who = names == null ? s.from() : names.party(s.from());
            String text = priv ? "(private) " + privateHeader(s.from(), s.to()) + ": " + s.text() : who + ": " + s.text();
            add(priv ? Kind.PRIVATE : Kind.PUBLIC, s.round(), text);
        } else if (m instanceof ServerMessage.Notice n) {
            if ("left".equals(n.kind()) && room == null) {
                return false; // we left for a new game or the lobby: the old room's goodbye is noise here
            }
            add(Kind.EVENT, currentRound(), n.text());
        } else if (m instanceof ServerMessage.GameOver g) {
            gameOver = g;
            add(Kind.EVENT, g.round(), g.agreement() == null ? "No deal: the talks have ended." : "Agreement reached in round " + g.round() + "!");
        } else if (m instanceof ServerMessage.Error e) {
            add(Kind.ERROR, currentRound(), "Server: " + e.message());
        } else {
            return false;
        }
        return true;
    }

    /** "Russia → you" or "You → Russia": a private line says at once who is talking to whom. */
    private String privateHeader(String from, String to) {
        String f = from != null && from.equals(party) ? "You" : names == null ? from : names.party(from);
        String t = to != null && to.equals(party) ? "you" : names == null ? to : names.party(to);
        return f + " → " + t;
    }

    private void setScenario(ScenarioInfo info) {
        if (info != null) {
            scenario = info;
            names = new Names(info);
        }
    }

    /** Writes what changed between two states into the log, in words. */
    private void describeChange(State before, State after) {
        if (names == null) {
            return;
        }
        boolean newRound = before == null || before.round() != after.round();
        if (newRound && "proposing".equals(after.phase()) && after.round() > 0) {
            if (before != null && before.round() > 0) {
                add(Kind.EVENT, before.round(), "Round " + before.round() + " failed" + rejectersOf(after, before.round()) + ".");
            }
            add(Kind.EVENT, after.round(), "Round " + after.round() + " of " + after.rounds() + ": "
                    + names.party(after.pen()) + (after.pen() != null && after.pen().equals(party) ? " (you) hold" : " holds")
                    + " the pen.");
        }
        DraftView d = after.draft();
        DraftView prev = before == null ? null : before.draft();
        if (d != null && (prev == null || prev.round() != d.round() || !Objects.equals(prev.terms(), d.terms()))) {
            String worthText = "";
            if (worth != null) {
                var p = worth.pkg(d.terms());
                if (p != null) {
                    worthText = String.format(" Worth %.1f to you%s.", worth.utility(p),
                            worth.redLinesCrossed(p).isEmpty() ? "" : ", ✗ crosses your red line");
                }
            }
            add(Kind.EVENT, d.round(), names.party(d.by()) + (d.automatic() ? "'s clock ran out: the last draft is back on the table." : " tabled a draft.") + worthText);
        }
        Map<String, String> votes = after.votes() == null ? Map.of() : after.votes();
        Map<String, String> old = before == null || before.round() != after.round() || before.votes() == null ? Map.of() : before.votes();
        for (Map.Entry<String, String> v : votes.entrySet()) {
            String was = old.get(v.getKey());
            if (!Objects.equals(was, v.getValue()) && !"pending".equals(v.getValue()) && !v.getKey().equals(after.pen())) {
                add(Kind.EVENT, after.round(), names.party(v.getKey()) + ("accepted".equals(v.getValue()) ? " accepts." : " rejects."));
            }
        }
    }

    private String rejectersOf(State after, int round) {
        if (after.history() == null) {
            return "";
        }
        for (ServerMessage.RoundView r : after.history()) {
            if (r.round() == round && r.votes() != null) {
                List<String> no = new ArrayList<>();
                r.votes().forEach((p, v) -> {
                    if ("rejected".equals(v)) {
                        no.add(names.party(p));
                    }
                });
                if (r.draft() == null) {
                    return ": no draft was tabled";
                }
                return no.isEmpty() ? "" : ": rejected by " + String.join(", ", no);
            }
        }
        return "";
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
        logVersion++;
    }

    /** A seat token remembered from an earlier run: the next hello asks for that seat back. */
    public void presetSeatToken(String token) {
        seatToken = token;
    }

    public void add(Kind kind, int round, String text) {
        log.add(new LogEntry(kind, round, text));
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

    public List<LogEntry> log() {
        return Collections.unmodifiableList(log);
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
