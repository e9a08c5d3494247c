package org.truce.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Inject;

/**
 * What the teacher's console shows: one room as a {@link ServerParts.RoomOverview} (built on the
 * room's executor in {@link RoomViews#publish}, kept once on disk by {@link ClassStatePush}) and every
 * room as one {@code class_state} (any thread, from those snapshots).
 */
final class ClassOverview {
    private ClassOverview() {
    }

    /** Rooms in progress first, then lobbies, then ended ones; by code within each. */
    private static final Comparator<ServerParts.RoomOverview> ORDER = Comparator
            .comparingInt(ClassOverview::rank)
            .thenComparing(ServerParts.RoomOverview::code);

    private static int rank(ServerParts.RoomOverview o) {
        Phase p = Phase.fromWire(o.phase());
        return o.closed() ? 3 : p == Phase.LOBBY ? 1 : p == Phase.ENDED || p == null ? 2 : 0;
    }

    /** The most rooms one {@code class_state} lists (about 1 KB each: a client reads lines up to 4 MiB). */
    static final int LISTED = 1_000;

    /**
     * The class as these rooms' overviews show it, in {@link #ORDER}, at most {@link #LISTED}; each
     * running clock's {@code remainingMs} as of {@code now} (epoch ms), when the line is sent, not
     * when the room last changed.
     */
    static ServerMessage.ClassState of(List<ServerParts.RoomOverview> rooms, long now) {
        List<ServerParts.RoomOverview> out = new ArrayList<>(rooms.size());
        for (ServerParts.RoomOverview o : rooms) {
            out.add(o.deadline() == null ? o : ServerMessage.ClassState.at(o, Math.max(0L, o.deadline() - now), o.closed()));
        }
        out.sort(ORDER);
        int more = Math.max(0, out.size() - LISTED);
        return new ServerMessage.ClassState(more > 0 ? out.subList(0, LISTED) : out, more);
    }

    /** The room now (on its executor, or while it is being built). */
    static ServerParts.RoomOverview of(Room room) {
        GameState g = room.game.state();
        int rounds = g.phase() == Phase.LOBBY ? room.setup.rounds() : g.rounds();
        boolean over = g.isOver();
        Long deadline = room.clock.deadline();
        // as the players' state shows it: a facilitator's pause keeps what was left, a journal's shows no clock
        Long remaining = room.clock.remainingMs();
        Map<String, String> votes = new LinkedHashMap<>();
        g.votes().forEach((p, v) -> votes.put(p, v.wire()));
        Map<String, Double> scores = null;
        if (over) {
            scores = new LinkedHashMap<>();
            for (Map.Entry<String, PartyResult> e : Scoring.results(room.scenario, g).entrySet()) {
                scores.put(e.getKey(), e.getValue().score());
            }
        }
        return new ServerParts.RoomOverview(room.code, room.scenario.id(), room.scenario.info().title(), g.phase().wire(),
                g.round(), rounds, g.pen(), g.paused(), deadline, remaining, seats(room), draft(room, g.draft()), votes,
                injects(room), over ? g.agreement() != null : null, scores, room.isGone(), room.journal.broken());
    }

    private static List<ServerParts.SeatStatus> seats(Room room) {
        List<ServerParts.SeatStatus> out = new ArrayList<>();
        for (Seat seat : room.seats.all()) {
            out.add(status(seat));
        }
        return out;
    }

    /** A seat as the console shows it: who holds it and where they are. */
    static ServerParts.SeatStatus status(Seat seat) {
        SeatState st = seat.state();
        ServerParts.Presence presence;
        String strategy = null;
        if (st instanceof SeatState.Bot b) {
            presence = ServerParts.Presence.BOT;
            strategy = b.strategy();
        } else if (st instanceof SeatState.Human h) {
            SeatState.Presence p = h.presence();
            presence = p instanceof SeatState.Present ? ServerParts.Presence.CONNECTED
                    : p instanceof SeatState.StoodIn ? ServerParts.Presence.STAND_IN : ServerParts.Presence.AWAY;
            strategy = p instanceof SeatState.StoodIn ? "default" : null; // the persona, as Seat.view names it
        } else {
            presence = ServerParts.Presence.FREE;
            strategy = st.bot() != null ? "default" : null; // a free seat's stand-in in a game in progress
        }
        return new ServerParts.SeatStatus(seat.party, seat.name(), presence.wire(), strategy, seat.teamNames());
    }

    /** The draft as a state shows it (same shape as {@code RoomViews}' draft view). */
    private static ServerParts.DraftView draft(Room room, Draft d) {
        return d == null ? null : new ServerParts.DraftView(d.round(), d.by(), room.scenario.space().toTerms(d.pkg()),
                d.automatic(), d.standIn() ? Boolean.TRUE : null);
    }

    /** The scenario's injects, each with the round it fired in (null: not yet). */
    private static List<ServerParts.InjectStatus> injects(Room room) {
        Map<String, Integer> fired = new LinkedHashMap<>();
        if (!room.game.state().injects().isEmpty()) { // the log is read only once news has fired
            for (Event e : room.game.events()) {
                if (e instanceof Event.InjectFired f) {
                    fired.putIfAbsent(f.id(), f.round());
                }
            }
        }
        List<ServerParts.InjectStatus> out = new ArrayList<>();
        for (Inject i : room.scenario.injects()) {
            out.add(new ServerParts.InjectStatus(i.id(), i.title(), i.atRound(), fired.get(i.id())));
        }
        return out;
    }
}
