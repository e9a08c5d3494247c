package org.truce.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ServerMessage;

/**
 * How a room closes ({@link Closing} says why) and the sweeper's visit that closes ended games and
 * idle lobbies. Runs on the room's executor.
 */
final class RoomCloser {
    private static final Logger LOG = LoggerFactory.getLogger(RoomCloser.class);

    private final Room room;

    RoomCloser(Room room) {
        this.room = room;
    }

    /**
     * The server stopping only forces and closes the journal (the room comes back at the next
     * start). Any other reason ends the room for good: the closing is journaled (if {@code why}
     * is), everyone but {@code replyTo} is told, let go and their tokens revoked, and the room
     * leaves memory (its file stays). False if the closing cannot be journaled.
     */
    boolean close(Closing why, Session replyTo) {
        if (why == Closing.SERVER_STOP) {
            stop();
            return true;
        }
        if (room.gone) {
            return true;
        }
        if (why == Closing.ARCHIVED) {
            room.views.notice(NoticeKind.ARCHIVED, "this finished game was archived; its record stays on the server");
            room.closedBy = why;
            dismiss(RoomTexts.archivedWhy(room.code));
            LOG.info("room {}: ended game archived (left memory)", room.code);
            return true;
        }
        int idle = room.lobbyIdleSeconds();
        if (!room.journal.tryAppend(f -> f.closed(why))) {
            return false;
        }
        room.views.tellAllBut(ServerMessage.Notice.of(NoticeKind.CLOSED, RoomTexts.closedText(room.code, why, idle)), replyTo);
        room.closedBy = why;
        dismiss(RoomTexts.closedWhy(room.code, why, idle));
        LOG.info("room {} closed ({})", room.code, why.journaled);
        return true;
    }

    /** No more timers; the journal is forced and closed. */
    private void stop() {
        room.clock.cancel();
        room.graces.cancelAll();
        room.journal.close();
    }

    /** Detaches everyone, revokes the tokens ({@code why}, in the players' words), stops, and leaves the hall. */
    private void dismiss(String why) {
        room.gone = true;
        room.bots.runDeferred(); // each answers that the room is closed
        for (Session a : room.views.audience()) {
            a.leaveRoom();
        }
        room.views.clearSpectators();
        room.seats.dismiss(why);
        stop();
        room.hall.forget(room);
        room.views.publish();
    }

    /**
     * The sweeper's visit: an ended game leaves memory after the retention time; a lobby no
     * human has been connected to for the idle time is closed.
     */
    void sweep(long now) {
        if (room.gone) {
            return;
        }
        ServerConfig.Limits l = room.hall.config().limits();
        long empty = room.seats.emptySince();
        if (room.isOver() && room.endedAt() > 0 && now - room.endedAt() >= l.endedRetentionSeconds() * 1000L) {
            close(Closing.ARCHIVED, null);
        } else if (room.game.state().phase() == Phase.LOBBY && empty > 0 && !room.seats.anyHumanConnected()
                && now - empty >= room.lobbyIdleSeconds() * 1000L) {
            close(Closing.EXPIRED, null);
        }
    }
}
