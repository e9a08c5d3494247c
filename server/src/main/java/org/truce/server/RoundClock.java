package org.truce.server;

import java.util.concurrent.ScheduledFuture;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.NoticeKind;

/**
 * A room's round clock: a fresh deadline whenever the round or phase changes, frozen while the
 * room is paused and thawed with what it had left. When it runs out, the phase's timeout goes
 * through the room's command pipeline (a clock cancelled or re-armed meanwhile never fires). Every
 * start, extension and stop is journaled ({@link JournalFile.Clock}), so after a restart the clock
 * goes on with what it had ({@link #recover}). Time and the timer are the room's injected ones, so
 * tests move them by hand. Touched only on the room's executor.
 */
final class RoundClock {
    private final Room room;
    private ScheduledFuture<?> timer;
    private Long deadline;
    /** While frozen: what was left (ms) when the room paused, or null for no clock. */
    private Long leftMs;
    /** Bumped on every cancel, so a timer task that is already queued knows it is stale. */
    private int generation;
    /** The round and phase the clock runs for ("3:VOTING"), or null. */
    private String key;
    /** Stopped by a pause (the journal's or the facilitator's, see {@link Room#frozen}). */
    private boolean frozen;
    /** The least a restored clock gets after a restart (ms): players reconnecting need a moment. */
    static final long RESTART_MIN_MS = 15_000;

    RoundClock(Room room) {
        this.room = room;
    }

    /** When the clock runs out (epoch ms), or null with no clock. */
    Long deadline() {
        return deadline;
    }

    /**
     * What the clock has left now, or null with no clock. While the facilitator has paused the game:
     * what it had left when it stopped (a room paused by its journal shows no clock at all).
     */
    Long remainingMs() {
        if (deadline == null) {
            return frozen && room.game.state().paused() ? leftMs : null;
        }
        return Math.max(0L, deadline - room.timer.now());
    }

    /** Whether the current phase has a clock, running or stopped (an {@code extend} needs one). */
    boolean hasClock() {
        return deadline != null || (frozen && leftMs != null);
    }

    /** The facilitator gave the clock {@code seconds} more: a stopped clock keeps them for when it goes on. */
    void extend(int seconds) {
        long more = seconds * 1000L;
        if (frozen) {
            if (leftMs != null) {
                leftMs += more;
                journal();
            }
            return;
        }
        if (deadline != null) {
            long left = Math.max(0L, deadline - room.timer.now()) + more;
            String k = key;
            cancel();
            key = k; // the same round and phase: rearm must not start it afresh
            start(left);
        }
    }

    /** While frozen, what the clock had left (ms) when it stopped; else null (see {@link #remainingMs}). */
    Long leftMs() {
        return leftMs;
    }

    /** A fresh clock if the round or phase changed since the last one (a paused room's clock waits for {@link #thaw}). */
    void rearm(GameState g, boolean paused) {
        String k = g.round() + ":" + g.phase();
        if (k.equals(key) || paused) {
            return;
        }
        cancel();
        key = k;
        int secs = seconds(g);
        if (secs > 0) {
            start(secs * 1000L);
        }
    }

    /** The clock ran out: the phase's timeout is decided like any move, then everyone is told why. */
    private void ranOut() {
        if (room.isOver() || room.frozen()) {
            return;
        }
        GameState g = room.game.state();
        String text = room.texts.ranOut(g);
        key = null; // the next rearm starts afresh, even in the same round and phase
        // told only once the timeout is journaled (and, like everything, after the force)
        room.command(new Command.Timeout(g.round(), g.phase()), null, null, () -> room.views.notice(NoticeKind.TIMEOUT, text));
    }

    void cancel() {
        generation++;
        deadline = null;
        key = null;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** The room pauses: the clock stops where it is (it neither runs out nor starts again). A second pause changes nothing. */
    void freeze() {
        if (frozen) {
            return;
        }
        frozen = true;
        leftMs = deadline == null ? null : Math.max(0L, deadline - room.timer.now());
        String k = key;
        cancel();
        key = k; // the same round and phase: rearm must not start it afresh
        if (leftMs != null) {
            journal();
        }
    }

    /**
     * After a restart ({@code saved}: the clock's last journal line, or null): if it was for the
     * round and phase the game is in, the clock goes on with what it had then ({@link #RESTART_MIN_MS}
     * when it ran out while the server was down); else a fresh one, as {@link #rearm} gives. One
     * start, so one journal line.
     */
    void recover(JournalFile.Clock saved, GameState g, boolean paused) {
        boolean same = saved != null && saved.round() == g.round() && g.phase() != null && g.phase().wire().equals(saved.phase());
        if (paused || !same || seconds(g) == 0 || (saved.leftMs() == null && saved.deadline() == null)) {
            rearm(g, paused);
            return;
        }
        long left;
        if (saved.leftMs() != null) {
            left = saved.leftMs(); // stopped by a pause: exactly what it had
        } else {
            left = saved.deadline() - room.timer.now();
            left = left > 0 ? left : RESTART_MIN_MS; // only a clock that ran out meanwhile gets the moment
        }
        cancel();
        key = g.round() + ":" + g.phase();
        start(left);
    }

    /** The clock's length (s) for the game's phase: the set-up's turn or vote time, 0 for none. */
    private int seconds(GameState g) {
        return g.phase() == Phase.PROPOSING ? room.setup.turnSeconds() : g.phase() == Phase.VOTING ? room.setup.voteSeconds() : 0;
    }

    /** The clock as it stands now, into the journal (not while the journal cannot be written: the room is paused then). */
    private void journal() {
        if (room.journal.broken()) {
            return;
        }
        GameState g = room.game.state();
        JournalFile.Clock c = new JournalFile.Clock(g.round(), g.phase().wire(), frozen ? null : deadline, frozen ? leftMs : null);
        room.journal.tryAppend(f -> f.clock(c));
    }

    /** The room goes on after a pause: the clock with the time it had left. */
    void thaw(GameState g) {
        frozen = false;
        Long left = leftMs;
        leftMs = null; // before start: if its journal line fails, freeze() keeps what is left again
        if (left != null) {
            start(left);
        } else {
            rearm(g, false);
        }
    }

    private void start(long ms) {
        int gen = ++generation;
        deadline = room.timer.now() + ms;
        timer = room.timer.after(ms, () -> {
            if (gen == generation) {
                ranOut();
            }
        });
        journal();
    }
}
