package org.truce.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;

/**
 * One connection. Its requests are handled one at a time, in order (a pasted script of
 * {@code join} then {@code propose} must not race); the in-flight request may run on a room's
 * executor. The inbox is touched only on the channel's event loop; the room binding is written
 * by room executors and read by the event loop (volatile).
 */
final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    /** Beyond this many queued requests the socket is no longer read (TCP pushes back). */
    private static final int INBOX_HIGH = 32;
    /** A reader this far behind is dropped: its seat waits for it to reconnect. */
    static final long MAX_BACKLOG_BYTES = 4L << 20;

    final Channel channel;
    final long id;
    volatile String name = ClientMessage.Hello.ANONYMOUS;
    /** The room this connection sits or watches in, or null (set with the phase: {@link #enter}, {@link #leaveRoom}). */
    volatile Room room;
    /** The party whose seat this connection holds, null when spectating or not in a room. */
    volatile String party;
    /** What this connection may ask now; swapped as it moves on (see {@link SessionPhase}). */
    private volatile SessionPhase phase = GreetingPhase.INSTANCE;
    volatile boolean closed;
    /** Stream mode ({@link EventStream}): the hello that greeted the connection or returned it to a seat had {@code events: true}. */
    volatile boolean events; // events:
    /**
     * The hello that greeted the connection (or returned it to a seat) named the {@code "classroom"}
     * feature: it is sent the facilitator's event kinds and {@code brief} messages.
     */
    volatile boolean classroom;
    /**
     * Its hello named the {@code teams} feature: it is sent the team channel's lines and suggestions
     * (a connection that joined as a team member gets them too: it asked for the team).
     */
    volatile boolean teams;
    /** Greeted with the server's teacher key: the facilitator of every room (gets {@code class_state}). */
    volatile boolean teacher;
    /** Counted in {@link Rooms#opened} (event loop only). */
    boolean counted;

    /** Rate limits (event loop only; made on the first request). */
    TokenBucket requests;
    TokenBucket says;
    TokenBucket creates;

    private final ArrayDeque<Object> inbox = new ArrayDeque<>();
    private boolean busy;
    /** Inside {@link #pump}: a nested call (done ran at once) leaves the work to the running loop. */
    private boolean pumping;
    /** The client sent FIN: close once the inbox is answered. */
    private boolean inputShut;
    /** The newest state not yet written because the reader is slow; states supersede each other. */
    private final AtomicReference<ByteBuf> pendingState = new AtomicReference<>();
    /** The newest {@code class_state} not yet written because the teacher reads slowly; each supersedes the last. */
    private final AtomicReference<ByteBuf> pendingClass = new AtomicReference<>();

    Session(Channel channel, long id) {
        this.channel = channel;
        this.id = id;
    }

    /** The client's address as per-address limits count it ({@link AddressLimiter#key}). */
    String address() {
        String a = address;
        if (a == null) {
            a = AddressLimiter.key(channel.remoteAddress());
            address = a;
        }
        return a;
    }

    private volatile String address;

    // ---- phases (any thread: the event loop or a room executor) ---------------------------

    /** The phase the next request is handled in. */
    SessionPhase phase() {
        return phase;
    }

    /** Welcomed under {@code name}: a connection still being greeted moves to the lobby. */
    synchronized void greet(String name) {
        this.name = name;
        if (phase == GreetingPhase.INSTANCE) {
            become(LobbyPhase.INSTANCE);
        }
    }

    /** Sits at {@code party}'s seat in {@code r}, or watches it ({@code party} null). */
    synchronized void enter(Room r, String party) {
        this.room = r;
        this.party = party;
        become(party == null ? new SpectatorPhase(r) : new SeatPhase(r, party));
    }

    /** Out of its room (left, replaced, freed, or the room closed): back in the lobby. */
    synchronized void leaveRoom() {
        this.room = null;
        this.party = null;
        discardPending(); // a state of the old room kept for a slow reader must not arrive after the goodbye
        become(LobbyPhase.INSTANCE);
    }

    private void become(SessionPhase next) {
        LOG.debug("{}: {} -> {}", this, phase, next);
        phase = next;
    }

    interface Dispatcher {
        /** Handles one request and calls {@code done} exactly once, from any thread, when finished. */
        void dispatch(Session s, Object request, Runnable done);
    }

    // ---- event loop only ------------------------------------------------------------------

    void enqueue(Object request, Dispatcher d) {
        assert channel.eventLoop().inEventLoop() : "a connection's inbox is touched on its event loop only";
        inbox.add(request);
        if (inbox.size() >= INBOX_HIGH) {
            channel.config().setAutoRead(false);
        }
        pump(d);
    }

    /**
     * Runs queued requests one at a time. A loop, not recursion: a request answered at once calls
     * {@code done} inside {@code dispatch}, and a flood of such requests must not grow the stack.
     */
    private void pump(Dispatcher d) {
        if (pumping) {
            return; // done ran inside dispatch: the loop below picks up the next request
        }
        pumping = true;
        try {
            while (!busy && !closed) {
                Object next = inbox.poll();
                if (next == null) {
                    if (inputShut) {
                        closeAfterReplies();
                    }
                    return;
                }
                busy = true;
                try {
                    d.dispatch(this, next, () -> {
                        if (channel.eventLoop().inEventLoop()) {
                            finished(d);
                        } else {
                            channel.eventLoop().execute(() -> finished(d));
                        }
                    });
                } catch (RuntimeException | Error e) {
                    // the request cannot be answered: hang up rather than leave the client waiting for ever
                    LOG.error("{}: request failed, closing the connection", this, e);
                    closed = true;
                    inbox.clear();
                    channel.close();
                    return;
                }
            }
        } finally {
            pumping = false;
        }
    }

    private void finished(Dispatcher d) {
        assert channel.eventLoop().inEventLoop() : "a connection's inbox is touched on its event loop only";
        busy = false;
        if (inbox.size() < INBOX_HIGH / 2 && !channel.config().isAutoRead() && !closed) {
            channel.config().setAutoRead(true);
        }
        pump(d);
    }

    /**
     * The client half-closed its socket (sent FIN): the requests already queued are still
     * answered, then the connection closes once those replies are flushed.
     */
    void inputShutdown(Dispatcher d) {
        assert channel.eventLoop().inEventLoop() : "a connection's inbox is touched on its event loop only";
        inputShut = true;
        pump(d);
    }

    private void closeAfterReplies() {
        // an empty write completes after every write queued before it: nothing is cut off
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    void discardInbox() {
        inbox.clear();
    }

    // ---- any thread -----------------------------------------------------------------------

    /** Sends a message; the pipeline's {@link ServerMessageEncoder} encodes it ({@code re}: JSON text or null). */
    void send(ServerMessage m, String re) {
        write(new Outgoing(m, re));
    }

    void send(ServerMessage m) {
        send(m, null);
    }

    void error(ErrorCode code, String message, String re) {
        send(ServerMessage.Error.of(code, message), re);
    }

    /**
     * Writes an {@link Outgoing} message or one encoded line (a {@link ByteBuf} ending in a
     * newline, whose ownership it takes). From a room task, the write waits in the room's
     * {@link Outbox} until the room's journal is on disk. A reader that lets megabytes pile up is cut
     * off rather than fill the heap.
     */
    private void write(Object line) {
        writeAny(line);
    }

    /** Writes one encoded line (a {@link ByteBuf} ending in a newline, whose ownership it takes), as {@link #send} does. */
    void write(ByteBuf line) {
        writeAny(line);
    }

    private void writeAny(Object line) {
        Outbox o = Outbox.current();
        if (o != null && o.holding()) {
            o.send(() -> writeNow(line), () -> ReferenceCountUtil.release(line));
            return;
        }
        writeNow(line);
    }

    private void writeNow(Object line) {
        if (!channel.isActive()) {
            ReferenceCountUtil.release(line);
            return;
        }
        if (!channel.isWritable() && channel.bytesBeforeWritable() > MAX_BACKLOG_BYTES) {
            ReferenceCountUtil.release(line);
            LOG.warn("connection {} ({}) reads too slowly: closing it", id, name);
            channel.close();
            return;
        }
        channel.writeAndFlush(line, channel.voidPromise());
    }

    /**
     * A state written straight away (the reply to the mover, never coalesced away). An older
     * state kept for a slow reader is dropped, so it cannot go out after this newer one.
     * Takes ownership of {@code line}.
     */
    void writeState(ByteBuf line) {
        Outbox o = Outbox.current();
        if (o != null && o.holding()) {
            o.send(() -> writeStateNow(line), line::release);
            return;
        }
        writeStateNow(line);
    }

    private void writeStateNow(ByteBuf line) {
        release(pendingState.getAndSet(null));
        writeNow(line);
    }

    /**
     * A state is a snapshot: while the reader is behind only the newest one is kept, and it is
     * written when the socket drains ({@link #writable()}), so a slow reader costs one state.
     * Takes ownership of {@code line}.
     */
    void sendState(ByteBuf line) {
        Outbox o = Outbox.current();
        if (o != null && o.holding()) {
            o.send(() -> sendStateNow(line), line::release);
            return;
        }
        sendStateNow(line);
    }

    private void sendStateNow(ByteBuf line) {
        writeNewest(pendingState, line);
    }

    /**
     * Writes a snapshot now if the socket takes it, else keeps it in {@code slot} in place of an
     * older one, for {@link #writable} to write when the socket drains. Takes ownership of {@code line}.
     */
    private void writeNewest(AtomicReference<ByteBuf> slot, ByteBuf line) {
        if (channel.isWritable()) {
            release(slot.getAndSet(null));
            writeNow(line);
            return;
        }
        release(slot.getAndSet(line));
        if (channel.isWritable()) {
            writable(); // it drained meanwhile: do not leave the snapshot behind
        } else if (!channel.isActive()) {
            release(slot.getAndSet(null)); // closed meanwhile: nobody will take it
        }
    }

    /** The connection left its room or closed: a state kept for a slow reader is released. */
    void discardPending() {
        release(pendingState.getAndSet(null));
    }

    /** The connection closed: whatever was kept for a slow reader is released. */
    void discardAllPending() {
        discardPending();
        release(pendingClass.getAndSet(null));
    }

    /**
     * A teacher's {@code class_state}: like a room's state, a snapshot, so a teacher who reads
     * slowly gets the newest one when the socket drains instead of a backlog (and is never cut off
     * for it). Takes ownership of {@code line}. Any thread.
     */
    void sendClassState(ByteBuf line) {
        writeNewest(pendingClass, line);
    }

    void writable() {
        ByteBuf s = pendingState.getAndSet(null);
        if (s != null) {
            writeNow(s);
        }
        ByteBuf c = pendingClass.getAndSet(null);
        if (c != null) {
            writeNow(c);
        }
    }

    private static void release(ByteBuf b) {
        if (b != null) {
            b.release();
        }
    }

    @Override
    public String toString() {
        return "session " + id + " (" + name + ")";
    }
}
