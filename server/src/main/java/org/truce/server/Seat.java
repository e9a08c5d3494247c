package org.truce.server;

import org.truce.shared.protocol.Occupant;
import org.truce.shared.bot.Bot;
import org.truce.shared.protocol.ServerParts;

/** A seat at a room's table: its party and who holds it ({@link SeatState}). Touched only on the room's executor. */
final class Seat {
    final String party;
    private SeatState state = new SeatState.Free(null);
    /** The seat's team besides its lead, in the order they joined (see {@link Teams}). */
    final java.util.List<TeamMember> members = new java.util.ArrayList<>();
    /** The seat token hash of a lead who lost the lead only because they dropped (they get it back on return), or null. */
    String droppedLead;
    /** {@link Teams}' join count when the lead last went away: members who joined later never take the lead automatically. */
    long leadAwayAt = Long.MAX_VALUE;

    Seat(String party) {
        this.party = party;
    }

    SeatState state() {
        return state;
    }

    void set(SeatState s) {
        state = s;
    }

    boolean isFree() {
        return state instanceof SeatState.Free;
    }

    boolean isHuman() {
        return state instanceof SeatState.Human;
    }

    /** The human's state, or null for a free or bot seat. */
    SeatState.Human human() {
        return state instanceof SeatState.Human h ? h : null;
    }

    /** A human seat whose player is away and whose bot persona plays for them. */
    boolean standIn() {
        return state instanceof SeatState.Human h && h.presence() instanceof SeatState.StoodIn;
    }

    /** The human's live connection, or null (away, a bot seat, a free seat). */
    Session session() {
        return state instanceof SeatState.Human h ? h.presence().session() : null;
    }

    /** The bot playing this seat: a bot seat's bot, a stand-in, or null. */
    Bot bot() {
        return state.bot();
    }

    /** The name the table shows, or null for a free seat. */
    String name() {
        return state.name();
    }

    /** The hash of the human's seat token; null for bot seats and free seats. */
    String token() {
        return state instanceof SeatState.Human h ? h.token() : null;
    }

    ServerParts.Seat view() {
        String occupant = state instanceof SeatState.Bot ? Occupant.BOT.wire() : state instanceof SeatState.Human ? Occupant.HUMAN.wire() : null;
        boolean connected = state instanceof SeatState.Bot || session() != null;
        String strategy = state instanceof SeatState.Bot b ? b.strategy() : bot() != null ? "default" : null;
        java.util.List<String> team = teamNames();
        java.util.List<String> away = new java.util.ArrayList<>();
        if (team != null) {
            // a team's player who quit in a game keeps their place: the table shows them away
            if (session() == null) {
                away.add(name());
            }
            members.stream().filter(m -> m.session == null).forEach(m -> away.add(m.name));
        }
        return new ServerParts.Seat(party, occupant, name(), connected, strategy, team, team == null ? null : name(), away);
    }

    /** The team's names, the lead first, or null for a seat of one (or none). */
    java.util.List<String> teamNames() {
        if (members.isEmpty() || !isHuman()) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(name());
        members.forEach(m -> out.add(m.name));
        return out;
    }

    /** Every live connection at this seat: the lead's, then the members'. */
    java.util.List<Session> sessions() {
        java.util.List<Session> out = new java.util.ArrayList<>();
        if (session() != null) {
            out.add(session());
        }
        for (TeamMember m : members) {
            if (m.session != null) {
                out.add(m.session);
            }
        }
        return out;
    }

    /** The member on connection {@code s}, or null (the lead, or not at this seat). */
    TeamMember member(Session s) {
        for (TeamMember m : members) {
            if (m.session == s) {
                return m;
            }
        }
        return null;
    }

    /** A member with a live connection who was in the team when the lead went away, the first to have joined; null if none. */
    TeamMember connectedMember() {
        for (TeamMember m : members) {
            if (m.session != null && m.joined <= leadAwayAt) {
                return m;
            }
        }
        return null;
    }
}
