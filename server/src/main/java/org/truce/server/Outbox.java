package org.truce.server;

import java.util.ArrayDeque;

/**
 * A room's outgoing messages held back until the journal lines they depend on are on disk (group
 * commit). While a force is outstanding, every write a room task makes to a connection, and every
 * request's completion, is queued here in order; {@link #released} lets through everything that
 * was queued before the forced position. So nobody ever sees an event that a crash could lose,
 * yet the room's thread never waits for the disk.
 *
 * <p>Touched only on the room's executor. {@link Session} finds the outbox of the room task
 * running on the current thread through {@link #current()}.
 */
final class Outbox {
    private static final ThreadLocal<Outbox> CURRENT = new ThreadLocal<>();

    /** {@code discard} runs instead of {@code action} when the force failed (null: nothing to undo). */
    private record Held(long seq, Runnable action, boolean mustRun, Runnable discard) {
    }

    private final ArrayDeque<Held> held = new ArrayDeque<>();
    /** Journal lines written so far (a counter), and how many of them are known to be on disk. */
    private long written;
    private long durable;

    /** The outbox of the room task on this thread, or null outside room executors. */
    static Outbox current() {
        return CURRENT.get();
    }

    static void enter(Outbox o) {
        CURRENT.set(o);
    }

    static void exit() {
        CURRENT.remove();
    }

    /** One more journal line written (not yet forced); returns its position. */
    long appended() {
        return ++written;
    }

    long written() {
        return written;
    }

    /** True while some written line is not known to be on disk: sends must wait. */
    boolean holding() {
        return durable < written || !held.isEmpty();
    }

    /**
     * Runs {@code send} now, or after the lines written so far are on disk; if that force fails,
     * runs {@code discard} instead (to release the message's buffer).
     */
    void send(Runnable send, Runnable discard) {
        if (holding()) {
            held.add(new Held(written, send, false, discard));
        } else {
            send.run();
        }
    }

    /** Like {@link #send} but also runs if the force fails (a request's completion). */
    void then(Runnable action) {
        if (holding()) {
            held.add(new Held(written, action, true, null));
        } else {
            action.run();
        }
    }

    /** Everything up to {@code seq} is on disk: lets through what was waiting for it, in order. */
    void released(long seq) {
        durable = Math.max(durable, seq);
        while (!held.isEmpty() && held.peek().seq() <= durable) {
            held.poll().action().run();
        }
    }

    /** The force failed: what was waiting shows unrecorded moves and is dropped; completions still run. */
    void failed() {
        durable = written;
        while (!held.isEmpty()) {
            Held h = held.poll();
            if (h.mustRun()) {
                h.action().run();
            } else if (h.discard() != null) {
                h.discard().run();
            }
        }
    }
}
