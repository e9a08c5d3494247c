package org.truce.server;

import java.util.concurrent.ScheduledFuture;
import org.truce.shared.bot.Bot;
import org.truce.shared.protocol.ServerMessage;

/** A seat at a room's table. Mutable; touched only on the room's executor. */
final class Seat {
    enum Occupant { HUMAN, BOT }

    final String party;
    Occupant occupant;
    String name;
    /** The hash of the human's secret ({@link Secrets#hash}); null for bot seats and free seats. */
    String token;
    /** Strategy of a bot seat, or "default" while a stand-in plays for an absent human. */
    String strategy;
    /** The bot playing this seat: a bot seat's bot, or the absent human's stand-in (else null). */
    Bot bot;
    /** The human's live connection, or null while they are away. */
    Session session;
    /** When the human was last seen (epoch ms) while away. */
    long goneSince;
    ScheduledFuture<?> grace;
    /** When {@link #grace} runs out (epoch ms, the rooms' clock). */
    long graceDue;
    /** While the room is paused: what was left of the grace (ms), or -1 for none. */
    long graceLeftMs = -1;

    Seat(String party) {
        this.party = party;
    }

    boolean isFree() {
        return occupant == null;
    }

    boolean isHuman() {
        return occupant == Occupant.HUMAN;
    }

    boolean standIn() {
        return isHuman() && bot != null;
    }

    ServerMessage.Seat view() {
        String occ = occupant == null ? null : occupant == Occupant.HUMAN ? "human" : "bot";
        boolean connected = occupant == Occupant.BOT || session != null;
        return new ServerMessage.Seat(party, occ, name, connected, bot == null ? null : strategy);
    }
}
