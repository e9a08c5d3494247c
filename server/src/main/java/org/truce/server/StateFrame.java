package org.truce.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.truce.shared.json.Json;

/**
 * A {@code state} encoded once per change, as UTF-8 bytes, for everyone in the room. The bytes
 * are {@code head} (every field up to {@code "history":}) and {@code history} (the rounds' JSON
 * array, re-encoded only when a round closes); each recipient's line appends its own tail
 * ({@code ,"you":…,"re":…}\n). The arrays are shared by every recipient's buffer and never
 * written to after construction.
 */
final class StateFrame {
    private final byte[] head;
    private final byte[] history;

    StateFrame(byte[] head, byte[] history) {
        this.head = head;
        this.history = history;
    }

    /** A frame from one complete encoded object (the fallback when the field order is not the expected one). */
    static StateFrame whole(String json) {
        return new StateFrame(json.substring(0, json.length() - 1).getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    /** The line for one recipient: {@code you} and {@code re} may be null (spectators, no request). */
    ByteBuf line(String you, String re) {
        return Unpooled.wrappedBuffer(head, history, tail(you, re));
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
            sb.append(",\"re\":").append(Json.gson().toJson(re));
        }
        return sb.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] TAIL = "}\n".getBytes(StandardCharsets.UTF_8);
}
