package org.truce.server;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.bot.Bot;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Outcome;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ErrorCode;

/**
 * The facilitator hands a seat to a bot ({@code seat_bot}) or frees it for a new player
 * ({@code free_seat}): a free seat, a bot's, or a human's whose player is not connected (their
 * token is revoked, journaled as an {@code unseat} line). The change itself is an
 * {@link Event.SeatHanded} through the room's pipeline, so it is public and a restart replays it
 * ({@link #replayed}). Runs on the room's executor.
 */
final class SeatHanding {
    private final Room room;

    SeatHanding(Room room) {
        this.room = room;
    }

    /** {@code free_seat}: the seat is free for anyone (in a game in progress a stand-in plays it meanwhile). */
    FacilitationOutcome free(String party) {
        Seat seat = room.seats.seat(party);
        if (seat == null) {
            return unknownParty(party);
        }
        String whose = room.texts.whose(party);
        if (seat.isFree()) {
            return FacilitationOutcome.refused(ErrorCode.BAD_FIELD, RoomTexts.capital(whose) + " seat is already free");
        }
        return hand(seat, null, Unseating.FREED, whose + " seat in room " + room.code + " is free for a new player");
    }

    /** {@code seat_bot}: a bot playing {@code strategy} takes the seat for the rest of the game. */
    FacilitationOutcome toBot(String party, String strategy) {
        Seat seat = room.seats.seat(party);
        if (seat == null) {
            return unknownParty(party);
        }
        if (!Bot.isKnown(strategy)) {
            return FacilitationOutcome.refused(ErrorCode.UNKNOWN_STRATEGY, "no bot strategy '" + org.truce.shared.scenario.PlainText.echo(strategy) + "' (strategies: "
                    + String.join(", ", Bot.STRATEGIES) + ")");
        }
        return hand(seat, strategy, Unseating.HANDED, room.texts.whose(party) + " seat in room " + room.code
                + " is played by a bot (" + strategy + ")");
    }

    private FacilitationOutcome hand(Seat seat, String strategy, Unseating why, String done) {
        if (!seat.sessions().isEmpty()) { // the lead's, or a team member's
            return FacilitationOutcome.refused(ErrorCode.PLAYER_PRESENT, RoomTexts.capital(room.texts.whose(seat.party))
                    + (seat.session() != null ? " player is connected" : " team has a player connected")
                    + "; only a seat whose player is gone can be handed over or freed");
        }
        Command c = new Command.HandSeat(seat.party, strategy);
        Outcome o = room.game.decide(c);
        if (!o.isAccepted()) {
            return Facilitator.refused(o);
        }
        // an absent player's token is revoked in the same write as the event: neither is journaled without the other
        String token = seat.isHuman() ? seat.token() : null;
        List<JsonObject> unseat = token == null ? List.of() : List.of(JournalFile.unseatLine(seat.party, token, why));
        if (!room.command(c, null, null, () -> {
            if (token != null) {
                room.seats.unseated(seat, token, why);
            }
            seat.set(state(seat.party, strategy));
        }, unseat)) {
            return Facilitator.unrecorded();
        }
        room.startIfFull(); // a bot may fill the last seat of a lobby
        return FacilitationOutcome.done(done);
    }

    /** Who holds a seat after it was handed: a bot with {@code strategy}, or nobody (a stand-in plays a game in progress). */
    private SeatState state(String party, String strategy) {
        if (strategy == null) {
            boolean playing = room.game.state().phase() != Phase.LOBBY && !room.isOver();
            return new SeatState.Free(playing ? room.bots.standIn(party) : null);
        }
        return botSeat(room, party, strategy);
    }

    /** A bot seat for {@code party} playing {@code strategy}. */
    static SeatState.Bot botSeat(Room room, String party, String strategy) {
        return new SeatState.Bot(strategy, room.scenario.info().party(party).name() + " (bot)", room.bots.newBot(party, strategy));
    }

    /**
     * After a restart, before the human seats are restored: each seat the facilitator handed
     * gets its last hand (a bot, or free). A human who took a freed seat afterwards comes back
     * with the journal's seat lines ({@link SeatTable#recovered}).
     */
    static void replayed(Room room, Map<String, Seat> seats) {
        Map<String, String> last = new LinkedHashMap<>();
        for (Event e : room.game.events()) {
            if (e instanceof Event.SeatHanded h && seats.containsKey(h.party())) {
                last.put(h.party(), h.strategy());
            }
        }
        last.forEach((party, strategy) -> seats.get(party).set(strategy == null || !Bot.isKnown(strategy)
                ? new SeatState.Free(null) : botSeat(room, party, strategy)));
    }

    private FacilitationOutcome unknownParty(String party) {
        return FacilitationOutcome.refused(ErrorCode.UNKNOWN_PARTY, "no party '" + org.truce.shared.scenario.PlainText.echo(party) + "' in " + room.scenario.id());
    }
}
