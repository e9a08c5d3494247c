package org.truce.client.model;

import java.util.Locale;
import java.util.Map;

/**
 * The seat tokens this user holds on one server, kept in {@link ClientSettings} as
 * {@code seat.HOST:PORT.ROOM.PARTY}. Two clients of the same user in one room each keep their
 * own party's token; a client asks for a seat back on its own only when exactly one is known for
 * the room (else it cannot tell which is its own, and the player picks the seat).
 */
public final class SeatTokens {
    private final ClientSettings settings;
    private final String server;

    public SeatTokens(ClientSettings settings, String server) {
        this.settings = settings;
        this.server = server.strip().toLowerCase(Locale.ROOT);
    }

    private String roomPrefix(String room) {
        return "seat." + server + "." + room.toUpperCase(Locale.ROOT) + ".";
    }

    private String key(String room, String party) {
        return roomPrefix(room) + party.toUpperCase(Locale.ROOT);
    }

    /** The only token known for the room, or null when there is none or more than one. */
    public String only(String room) {
        if (room == null) {
            return null;
        }
        settings.reload();
        Map<String, String> all = settings.withPrefix(roomPrefix(room));
        return all.size() == 1 ? all.values().iterator().next() : null;
    }

    /** The token of that party's seat in the room, or null. */
    public String of(String room, String party) {
        if (room == null || party == null) {
            return null;
        }
        settings.reload();
        return settings.get(key(room, party), null);
    }

    /** Remembers (token non-null) or forgets (null) the seat, and saves. */
    public void store(String room, String party, String token) {
        if (room == null || party == null) {
            return;
        }
        if (token == null) {
            settings.remove(key(room, party));
        } else {
            settings.put(key(room, party), token);
        }
        settings.save();
    }

    /** Forgets a token the server no longer knows, wherever it is kept, and saves. */
    public void forget(String token) {
        settings.removeValue(token);
        settings.save();
    }
}
