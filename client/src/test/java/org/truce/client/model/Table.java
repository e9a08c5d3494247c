package org.truce.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Outcome;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Scenario;

/**
 * A game on the real rules engine whose states and chat go to a model as a server would send
 * them (each state as the server builds it), for tests of what the model makes of them.
 */
public final class Table {
    final Scenario scenario;
    final Game game;
    final String me;
    /** Seats played by a stand-in (a human seat with a strategy). */
    public final List<String> standIns = new ArrayList<>();
    public Long remainingMs;
    /** Seats held by a team: party → the names, the lead first (the seat's name is the lead's). */
    public final Map<String, List<String>> teams = new LinkedHashMap<>();
    /** Whether states and chat carry versions, as a current server's do (false: an older server). */
    public boolean versions = true;
    /**
     * Whether the seat asked for the event stream: each change goes out as its events (and chat),
     * then a state without history; false: protocol 1, a full state after every change.
     */
    public boolean stream;
    private final EventVersions fold = new EventVersions();
    /** The news fired so far, as a state lists it. */
    private final List<ServerParts.InjectNews> news = new ArrayList<>();
    /** The facilitator's messages so far, as a state lists them. */
    private final List<ServerParts.Announcement> announcements = new ArrayList<>();

    public Table(Scenario scenario, String me, int rounds) {
        this.scenario = scenario;
        this.me = me;
        this.game = new Game(scenario.info());
        game.start(rounds, 1);
        game.events().forEach(fold::observe);
    }

    /**
     * Runs a command that must be accepted; the events' chat goes out as "said", the others (in
     * stream mode) as "event", then one state (without history in stream mode).
     */
    public List<ServerMessage> run(Command c) {
        Outcome o = game.handle(c);
        if (!o.isAccepted()) {
            throw new AssertionError("refused: " + c + ": " + o.rejection());
        }
        List<ServerMessage> out = new ArrayList<>();
        boolean changed = false;
        for (Event e : o.events()) {
            int version = fold.observe(e);
            if (e instanceof Event.InjectFired i) {
                news.add(new ServerParts.InjectNews(i.round(), i.id(), i.title(), i.text()));
            } else if (e instanceof Event.Announced a) {
                announcements.add(new ServerParts.Announcement(a.round(), a.text(), version));
            }
            if (e instanceof Event.Said s) {
                // marked as the server marks a stand-in's line
                out.add(new ServerMessage.Said(s.from(), s.to(), s.text(), s.round(), standIns.contains(s.from()) ? true : null,
                        versions ? version : null));
            } else {
                changed = true;
                if (stream) {
                    out.add(new ServerMessage.Event(version, PublicEvent.of(e)));
                }
            }
        }
        if (changed) {
            out.add(stream ? live() : state());
        }
        return out;
    }

    /** The game's events so far (e.g. for the analysis a server's game_over carries). */
    public List<Event> events() {
        return game.events();
    }

    public ServerMessage.State state() {
        GameState g = game.state();
        Map<String, String> votes = new LinkedHashMap<>();
        g.votes().forEach((p, v) -> votes.put(p, v.wire()));
        List<ServerParts.Seat> seats = new ArrayList<>();
        for (String p : scenario.info().partyIds()) {
            List<String> team = teams.get(p);
            seats.add(team == null ? new ServerParts.Seat(p, "human", p, !standIns.contains(p), standIns.contains(p) ? "default" : null)
                    : new ServerParts.Seat(p, "human", team.get(0), true, null, List.copyOf(team), team.get(0)));
        }
        List<ServerParts.RoundView> history = new ArrayList<>();
        for (RoundRecord r : g.history()) {
            Map<String, String> rv = new LinkedHashMap<>();
            r.votes().forEach((p, v) -> rv.put(p, v.wire()));
            history.add(new ServerParts.RoundView(r.round(), r.pen(), view(r.draft()), rv, r.agreed(),
                    r.byClock().isEmpty() ? null : r.byClock(), versions ? fold.tabledAt(r.round()) : null,
                    versions ? fold.votedAt(r.round()) : null, r.standIns().isEmpty() ? null : r.standIns()));
        }
        boolean open = versions && !g.isOver();
        return new ServerMessage.State("ROOM", scenario.id(), g.phase().wire(), g.round(), g.rounds(), g.pen(), view(g.draft()),
                votes, seats, remainingMs == null || g.paused() ? null : 0L, remainingMs, versions ? fold.version() : null,
                open ? fold.tabledAt(g.round()) : null, open ? fold.votedAt(g.round()) : null,
                g.standIns().isEmpty() || g.isOver() ? null : g.standIns(), g.paused(), news, announcements, history, me);
    }

    /** The state as the stream sends it after a change: without history. */
    public ServerMessage.State live() {
        ServerMessage.State s = state();
        return new ServerMessage.State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(), s.draft(), s.votes(),
                s.seats(), s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.standIns(), s.paused(), s.injects(),
                s.announcements(), null, s.you());
    }

    private ServerParts.DraftView view(Draft d) {
        return d == null ? null : new ServerParts.DraftView(d.round(), d.by(), scenario.space().toTerms(d.pkg()), d.automatic(),
                d.standIn() ? true : null);
    }

    /** Every term at its first option. */
    public Map<String, String> firstOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        scenario.info().terms().forEach(t -> m.put(t.id(), t.options().get(0).id()));
        return m;
    }

    /** The US's comment in {@link #roundOne}. */
    public static final String US_LINE = "Great deal. The United States accepts.";

    /** The model's log as "[round] text" lines, without the worth to the seat. */
    public static List<String> lines(GameModel m) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : m.log()) {
            out.add("[" + e.round() + "] " + e.text().replaceAll(" Worth .*", ""));
        }
        return out;
    }

    /** Folds each message into the model, as the client does on arrival. */
    public static void send(GameModel m, List<ServerMessage> messages) {
        messages.forEach(m::apply);
    }

    /** Round 1 of the four-seat game: UA tables, RU rejects, the US comments and accepts, the EU's reject closes the round. */
    public static List<ServerMessage> roundOne(Table t) {
        List<ServerMessage> out = new ArrayList<>();
        out.add(t.state());
        out.addAll(t.run(new Command.Propose("UA", 1, t.firstOptions())));
        out.addAll(t.run(new Command.Vote("RU", 1, false)));
        out.addAll(t.run(new Command.Say("US", "all", US_LINE)));
        out.addAll(t.run(new Command.Vote("US", 1, true)));
        out.addAll(t.run(new Command.Vote("EU", 1, false)));
        out.addAll(t.run(new Command.Say("EU", "all", "Not like this.")));
        return out;
    }
}
