package org.truce.shared.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.ScenarioInfo;

/** The full state a server sends for a game, built the way the server's room builds it (Room#stateWith). */
final class FullStates {
    static final String ROOM = "ABCD";

    private FullStates() {
    }

    static ServerMessage.State of(ScenarioInfo info, GameState g, EventVersions versions, int setupRounds,
                                  List<ServerParts.Seat> seats, String you) {
        return of(info, g, List.of(), versions, setupRounds, seats, you);
    }

    /** The full state, with the news among {@code events} (the game's record so far). */
    static ServerMessage.State of(ScenarioInfo info, GameState g, List<org.truce.shared.engine.Event> events,
                                  EventVersions versions, int setupRounds, List<ServerParts.Seat> seats, String you) {
        List<ServerParts.InjectNews> news = new ArrayList<>();
        List<ServerParts.Announcement> said = new ArrayList<>();
        EventVersions counted = new EventVersions();
        for (org.truce.shared.engine.Event e : events) {
            int v = counted.observe(e);
            if (e instanceof org.truce.shared.engine.Event.InjectFired i) {
                news.add(new ServerParts.InjectNews(i.round(), i.id(), i.title(), i.text()));
            } else if (e instanceof org.truce.shared.engine.Event.Announced a) {
                said.add(new ServerParts.Announcement(a.round(), a.text(), v));
            }
        }
        Map<String, String> votes = new LinkedHashMap<>();
        g.votes().forEach((p, v) -> votes.put(p, v.wire()));
        int rounds = g.phase() == Phase.LOBBY ? setupRounds : g.rounds();
        boolean open = g.phase() == Phase.PROPOSING || g.phase() == Phase.VOTING;
        List<ServerParts.RoundView> history = new ArrayList<>();
        for (RoundRecord r : g.history()) {
            Map<String, String> rv = new LinkedHashMap<>();
            r.votes().forEach((p, v) -> rv.put(p, v.wire()));
            history.add(new ServerParts.RoundView(r.round(), r.pen(), draft(info, r.draft()), rv, r.agreed(),
                    r.byClock().isEmpty() ? null : r.byClock(), versions.tabledAt(r.round()), versions.votedAt(r.round()),
                    r.standIns().isEmpty() ? null : r.standIns()));
        }
        return new ServerMessage.State(ROOM, info.id(), g.phase().wire(), g.round(), rounds, g.pen(), draft(info, g.draft()),
                votes, seats, null, null, versions.version(), open ? versions.tabledAt(g.round()) : null,
                open ? versions.votedAt(g.round()) : null, open && !g.standIns().isEmpty() ? g.standIns() : null, g.paused(),
                news, said, history, you);
    }

    /** The same state without its history, as the stream sends it after each change. */
    static ServerMessage.State live(ServerMessage.State s) {
        return new ServerMessage.State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(), s.draft(), s.votes(),
                s.seats(), s.deadline(), s.remainingMs(), s.version(), s.tabledAt(), s.votedAt(), s.standIns(), s.paused(), s.injects(), s.announcements(), null, s.you());
    }

    private static ServerParts.DraftView draft(ScenarioInfo info, Draft d) {
        return d == null ? null : new ServerParts.DraftView(d.round(), d.by(), info.space().toTerms(d.pkg()), d.automatic(),
                d.standIn() ? Boolean.TRUE : null);
    }
}
