package org.truce.client.model;

import java.util.List;
import org.truce.client.model.LogEntry.Kind;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerMessage.State;

/** Folds one cleaned server message into the {@link GameModel} and tells its log what changed. */
final class ServerFold {
    private final GameModel model;

    ServerFold(GameModel model) {
        this.model = model;
    }

    boolean fold(ServerMessage m) {
        if (model.events.replaying() && !(m instanceof ServerMessage.Said) && !(m instanceof ServerMessage.Joined)
                && !(m instanceof ServerMessage.Spectating)) {
            model.events.endReplay(); // the replayed chat ends where anything else begins
        }
        if (model.gate.passOver(m, model.room)) {
            return false; // a line of a room left, still in flight, is not the next room's
        }
        if (m instanceof ServerMessage.RoomCreated rc && rc.code() != null && rc.facilitatorKey() != null) {
            model.facilitatorKeys.put(rc.code(), rc.facilitatorKey());
            return false;
        }
        if (m instanceof ServerMessage.Welcome w) {
            model.team.welcomed(w.name());
            return false;
        }
        if (m instanceof ServerMessage.Suggested sg) {
            return suggested(sg);
        }
        if (m instanceof ServerMessage.Scenarios s) {
            model.scenarios = s.scenarios() == null ? List.of() : List.copyOf(s.scenarios());
        } else if (m instanceof ServerMessage.Rooms r) {
            model.rooms = r.rooms() == null ? List.of() : List.copyOf(r.rooms());
        } else if (m instanceof ServerMessage.Joined j) {
            model.events.rejoin(); // the server replays the recent chat (or what was missed) before the state
            if (!java.util.Objects.equals(j.room(), model.room) || !java.util.Objects.equals(j.party(), model.party)) {
                model.dropView(); // another seat: its events fold onto its own full state
                model.team.clear();
            }
            if (model.room != null && !model.room.equals(j.room())) {
                model.events.clear(); // another room: nothing of the last one's log stays
                model.events.rejoin();
            }
            model.room = j.room();
            model.party = j.party();
            model.seatToken = j.seatToken();
            model.viewToken = j.seatToken();
            model.setScenario(j.scenario());
            model.brief = j.brief();
            model.worth = model.brief == null || model.scenario == null ? null : new Worth(model.scenario, model.brief);
        } else if (m instanceof ServerMessage.Spectating s) {
            model.events.rejoin();
            if (!java.util.Objects.equals(s.room(), model.room) || model.party != null) {
                model.dropView();
            }
            if (model.room != null && !model.room.equals(s.room())) {
                model.events.clear(); // another room (the console's next one): nothing of the last one's log stays
                model.events.rejoin();
            }
            model.room = s.room();
            model.party = null;
            // a spectator sees public information only: nothing of a seat held before stays
            model.brief = null;
            model.worth = null;
            model.gameOver = null;
            model.setScenario(s.scenario());
        } else if (m instanceof State s) {
            return state(s);
        } else if (m instanceof ServerMessage.Event e) {
            return event(e);
        } else if (m instanceof ServerMessage.Said s) {
            if (!"all".equals(s.to()) && !s.onTeam() && (model.party == null || !(model.party.equals(s.from()) || model.party.equals(s.to())))) {
                return false; // a private line between others never shows here, whatever a server sends
            }
            model.roomView.said(s); // a public line counts a version
            model.events.said(s);
        } else if (m instanceof ServerMessage.Notice n) {
            model.events.notice(n, model.view());
        } else if (m instanceof ServerMessage.BriefUpdate b) {
            return briefUpdate(b);
        } else if (m instanceof ServerMessage.GameOver g) {
            model.gameOver = g;
            model.events.arrived(Kind.EVENT, g.round(), g.agreement() == null ? "No deal: the talks have ended." : "Agreement reached in round " + g.round() + "!");
        } else if (m instanceof ServerMessage.Error e) {
            model.events.arrived(Kind.ERROR, model.currentRound(), "Server: " + e.message());
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
        if (b.brief() == null || model.party == null || !model.party.equals(b.party()) || !model.party.equals(b.brief().party())
                || !java.util.Objects.equals(model.room, b.room()) || model.scenario == null) {
            return false;
        }
        model.brief = b.brief();
        model.worth = new Worth(model.scenario, model.brief);
        List<String> news = model.brief.news();
        String how = news.isEmpty() ? "see your brief (B)." : news.get(news.size() - 1);
        model.events.positionChanged("Your position changed: " + how);
        return true;
    }

    /** A state: the view takes it ({@link RoomView}); a full one tells the log what it lacks. */
    private boolean state(State s) {
        boolean hadState = model.roomView.state() != null;
        String leadBefore = model.lead();
        List<String> teamBefore = model.team();
        ServerParts.Seat seatBefore = Team.seat(model.roomView.state(), model.party);
        model.countdown.arrived();
        RoomView.Took took = model.roomView.state(s, model.scenario == null ? null : model.scenario.partyIds());
        if (took == RoomView.Took.FULL) {
            model.events.state(model.roomView.view(), hadState);
        } else if (took == RoomView.Took.LIVE) {
            model.events.streamed();
        }
        String leadNow = model.lead();
        if (hadState && leadBefore != null && leadNow != null && !leadNow.equals(leadBefore)) {
            // the lead was handed over, named by the facilitator, or taken when the lead dropped
            model.events.arrived(Kind.EVENT, model.currentRound(), leadNow.equals(model.team.myName()) ? "You lead your team now: you table and vote."
                    : leadNow + " leads your team now.");
        }
        if (hadState) {
            teamChanges(teamBefore, seatBefore);
        }
        return true;
    }

    /** The log tells the team who left it, who went away and who is back (not this player: they know). */
    private void teamChanges(List<String> before, ServerParts.Seat seatBefore) {
        ServerParts.Seat seat = Team.seat(model.roomView.state(), model.party);
        List<String> now = model.team();
        for (String name : before) {
            if (name.equals(model.team.myName())) {
                continue;
            }
            if (!now.contains(name) && !now.isEmpty()) {
                model.events.arrived(Kind.EVENT, model.currentRound(), name + " left the team.");
            } else if (now.contains(name) && seat != null && seatBefore != null && seat.isAway(name) != seatBefore.isAway(name)) {
                model.events.arrived(Kind.EVENT, model.currentRound(), name + (seat.isAway(name) ? " is away (keeps their place in the team)." : " is back."));
            }
        }
    }

    /** One of the table's events: folded into the view, then told in the log. */
    private boolean event(ServerMessage.Event e) {
        if (!model.roomView.event(e)) {
            return false;
        }
        model.events.event(e.event(), e.version(), model.roomView.view());
        return true;
    }

    /** A member's suggestion reached the lead: kept for the round, and told in the log. */
    private boolean suggested(ServerMessage.Suggested sg) {
        if (model.party == null || sg.by() == null || (sg.terms() == null) == (sg.vote() == null)) {
            return false;
        }
        model.team.suggested(sg, model.currentRound());
        if (sg.by().equals(model.team.myName())) {
            model.events.arrived(Kind.EVENT, model.currentRound(), sg.terms() != null ? "You suggested a package to your lead."
                    : "You suggested to " + (sg.vote() ? "accept" : "reject") + " the draft.");
        } else if (sg.terms() != null) {
            String worthIt = model.worth == null || model.worth.pkg(sg.terms()) == null ? "" : " (worth " + String.format("%.1f", model.worth.utility(model.worth.pkg(sg.terms()))) + " to you)";
            model.events.arrived(Kind.EVENT, model.currentRound(), sg.by() + " suggests a package" + worthIt + ": U loads it into the editor.");
        } else {
            model.events.arrived(Kind.EVENT, model.currentRound(), sg.by() + " suggests you " + (sg.vote() ? "accept" : "reject") + " the draft.");
        }
        return true;
    }
}
