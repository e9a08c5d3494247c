package org.truce.client.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;

/** A raw protocol client (a teacher's script): hello, then whatever it is told. */
final class RawClient implements AutoCloseable {
    final Socket socket;
    final Writer out;
    final BufferedReader in;
    private int asked;
    private boolean watching;

    RawClient(TruceServer server) throws Exception {
        this(server, "teacher");
    }

    /** Each seated human needs a name of their own: a table refuses a name another seat goes by. */
    RawClient(TruceServer server, String name) throws Exception {
        socket = new Socket("127.0.0.1", server.address().getPort());
        socket.setSoTimeout(20_000); // a reply that never comes fails the test instead of hanging it
        out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        send(new ClientMessage.Hello(name, ProtocolCodec.PROTOCOL_VERSION, null));
    }

    void send(ClientMessage m) throws Exception {
        out.write(ProtocolCodec.encode(m) + "\n");
        out.flush();
    }

    String until(String fragment) throws Exception {
        for (String line; (line = in.readLine()) != null; ) {
            if (line.contains(fragment)) {
                return line;
            }
        }
        throw new AssertionError("no " + fragment);
    }

    /** The seat of {@code party} in {@code room} as the server lists it now. */
    ServerParts.Seat seat(String room, String party) throws Exception {
        String id = "r" + asked++;
        out.write(ProtocolCodec.encode(new ClientMessage.ListRooms(), id) + "\n");
        out.flush();
        ServerMessage.Rooms rooms = (ServerMessage.Rooms) ProtocolCodec.decodeServer(until("\"re\":\"" + id + "\"")).message();
        return rooms.rooms().stream().filter(r -> r.code().equals(room)).flatMap(r -> r.seats().stream())
                .filter(s -> s.party().equals(party)).findFirst().orElseThrow();
    }

    /**
     * The seat as the server lists it, asked again after each answer until {@code done} holds or
     * {@code ms} pass (then the last answer): the lobby's list is published just after a room's states.
     */
    ServerParts.Seat awaitSeat(String room, String party, java.util.function.Predicate<ServerParts.Seat> done, long ms)
            throws Exception {
        long end = System.nanoTime() + ms * 1_000_000;
        ServerParts.Seat s = seat(room, party);
        while (!done.test(s) && System.nanoTime() < end) {
            s = seat(room, party);
        }
        return s;
    }

    /**
     * Waits until the server has seen the seat's human go: watching the room, the first state that
     * shows the seat held by a human who is not connected.
     */
    void awaitAway(String room, String party) throws Exception {
        if (!watching) {
            watching = true;
            send(new ClientMessage.Spectate(room));
            until("\"spectating\"");
        }
        // the watched room's states, in order, say when the seat's human is gone: no list to poll,
        // so no state can slip by between asking and waiting
        while (true) {
            ServerMessage.State st = (ServerMessage.State) ProtocolCodec.decodeServer(until("\"type\":\"state\"")).message();
            for (ServerParts.Seat seat : st.seats()) {
                if (seat.party().equals(party) && "human".equals(seat.occupant()) && !seat.connected()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        socket.close();
    }
}
