package org.truce.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;

/**
 * A room's versioned event stream (see docs/PROTOCOL.md, "The event stream"): its recent public
 * events and chat lines, each encoded once as the line the wire carries ({@code event} or
 * {@code said}) and shared by every connection that gets it. It sends each public event as it
 * happens to the connections in stream mode ({@link Session#events}), decides whether a
 * connection's next {@code state} goes with or without its history, and answers a returning
 * client's {@code since}: just what it missed, or nothing (a full state) when the stream no longer
 * holds everything after it. Only the last {@code kept} lines are held. Room executor only.
 */
final class EventStream {
    /** Lines held per room by default: a client further behind gets a full state. */
    static final int KEPT = 512;

    /**
     * One line of the stream: a public event ({@code to} null), public chat ({@code to} "all") or a
     * private line between {@code from} and {@code to}; {@code line} is the encoded message with its newline.
     */
    /** One line of the stream; {@code classroom}: one of the facilitator's event kinds (see {@link Session#classroom}). */
    private record Entry(int version, String from, String to, byte[] line, boolean classroom) {
        boolean isPrivate() {
            return to != null && !Command.Say.ALL.equals(to);
        }

        boolean visibleTo(String party) {
            return to == null || Command.Say.ALL.equals(to) || (party != null && (party.equals(from) || party.equals(to)));
        }
    }

    private final int kept;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    /** Every line with a version above this one is held (lines at or below it may have been dropped). */
    private int floor;
    /** The version of the newest private line dropped, or -1. */
    private int droppedPrivateAt = -1;
    /** The room's version: public events so far. */
    private int version;
    /** Stream-mode connections whose next state must be a full one (they just joined, returned or came to watch). */
    private final Set<Session> awaitingFull = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * The stream of a room whose game has had {@code history} so far (a new room's is empty; a
     * recovered room's comes from its journal, so versions match those before a restart).
     */
    EventStream(int kept, List<Event> history) {
        if (kept < 1) {
            throw new IllegalArgumentException("kept must be at least 1, got " + kept);
        }
        this.kept = kept;
        EventVersions versions = new EventVersions();
        for (Event e : history) {
            record(e, versions.observe(e));
        }
    }

    /** The room's version as this stream counted it. */
    int version() {
        return version;
    }

    /**
     * An event just happened ({@code version}: the room's version once it did): recorded, and a
     * public one other than chat goes out as an {@code event} message to each stream-mode
     * connection of the {@code audience} that is not waiting for a full state. Chat goes out as
     * {@code said} from the room, in both modes, as before.
     */
    void happened(Event e, int version, Collection<Session> audience) {
        Entry entry = record(e, version);
        if (entry == null || entry.to() != null) {
            return;
        }
        for (Session s : audience) {
            if (entry.classroom() && !s.classroom) {
                fullStateNext(s); // a kind it cannot read: its next state comes full, so its fold stays right
            } else if (s.events && !awaitingFull.contains(s)) {
                s.write(share(entry));
            }
        }
    }

    /** The next state this stream-mode connection gets is a full one (with history). */
    void fullStateNext(Session s) {
        if (s.events) {
            awaitingFull.add(s);
        }
    }

    /**
     * A connection comes to its seat ({@code party}) or to watch (null) with {@code since}: in
     * stream mode, when the stream holds everything after {@code since}, the missed lines are sent
     * and true returned (the state that follows goes without history). Otherwise false: the
     * caller sends what it sends today (recent chat, then a full state).
     */
    boolean catchUp(Session s, String party, Integer since) {
        List<byte[]> missed = s.events && since != null ? missed(party, since, s.classroom) : null;
        if (missed == null) {
            fullStateNext(s);
            return false;
        }
        for (byte[] line : missed) {
            s.write(Unpooled.wrappedBuffer(line));
        }
        return true;
    }

    /**
     * The lines after {@code since} that {@code party} (null: a spectator) may see, in version
     * order: public events, public chat and the party's own private lines, and again the party's
     * private lines at {@code since} itself (they share its version, so the client cannot tell which
     * of them it has; it replaces its own). Null when the stream cannot tell: {@code since} is older
     * than what it holds (or a private line at it was dropped), or newer than the room, or when
     * one of them is a facilitator's event and {@code classroom} is false (the client cannot read it).
     */
    List<byte[]> missed(String party, int since, boolean classroom) {
        // a private line at since itself that was dropped would be missed: only a full state is sure then
        if (since < floor || since == droppedPrivateAt || since > version) {
            return null;
        }
        List<byte[]> out = new ArrayList<>();
        for (Entry e : entries) {
            // a private line said after event V has version V too, so one at V may have been missed:
            // every private line at V is sent again and replaces those the client holds at V
            boolean after = e.version() > since || e.version() == since && e.isPrivate();
            if (after && e.visibleTo(party)) {
                if (e.classroom() && !classroom) {
                    return null;
                }
                out.add(e.line());
            }
        }
        return out;
    }

    /**
     * Sends {@code s} the room's new state: to a stream-mode connection without history (or with
     * it, once, after a join, resume or spectate that needs it), always written in order after
     * its events; to a protocol-1 connection the full state as before ({@code direct}: the reply
     * to its request, never coalesced away; otherwise a slow reader keeps only the newest).
     */
    void state(Session s, StateFrame frame, String party, String re, boolean direct) {
        if (s.events) {
            s.writeState(awaitingFull.remove(s) ? frame.line(party, re) : frame.lineWithoutHistory(party, re));
        } else if (direct) {
            s.writeState(frame.line(party, re));
        } else {
            s.sendState(frame.line(party, re));
        }
    }

    private Entry record(Event e, int version) {
        this.version = version;
        Entry entry;
        PublicEvent pe = PublicEvent.of(e);
        if (pe != null) {
            entry = new Entry(version, null, null, encode(new ServerMessage.Event(version, pe)), pe instanceof PublicEvent.Classroom);
        } else if (e instanceof Event.Said said) {
            entry = new Entry(version, said.from(), said.to(), encode(new ServerMessage.Said(said.from(), said.to(),
                    said.text(), said.round(), said.standIn(), version, said.by())), false);
        } else {
            return null;
        }
        entries.add(entry);
        while (entries.size() > kept) {
            Entry dropped = entries.poll();
            floor = dropped.version();
            if (dropped.isPrivate()) {
                droppedPrivateAt = floor;
            }
        }
        return entry;
    }

    private static byte[] encode(ServerMessage m) {
        return (ProtocolCodec.encode(m) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A buffer over the line's bytes, no copy; the receiver writes or releases it. */
    private static ByteBuf share(Entry e) {
        return Unpooled.wrappedBuffer(e.line());
    }
}
