package org.truce.shared.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * The public events behind a {@link SeatView}: enough for {@code GameState.replay} to give the
 * same public state here, so a bot away from the server (which plays on engine states and events)
 * can play from what its seat is told. The seed is not public: it is 0.
 */
public final class ViewEvents {
    private ViewEvents() {
    }

    /** The events of the view's game so far, oldest first (none in the lobby). */
    public static List<Event> of(ScenarioInfo info, SeatView v) {
        List<Event> out = new ArrayList<>();
        if (v.phase() == null || v.phase() == Phase.LOBBY) {
            return out;
        }
        out.add(new Event.GameStarted(info.id(), v.rounds(), info.partyIds(), 0L));
        for (SeatView.Round r : v.history()) {
            List<String> rejected = new ArrayList<>();
            if (r.draft() != null) {
                draft(info, out, r.draft(), r.votes(), r.byClock(), r.standIns(), rejected);
            }
            if (r.agreed() && r.draft() != null) {
                out.add(new Event.Agreed(r.round(), r.draft().terms()));
            } else {
                out.add(new Event.RoundFailed(r.round(), rejected, rejected.isEmpty() ? "no draft tabled in time" : "rejected"));
            }
        }
        if (v.phase() != Phase.ENDED && v.draft() != null) {
            draft(info, out, v.draft(), v.votes(), null, v.standIns(), new ArrayList<>());
        }
        for (org.truce.shared.protocol.ServerParts.InjectNews n : v.injects()) {
            // the ids count (each fires once); the effects are not public: a bot away from the server is told its own brief
            out.add(new Event.InjectFired(n.round(), n.id(), n.title(), n.text(), Map.of()));
        }
        if (v.paused()) {
            out.add(new Event.Paused(v.round()));
        }
        return out;
    }

    /** A tabling and its votes; {@code byClock}, {@code standIns}: who the clock or a stand-in voted for (null: nobody). */
    private static void draft(ScenarioInfo info, List<Event> out, DraftView d, Map<String, VoteStatus> votes,
                              List<String> byClock, List<String> standIns, List<String> rejected) {
        out.add(new Event.Tabled(d.round(), d.by(), d.terms(), d.automatic(), d.standIn()));
        for (String p : info.partyIds()) {
            VoteStatus v = votes.get(p);
            // the author accepts a draft it tabled itself; on one the clock re-tabled it votes like everyone
            if ((p.equals(d.by()) && !d.automatic()) || v == null || v == VoteStatus.PENDING) {
                continue;
            }
            Boolean standIn = standIns != null && standIns.contains(p) ? Boolean.TRUE : null;
            boolean clock = v == VoteStatus.REJECTED && byClock != null && byClock.contains(p);
            out.add(new Event.Voted(d.round(), p, v == VoteStatus.ACCEPTED, clock, standIn));
            if (v == VoteStatus.REJECTED) {
                rejected.add(p);
            }
        }
    }
}
