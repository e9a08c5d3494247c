package org.truce.server;

import org.truce.shared.engine.Event;
import org.truce.shared.protocol.NoticeKind;

/**
 * A room's reaction to the facilitator's events once they are committed, before the new state
 * goes out: a pause stops the clock and the graces (they wait while either this pause or the
 * journal's, {@link RoomPause}, holds), a resume lets them go on with what they had left, an
 * extension gives the clock more time, news changes the scenario ({@link RoomNews}); and
 * everyone in the room, seats and spectators, is told in a notice. Runs on the room's executor.
 */
final class RoomControls {
    private final Room room;

    RoomControls(Room room) {
        this.room = room;
    }

    /** Reacts to {@code e} if it is one of the facilitator's events. */
    void react(Event e) {
        if (e instanceof Event.Paused) {
            room.clock.freeze();
            room.graces.freeze();
            room.views.notice(NoticeKind.PAUSED, room.texts.facilitated(e));
        } else if (e instanceof Event.Resumed) {
            if (!room.frozen()) { // a journal that cannot be written still holds the room (see RoomPause)
                room.clock.thaw(room.game.state());
                if (!room.frozen()) { // the clock's own line may have broken the journal just now
                    room.graces.thaw();
                }
            }
            room.views.notice(NoticeKind.RESUMED, room.texts.facilitated(e));
        } else if (e instanceof Event.ClockExtended x) {
            room.clock.extend(x.seconds());
            room.views.notice(NoticeKind.CLOCK_EXTENDED, room.texts.facilitated(e));
        } else if (e instanceof Event.RoundsAdded x) {
            room.views.notice(NoticeKind.ROUNDS_ADDED, room.texts.facilitated(e));
        } else if (e instanceof Event.Announced x) {
            room.views.notice(NoticeKind.ANNOUNCEMENT, "The facilitator: " + x.text());
        } else if (e instanceof Event.InjectFired x) {
            room.news.fired(x);
        } else if (e instanceof Event.SeatHanded x) {
            room.views.notice(x.strategy() == null ? NoticeKind.SEAT_FREED : NoticeKind.SEAT_HANDED, room.texts.facilitated(e));
        }
    }

    /** After a restart: a game the facilitator paused stays paused, its clock and graces stopped. */
    void recovered() {
        if (room.game.state().paused()) {
            room.clock.freeze();
            room.graces.freeze();
        }
    }
}
