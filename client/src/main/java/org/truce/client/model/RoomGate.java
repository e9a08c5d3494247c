package org.truce.client.model;

import org.truce.shared.protocol.ServerMessage;

/**
 * Which server messages are for the room this client is in, or is about to be in. A room's lines
 * (chat, notices, states, events, its game over, a brief) that come while the client is in no room
 * are from a room it left, still in flight; once a room has been asked for ({@link #expect}), a
 * joined or spectating of another (asked for before it) is passed over too. GUI thread.
 */
final class RoomGate {
    /** The room asked for, until its joined or spectating; else null. */
    private String expected;

    /** The room just asked for. */
    void expect(String room) {
        expected = room;
    }

    /** Nothing asked for (a new game). */
    void reset() {
        expected = null;
    }

    /** Whether {@code m} is passed over, the client being in {@code room} (null: none). */
    boolean passOver(ServerMessage m, String room) {
        String arriving = m instanceof ServerMessage.Joined j ? j.room() : m instanceof ServerMessage.Spectating s ? s.room() : null;
        if (arriving != null && expected != null) {
            if (!expected.equals(arriving)) {
                return true; // asked for before the room expected: its lines after it go the same way (no room yet)
            }
            expected = null;
        }
        return room == null && roomScoped(m);
    }

    /** The messages that belong to the room this client is in (and mean nothing outside one). */
    private static boolean roomScoped(ServerMessage m) {
        return m instanceof ServerMessage.Said || m instanceof ServerMessage.State || m instanceof ServerMessage.Event
                || m instanceof ServerMessage.GameOver || m instanceof ServerMessage.BriefUpdate
                || m instanceof ServerMessage.Notice;
    }
}
