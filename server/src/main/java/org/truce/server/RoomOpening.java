package org.truce.server;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.engine.Phase;

/**
 * A room comes to life: opened new (its set-up journaled, the creator told), or recovered after a
 * restart (seats restored, graces and clocks started afresh, a facilitator's pause kept, news due
 * fired). Runs on the room's executor, except where {@link #recovered} says.
 */
final class RoomOpening {
    private static final Logger LOG = LoggerFactory.getLogger(Room.class);

    private final Room room;

    RoomOpening(Room room) {
        this.room = room;
    }

    /** A new room: journal its set-up and start at once if bots fill every seat. Null once open, else why not (the room is then gone). */
    String open() {
        String refused = null;
        if (java.nio.file.Files.exists(room.journal.path())) {
            refused = "join code clash; try again"; // an archived or closed game has this code
        } else {
            try {
                room.journal.append(f -> f.setup(room.setup));
            } catch (IOException e) {
                LOG.error("room {}: cannot write its journal", room.code, e);
                room.journal.discard(); // an empty file would be quarantined as corrupt at the next start
                refused = "the server cannot record the room; try again later";
            }
        }
        if (refused != null) {
            room.gone = true;
            room.hall.forget(room);
            return refused;
        }
        room.opened = true;
        LOG.info("room {} opened: {} bots {} rounds {}", room.code, room.scenario.id(), room.setup.bots(), room.setup.rounds());
        room.startIfFull();
        room.views.publish();
        return null;
    }

    /**
     * After a restart, before the room takes requests (see {@link SeatTable#recovered}; called off the
     * executor, before anyone can reach the room): graces start afresh, the clock goes on with what it
     * had ({@code clock}: its last journal line, or null), then both stop again if the facilitator
     * had paused the game.
     */
    void recovered(List<JournalFile.SeatTaken> taken, Set<String> standIns, JournalFile.Clock clock) {
        room.opened = true; // its journal holds the set-up
        room.seats.recovered(taken, standIns, room.game.state().phase() != Phase.LOBBY && !room.isOver());
        room.executor.execute(() -> {
            room.startIfFull();
            if (!room.isOver()) {
                room.graces.startAll();
                room.clock.recover(clock, room.game.state(), room.journal.broken()); // what it had before the stop
                room.controls.recovered();
                room.bots.schedule();
                room.news.roundBegan(); // news due that the stop kept from firing
            }
            room.views.publish();
        });
    }
}
