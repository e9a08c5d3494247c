package org.truce.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.truce.shared.json.Json;

/**
 * A {@code state} encoded once per change, as UTF-8 bytes, for everyone in the room. The bytes
 * are {@code head} (every field up to {@code "history":}) and {@code history} (the rounds' JSON
 * array, re-encoded only when a round closes). They are copied once into a pooled direct buffer
 * that every recipient's line shares (a retained duplicate, no copy per seat, no heap-to-direct
 * copy in the transport); each line appends its own small tail ({@code ,"you":…,"re":…}\n).
 *
 * <p>Reference counting: the frame owns one reference to the shared buffer until
 * {@link #release()}; each {@link #line} is a new buffer its receiver must write or release.
 */
final class StateFrame {
    private final byte[] head;
    private final byte[] history;
    private ByteBuf shared;
    // events: the same state without its history field, for connections in stream mode (shared the same way)
    private ByteBuf sharedBare;

    StateFrame(byte[] head, byte[] history) {
        this.head = head;
        this.history = history;
    }

    /** A frame from one complete encoded object (the fallback when the field order is not the expected one). */
    static StateFrame whole(String json) {
        return new StateFrame(json.substring(0, json.length() - 1).getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    /**
     * The line for one recipient: {@code you} and {@code re} may be null (spectators, no request);
     * {@code re} is the request id as JSON text ({@link org.truce.shared.protocol.ProtocolCodec.Envelope#id()}).
     */
    ByteBuf line(String you, String re) {
        if (shared == null) {
            shared = ByteBufAllocator.DEFAULT.directBuffer(head.length + history.length);
            shared.writeBytes(head).writeBytes(history);
        }
        byte[] t = tail(you, re);
        ByteBuf tail = ByteBufAllocator.DEFAULT.directBuffer(t.length).writeBytes(t);
        return Unpooled.wrappedBuffer(2, shared.retainedDuplicate(), tail);
    }

    /**
     * events: the line without {@code history} (the field left out), for a connection in stream
     * mode; the whole line if this frame's head does not end with the history field ({@link #whole}).
     */
    ByteBuf lineWithoutHistory(String you, String re) {
        int cut = head.length - HISTORY_FIELD.length;
        if (cut < 0 || !java.util.Arrays.equals(head, cut, head.length, HISTORY_FIELD, 0, HISTORY_FIELD.length)) {
            return line(you, re);
        }
        if (sharedBare == null) {
            sharedBare = ByteBufAllocator.DEFAULT.directBuffer(cut);
            sharedBare.writeBytes(head, 0, cut);
        }
        byte[] t = tail(you, re);
        ByteBuf tail = ByteBufAllocator.DEFAULT.directBuffer(t.length).writeBytes(t);
        return Unpooled.wrappedBuffer(2, sharedBare.retainedDuplicate(), tail);
    }

    /** Drops the frame's own reference; lines already made stay valid. */
    void release() {
        if (shared != null) {
            shared.release();
            shared = null;
        }
        if (sharedBare != null) { // events:
            sharedBare.release();
            sharedBare = null;
        }
    }

    /** The same line as a string (tests, diagnostics). */
    String text(String you, String re) {
        ByteBuf b = line(you, re);
        try {
            return b.toString(StandardCharsets.UTF_8);
        } finally {
            b.release();
        }
    }

    private static byte[] tail(String you, String re) {
        if (you == null && re == null) {
            return TAIL;
        }
        StringBuilder sb = new StringBuilder(48);
        if (you != null) {
            sb.append(",\"you\":").append(Json.gson().toJson(you));
        }
        if (re != null) {
            sb.append(",\"re\":").append(re); // already JSON text: the id exactly as the client sent it
        }
        return sb.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] TAIL = "}\n".getBytes(StandardCharsets.UTF_8);
    // events: how the head ends when the history follows it
    private static final byte[] HISTORY_FIELD = ",\"history\":".getBytes(StandardCharsets.UTF_8);
}
