package org.truce.server;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Outcome;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.Rules;
import org.truce.shared.protocol.ErrorCode;

/** A room's command pipeline: decide, journal, commit, then tell the room (state, chat, game over, bots, clock). Runs on the room's executor. */
final class RoomPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(RoomPipeline.class);

    private final Room room;

    RoomPipeline(Room room) {
        this.room = room;
    }

    /**
     * Decides, journals the outcome as one line, and only then commits it to the game, so memory never runs
     * ahead of the journal. {@code accepted} runs after the commit, before anyone is told of the new state
     * (the messages wait in the room's outbox until the journal is forced). With seat lines ({@code before}) journaled in the
     * same write as the events, so that neither lands without the other.
     */
    boolean command(Command c, Session from, String re, Runnable accepted, List<com.google.gson.JsonObject> before) {
        if (room.gone || (room.journal.broken() && (from == null || !room.heal()))) {
            if (from != null) {
                from.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            }
            return false;
        }
        Outcome o = room.game.decide(c);
        if (!o.isAccepted()) {
            if (from != null) {
                from.error(ErrorCode.of(o.rejection().reason()), o.rejection().message(), re);
            } else {
                LOG.warn("room {}: engine refused {}: {}", room.code, c, o.rejection());
            }
            return false;
        }
        List<com.google.gson.JsonObject> result = ResultLine.of(room.scenario, o.events());
        if (!room.journal.tryAppend(f -> f.events(before, o.events(), result))) {
            if (from != null) {
                from.error(ErrorCode.SERVER_ERROR, "the server cannot record the move; the room is paused", re);
            }
            return false;
        }
        room.game.commit(o.events());
        if (accepted != null) {
            accepted.run();
        }
        afterEvents(o.events(), from, re);
        return true;
    }

    /** Starts the game once every seat is held; true if it started now. */
    boolean startIfFull() {
        if (room.game.state().phase() != Phase.LOBBY || room.journal.broken() || !room.seats.full()) {
            return false;
        }
        Event.GameStarted start = Rules.start(room.scenario.info(), room.setup.rounds(), room.setup.seed());
        if (!room.journal.tryAppend(f -> f.events(List.of(start)))) {
            return false;
        }
        room.game.commit(List.of(start));
        LOG.info("room {}: game started", room.code);
        afterEvents(List.of(start), null, null);
        return true;
    }

    private void afterEvents(List<Event> events, Session from, String re) {
        boolean changed = false;
        boolean roundBegan = false;
        for (Event e : events) {
            int version = room.versions.observe(e);
            room.views.happened(e, version); // events: recorded, and sent to connections in stream mode
            room.bots.observe(e);
            room.controls.react(e); // the facilitator's events: clocks, news, notices
            roundBegan |= e instanceof Event.GameStarted || e instanceof Event.RoundFailed;
            if (e instanceof Event.Said said) {
                room.chatCount++;
                room.views.deliver(said, version, from, re);
                room.bots.answer(said);
            } else {
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        if (room.isOver()) {
            room.clock.cancel();
        } else {
            room.clock.rearm(room.game.state(), room.frozen());
        }
        room.views.broadcastState(from, re);
        if (room.isOver()) {
            room.views.tellGameOver();
            room.graces.cancelAll();
            room.endedAt = room.timer.now();
            LOG.info("room {}: game over in round {}: {}", room.code, room.game.state().round(),
                    room.game.state().agreement() == null ? "no deal" : "agreement");
        } else {
            room.bots.moved();
        }
        room.views.publish();
        if (roundBegan) {
            room.news.roundBegan(); // news due at this round fires by itself, through this same pipeline
        }
    }
}
