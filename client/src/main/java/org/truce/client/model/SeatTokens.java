package org.truce.client.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seat tokens this player holds on one server, kept in {@link ClientSettings} as
 * {@code seat.HOST:PORT.ROOM.PARTY.NAME} (the name URL-encoded, in lower case). Lab machines
 * often share one OS account, so a token belongs to the player's name as well as the server and
 * room: Ben's client never finds Ana's token. Two clients of one player in one room each keep
 * their own party's token; a client asks for a seat back on its own only when exactly one is
 * known for the room (else it cannot tell which is its own, and the player picks the seat).
 */
public final class SeatTokens {
    private final ClientSettings settings;
    private final String server;
    private final Supplier<String> name;

    /** {@code name}: the player's name now (it may change in the lobby before a seat is taken). */
    public SeatTokens(ClientSettings settings, String server, Supplier<String> name) {
        this.settings = settings;
        this.server = server.strip().toLowerCase(Locale.ROOT);
        this.name = name;
    }

    private String roomPrefix(String room) {
        return "seat." + server + "." + room.toUpperCase(Locale.ROOT) + ".";
    }

    private String owner() {
        String n = name.get();
        return "." + URLEncoder.encode(n == null ? "" : n.strip().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
    }

    private String key(String room, String party) {
        return roomPrefix(room) + party.toUpperCase(Locale.ROOT) + owner();
    }

    /** The only token this player holds in the room, or null when there is none or more than one. */
    public String only(String room) {
        String[] found = onlySeat(room);
        return found == null ? null : found[1];
    }

    /** The party of the only seat this player holds in the room ({@link #only}), or null. */
    public String onlyParty(String room) {
        String[] found = onlySeat(room);
        return found == null ? null : found[0];
    }

    /** {party, token} of the only seat this player holds in the room, or null (none, or several). */
    private String[] onlySeat(String room) {
        if (room == null) {
            return null;
        }
        settings.reload();
        String prefix = roomPrefix(room);
        String owner = owner();
        String[] found = null;
        int n = 0;
        for (Map.Entry<String, String> e : settings.withPrefix(prefix).entrySet()) {
            String rest = e.getKey().substring(prefix.length());
            // PARTY.NAME: party ids have no dot, and an encoded name has none that ends it
            if (rest.endsWith(owner) && rest.indexOf('.') == rest.length() - owner.length()) {
                found = new String[] {rest.substring(0, rest.indexOf('.')), e.getValue()};
                n++;
            }
        }
        return n == 1 ? found : null;
    }

    /** The token this player holds for that party's seat in the room, or null. */
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
