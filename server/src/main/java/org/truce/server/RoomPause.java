package org.truce.server;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.NoticeKind;

/**
 * A room whose journal cannot be written pauses rather than show unrecorded moves: its clock and
 * the graces of away players stop where they are. {@link #heal} tries the journal again and, if
 * it works, the room goes on where it stopped. Runs on the room's executor.
 */
final class RoomPause {
    private static final Logger LOG = LoggerFactory.getLogger(RoomPause.class);

    private final Room room;

    RoomPause(Room room) {
        this.room = room;
    }

    /** A journal line could not be written or forced: the room pauses (the first time) and says so. */
    void journalFailed(IOException e) {
        LOG.error("room {}: journal write failed; the room stops taking moves", room.code, e);
        if (room.journal.breaks()) {
            room.clock.freeze();
            room.graces.freeze();
        }
        room.views.notice(NoticeKind.SERVER_ERROR, "the server cannot record this room any more; the game is paused");
        room.views.publish(); // the lobby's list and the teachers' overview say so now, not at the next retry
    }

    /**
     * On the room's next request, and from the sweeper: a probe line is written and forced; if that
     * works the room goes on, its clock and grace times with what they had left when it paused.
     * True if the room is (now) writable.
     */
    boolean heal() {
        if (!room.journal.broken()) {
            return true;
        }
        if (room.gone || !room.journal.retry()) {
            return false;
        }
        LOG.info("room {}: its journal can be written again; the game goes on", room.code);
        // the lines held while the journal failed were dropped, not sent: a stream-mode client gets a
        // full state next, not a state it cannot fold onto its older view
        for (Session s : room.views.audience()) {
            room.views.fullStateNext(s);
        }
        if (!room.isOver() && !room.game.state().paused()) { // a facilitator's pause holds until resume
            room.clock.thaw(room.game.state());
            if (room.journal.broken()) {
                return false; // the clock's own line broke it again: still paused, nothing goes on
            }
            room.graces.thaw();
        }
        // only once the clock and graces run again: whoever acts on the notice finds them running
        room.views.notice(NoticeKind.RESUMED, room.game.state().paused()
                ? "the server can record this room again; the game stays paused by the facilitator"
                : "the server can record this room again; the game goes on");
        if (!room.isOver()) {
            if (!room.startIfFull()) {
                room.views.broadcastState(null, null);
            }
            room.bots.schedule();
            room.news.roundBegan(); // news due while the room could not record it
        }
        room.views.publish();
        return true;
    }
}
