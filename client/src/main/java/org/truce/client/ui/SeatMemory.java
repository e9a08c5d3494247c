package org.truce.client.ui;

import java.util.function.Supplier;
import org.truce.client.model.ClientSettings;
import org.truce.client.model.SeatTokens;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;

/**
 * Which seat this client may ask for back: the tokens saved per server, room and party (so a
 * restarted client finds its seat), whether the token in use was handed to this run (then a
 * reconnect takes the seat over from the old, dead link), and the room of a stored token being
 * asked for. GUI thread only.
 */
final class SeatMemory {
    private SeatTokens saved;
    /**
     * The seat token in the model was handed to this client on this run: a reconnect takes the
     * seat over from the old (dead) link. A token read from disk never does without asking.
     */
    private volatile boolean ownSeat;
    /** The room of the stored seat token being asked for (see {@link #resuming}). */
    private String resumeRoom;

    /** Saves tokens in {@code settings} for {@code server} (null for either: nothing is saved). */
    void saveIn(ClientSettings settings, String server, Supplier<String> name) {
        this.saved = settings == null || server == null ? null : new SeatTokens(settings, server, name);
    }

    /** The token of the one seat this user holds in that room, or null (none, or several). */
    String token(String room) {
        return saved == null ? null : saved.only(room);
    }

    /** The party of the one seat this user holds in that room, or null (none, or several). */
    String party(String room) {
        return saved == null ? null : saved.onlyParty(room);
    }

    /** The token this user holds for that party's seat in that room, or null. */
    String token(String room, String party) {
        return saved == null ? null : saved.of(room, party);
    }

    /** Saves a seat's token ({@code null}: nothing to come back to). */
    void store(String room, String party, String token) {
        if (saved != null && room != null && party != null) {
            saved.store(room, party, token);
        }
    }

    /** Forgets a token the server no longer knows. */
    void forget(String token) {
        if (saved != null) {
            saved.forget(token);
        }
    }

    /** A stored token for {@code room} is being asked for; {@code takeover}: even from another open link. */
    void resuming(String room, boolean takeover) {
        ownSeat = takeover;
        resumeRoom = room;
    }

    /** The server gave this client a seat: it is this run's own now. */
    void joined(String room, String party, String token) {
        ownSeat = true;
        resumeRoom = null;
        store(room, party, token);
    }

    /** The token asked for was refused: nothing is being resumed. */
    void refused() {
        ownSeat = false;
        resumeRoom = null;
    }

    /** This client is no longer at a table. */
    void lost() {
        ownSeat = false;
    }

    /** The room whose stored seat is being asked for, or null. */
    String resumeRoom() {
        return resumeRoom;
    }

    /**
     * The greeting for every (re)connect: the seat token, with {@code takeover} only for this run's
     * own seat; always the event stream, and {@code since} (the version this client's view has
     * folded up to, or null for a full state) when it resumes that seat.
     */
    ClientMessage.Hello hello(String name, String token, Integer since) {
        return new ClientMessage.Hello(name, ProtocolCodec.PROTOCOL_VERSION, token, token != null && ownSeat ? Boolean.TRUE : null,
                Boolean.TRUE, since).withFeatures();
    }
}
