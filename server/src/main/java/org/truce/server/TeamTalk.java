package org.truce.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Outcome;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;

/**
 * What a seat's team says among itself: the team channel ({@code say {to: "team"}}, to the team,
 * observers attached to it and the facilitators watching, nobody else; journaled, replayed to a
 * player who returns) and the members' suggestions to their lead. Runs on the room's executor.
 */
final class TeamTalk {
    /** Team lines replayed to a returning player. */
    private static final int RECENT_TEAM_LINES = 50;

    private final Room room;
    /** Each party's team channel so far (the facilitator's and the debrief's record, and the catch-up). */
    private final Map<String, List<JournalFile.TeamLine>> lines = new LinkedHashMap<>();

    /** Team lines said in this game, on every team: they count toward the game's chat limit. */
    private int said;

    TeamTalk(Room room) {
        this.room = room;
    }

    /** After a restart: the team channels as journaled. */
    void recovered(List<JournalFile.TeamLine> said) {
        this.said += said.size();
        for (JournalFile.TeamLine t : said) {
            lines.computeIfAbsent(t.party(), p -> new ArrayList<>()).add(t);
        }
    }

    /** Team lines said in this game (every team's; the game's chat limit bounds them, and so this record). */
    int count() {
        return said;
    }

    /** The lines said on {@code party}'s team channel so far. */
    List<JournalFile.TeamLine> lines(String party) {
        return lines.getOrDefault(party, List.of());
    }

    /** {@code say {to: "team"}}: the line goes to the team and the facilitator only. */
    void say(Session s, String text, String re) {
        Seat seat = seatOf(s, re);
        if (seat == null) {
            return;
        }
        // the rules' checks of chat text, and its cleaning, without a move: nothing is committed
        Outcome o = room.game.decide(new Command.Say(seat.party, Command.Say.ALL, text));
        if (!o.isAccepted()) {
            s.error(ErrorCode.of(o.rejection().reason()), o.rejection().message(), re);
            return;
        }
        String clean = ((Event.Said) o.events().get(0)).text();
        JournalFile.TeamLine line = new JournalFile.TeamLine(seat.party, s.name, clean, room.game.state().round());
        if (!room.journal.tryAppend(f -> f.teamSaid(line))) {
            s.error(ErrorCode.SERVER_ERROR, "the server cannot record the line; the room is paused", re);
            return;
        }
        lines.computeIfAbsent(seat.party, p -> new ArrayList<>()).add(line);
        said++;
        ServerMessage.Said m = view(line);
        for (Session to : readers(seat)) {
            if (to.teams || to.teacher || to == s) { // an older client could not tell a team line from a private one
                to.send(m, to == s ? re : null);
            }
        }
    }

    /** {@code suggest}: to the lead, with the sender's echo as the reply. */
    void suggest(Session s, ClientMessage.Suggest sg, String re) {
        Seat seat = seatOf(s, re);
        if (seat == null) {
            return;
        }
        if (room.isOver()) {
            s.error(ErrorCode.GAME_OVER, "the game is over: nothing is left to suggest", re);
            return;
        }
        Map<String, String> terms = null;
        if (sg.terms() != null) {
            String[] problem = new String[2];
            var pkg = room.scenario.space().fromTerms(sg.terms(), (kind, message) -> {
                problem[0] = kind.name().toLowerCase(java.util.Locale.ROOT);
                problem[1] = message;
            });
            if (pkg == null) {
                s.error(ErrorCode.fromWire(problem[0]) == null ? ErrorCode.BAD_FIELD : ErrorCode.fromWire(problem[0]), problem[1], re);
                return;
            }
            terms = room.scenario.space().toTerms(pkg);
        }
        ServerMessage.Suggested m = new ServerMessage.Suggested(s.name, terms, sg.vote());
        Session lead = seat.session();
        if (lead != null && lead != s && lead.teams) { // a type an older client cannot read
            lead.send(m);
        }
        s.send(m, re);
    }

    /** The seat whose team {@code s} is in, or null after refusing. */
    private Seat seatOf(Session s, String re) {
        if (s.room != room || s.party == null) {
            s.error(ErrorCode.NOT_JOINED, "only a seat's team talks on its channel; join a seat", re);
            return null;
        }
        return room.seats.seat(s.party);
    }

    /** Who reads {@code seat}'s team channel: its team, observers attached to it, the facilitators watching. */
    private List<Session> readers(Seat seat) {
        List<Session> out = seat.sessions();
        out.addAll(room.views.teamWatchers(seat.party));
        return out;
    }

    private static ServerMessage.Said view(JournalFile.TeamLine t) {
        return new ServerMessage.Said(t.party(), ServerMessage.Said.TEAM, t.text(), t.round(), null, null, t.by());
    }

    /** The recent lines of {@code party}'s team channel, to a connection arriving at the seat or attaching to it. */
    void sendTeamLines(Session s, String party) {
        if (!s.teams && !s.teacher) {
            return; // an older client: see say
        }
        List<JournalFile.TeamLine> said = lines(party);
        for (JournalFile.TeamLine t : said.subList(Math.max(0, said.size() - RECENT_TEAM_LINES), said.size())) {
            s.send(view(t));
        }
    }
}
