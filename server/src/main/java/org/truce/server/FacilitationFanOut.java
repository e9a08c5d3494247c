package org.truce.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/**
 * A teacher's request for {@code "all"} rooms: it runs on every open room's executor, each room's
 * outcome is gathered, and the room that finishes last (after its journal is on disk) sends the
 * one {@code facilitated {action, rooms, skipped}} and completes the request. No thread waits for
 * another: the event loop only queues the work.
 */
final class FacilitationFanOut {
    private static final Logger LOG = LoggerFactory.getLogger(FacilitationFanOut.class);

    private final Session s;
    private final ClientMessage.Facilitation f;
    private final String re;
    private final Runnable done;
    private final AtomicInteger left;
    /** Room code → null (took effect) or why not; guarded by itself. */
    private final Map<String, String> outcomes = new TreeMap<>();

    private FacilitationFanOut(Session s, ClientMessage.Facilitation f, String re, Runnable done, int rooms) {
        this.s = s;
        this.f = f;
        this.re = re;
        this.done = done;
        this.left = new AtomicInteger(rooms);
    }

    /** Runs {@code f} in every room of {@code all} that is not closed; one reply, then {@code done}. */
    static void run(Collection<Room> all, Session s, ClientMessage.Facilitation f, String re, Runnable done) {
        List<Room> targets = new ArrayList<>();
        for (Room r : all) {
            if (!r.isGone()) {
                targets.add(r);
            }
        }
        targets.sort(Comparator.comparing(r -> r.code));
        FacilitationFanOut g = new FacilitationFanOut(s, f, re, done, targets.size());
        if (targets.isEmpty()) {
            g.reply();
            return;
        }
        for (Room r : targets) {
            r.executor.execute(() -> r.request(() -> g.inRoom(r)));
        }
    }

    /** On {@code r}'s executor: its outcome counts once the lines it wrote are on disk. */
    private void inRoom(Room r) {
        FacilitationOutcome o = null;
        try {
            if (r.isGone()) {
                o = FacilitationOutcome.refused(ErrorCode.UNKNOWN_ROOM, "the room was closed");
            } else if (!r.opened) {
                // its set-up is not on disk yet: a line now would precede it (and the room may never open)
                o = FacilitationOutcome.refused(ErrorCode.UNKNOWN_ROOM, "the room was still being set up");
            } else {
                o = r.facilitate(s, f);
            }
        } catch (RuntimeException e) {
            LOG.error("room {}: {} for every room failed", r.code, ProtocolCodec.typeOf(f), e);
            o = FacilitationOutcome.refused(ErrorCode.SERVER_ERROR, "the server failed to do it here");
        } finally {
            // counted on every path, or the teacher's request would never be answered
            FacilitationOutcome outcome = o != null ? o
                    : FacilitationOutcome.refused(ErrorCode.SERVER_ERROR, "the server failed to do it here");
            r.executor.outbox().then(() -> counted(r.code, outcome));
        }
    }

    private void counted(String code, FacilitationOutcome o) {
        synchronized (outcomes) {
            outcomes.put(code, o.isDone() ? null : o.text());
        }
        if (left.decrementAndGet() == 0) {
            reply();
        }
    }

    /** The one reply: where it took effect and, room by room, why it did not elsewhere. */
    private void reply() {
        try {
            List<String> rooms = new ArrayList<>();
            Map<String, String> skipped = new TreeMap<>();
            synchronized (outcomes) {
                outcomes.forEach((code, why) -> {
                    if (why == null) {
                        rooms.add(code);
                    } else {
                        skipped.put(code, why);
                    }
                });
            }
            s.send(new ServerMessage.Facilitated(ProtocolCodec.typeOf(f), rooms, skipped), re);
        } finally {
            done.run();
        }
    }
}
