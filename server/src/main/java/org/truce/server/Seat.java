package org.truce.server;

import org.truce.shared.protocol.Occupant;
import org.truce.shared.bot.Bot;
import org.truce.shared.protocol.ServerMessage;

/** A seat at a room's table: its party and who holds it ({@link SeatState}). Touched only on the room's executor. */
final class Seat {
    final String party;
    private SeatState state = new SeatState.Free(null);

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

    ServerMessage.Seat view() {
        String occupant = state instanceof SeatState.Bot ? Occupant.BOT.wire() : state instanceof SeatState.Human ? Occupant.HUMAN.wire() : null;
        boolean connected = state instanceof SeatState.Bot || session() != null;
        String strategy = state instanceof SeatState.Bot b ? b.strategy() : bot() != null ? "default" : null;
        return new ServerMessage.Seat(party, occupant, name(), connected, strategy);
    }
}
