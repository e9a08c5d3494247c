package org.truce.server;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.NoticeKind;

/**
 * The grace period of a room's away players: when it runs out, the seat's bot persona stands in
 * (journaled first, so it plays on after a restart) until the player returns. A paused room's
 * graces stop where they are and go on with what they had left. Touched only on the room's executor.
 */
final class GracePeriods {
    private static final Logger LOG = LoggerFactory.getLogger(GracePeriods.class);

    /** One seat's timer: when it runs out, and what it had left while the room was paused (-1: none). */
    private static final class Grace {
        ScheduledFuture<?> timer;
        long due;
        long leftMs = -1;
    }

    private final Room room;
    private final Map<String, Grace> graces = new HashMap<>();

    GracePeriods(Room room) {
        this.room = room;
        for (Seat s : room.seats.all()) {
            graces.put(s.party, new Grace());
        }
    }

    private static boolean isAway(Seat s) {
        return s.human() != null && s.human().presence() instanceof SeatState.Away;
    }

    private long graceMs() {
        return room.hall.config().graceSeconds() * 1000L;
    }

    /** An away player's whole grace period starts now. */
    void start(Seat seat) {
        start(seat, graceMs());
    }

    /** After a restart: every away player's grace counts from now. */
    void startAll() {
        for (Seat s : room.seats.all()) {
            if (isAway(s)) {
                start(s);
            }
        }
    }

    /** The seat's bot persona stands in after {@code ms} more (a paused room only notes it, see {@link #freeze}). */
    private void start(Seat seat, long ms) {
        Grace g = graces.get(seat.party);
        cancel(seat);
        if (room.frozen()) {
            g.leftMs = ms;
            return;
        }
        long since = ((SeatState.Away) seat.human().presence()).since();
        g.due = room.timer.now() + ms;
        g.timer = room.timer.after(ms, () -> over(seat, since));
    }

    /** The player is back, or the seat was freed: no stand-in comes. */
    void cancel(Seat seat) {
        Grace g = graces.get(seat.party);
        if (g.timer != null) {
            g.timer.cancel(false);
            g.timer = null;
        }
    }

    /** The game is over or the room closes: no stand-in comes any more. */
    void cancelAll() {
        for (Seat s : room.seats.all()) {
            cancel(s);
        }
    }

    private void over(Seat seat, long since) {
        if (!(seat.human() != null && seat.human().presence() instanceof SeatState.Away a && a.since() == since)
                || room.isOver() || room.frozen()) {
            return;
        }
        Grace g = graces.get(seat.party);
        g.timer = null;
        if (room.teams.leadGone(seat)) {
            return; // a member of the seat's team is here: they lead, no stand-in
        }
        // journaled first: after a restart the stand-in plays on at once
        if (!room.journal.tryAppend(f -> f.standIn(seat.party, true))) {
            g.leftMs = 0; // stood in as soon as the room can record it (see thaw)
            return;
        }
        seat.set(seat.human().with(new SeatState.StoodIn(room.bots.standIn(seat.party))));
        int secs = room.hall.config().graceSeconds();
        LOG.info("room {}: {} away for {} s, bot persona stands in", room.code, seat.party, secs);
        room.views.notice(NoticeKind.STAND_IN, RoomTexts.capital(room.texts.whose(seat.party)) + " player has been away for " + secs
                + " s: a stand-in bot keeps the seat until they return");
        room.views.broadcastState(null, null);
        room.views.publish();
        room.bots.schedule();
    }

    /** The room pauses: every away player's grace stops where it is. */
    void freeze() {
        long now = room.timer.now();
        for (Grace g : graces.values()) {
            if (g.timer != null) {
                g.timer.cancel(false);
                g.timer = null;
                g.leftMs = Math.max(0L, g.due - now);
            }
        }
    }

    /** The room goes on after a pause: the graces with the time they had left. */
    void thaw() {
        for (Seat s : room.seats.all()) {
            Grace g = graces.get(s.party);
            if (isAway(s)) {
                start(s, g.leftMs >= 0 ? g.leftMs : graceMs());
            }
            g.leftMs = -1;
        }
    }
}
