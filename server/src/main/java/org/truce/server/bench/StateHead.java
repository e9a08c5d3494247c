package org.truce.server.bench;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import org.truce.shared.engine.Phase;

/**
 * The few leading fields of a {@code state} the {@link LoadBench} driver needs: phase, round, pen
 * (null when there is none), read by {@link #scan} without decoding the rest of the line.
 */
record StateHead(Phase phase, int round, String pen) {
    private static final byte[] STATE_PREFIX = "{\"type\":\"state\"".getBytes(StandardCharsets.US_ASCII);
    /** phase, round and pen come before draft, votes, seats and history: this many bytes hold them. */
    private static final int HEAD_BYTES = 320;

    /**
     * Reads a state's head without decoding the rest (the history makes a state 2-20 KB; a load
     * generator that parses all of it with gson spends more CPU than the server it measures).
     * Relies on the server's field order (type, re, room, scenario, phase, round, rounds, pen, draft ...);
     * returns null when the line is not a state; a state without a phase this bench knows is refused.
     */
    static StateHead scan(ByteBuf line) {
        int from = line.readerIndex();
        int len = line.readableBytes();
        if (len < STATE_PREFIX.length) {
            return null;
        }
        for (int i = 0; i < STATE_PREFIX.length; i++) {
            if (line.getByte(from + i) != STATE_PREFIX[i]) {
                return null;
            }
        }
        String head = line.toString(from, Math.min(len, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        int end = head.length();
        for (String stop : new String[] {",\"draft\":", ",\"votes\":"}) {
            int at = head.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        Phase phase = Phase.fromWire(stringField(head, "\"phase\":\"", end));
        String pen = stringField(head, "\"pen\":\"", end);
        int r = head.indexOf("\"round\":");
        if (phase == null || r < 0 || r > end) {
            throw new IllegalStateException("state head not understood: " + head);
        }
        int i = r + 8;
        int v = 0;
        while (i < head.length() && Character.isDigit(head.charAt(i))) {
            v = v * 10 + (head.charAt(i++) - '0');
        }
        return new StateHead(phase, v, pen);
    }

    private static String stringField(String head, String key, int end) {
        int at = head.indexOf(key);
        if (at < 0 || at > end) {
            return null;
        }
        int start = at + key.length();
        int close = head.indexOf('"', start);
        return close < 0 ? null : head.substring(start, close);
    }
}
