package org.truce.client.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.truce.client.model.ClientSettings;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;

/** A lobby on an 80×24 screen whose link the test plays by hand: every send recorded with its id. */
final class HandLobbyScreen implements AutoCloseable {
    final VirtualScreen v;
    /** The client's side of the link: call {@code onMessage} as the server would. */
    final ConnectionListener l;
    final BlockingQueue<RecordingConnection.Sent> sent;

    private HandLobbyScreen(VirtualScreen v, ConnectionListener l, BlockingQueue<RecordingConnection.Sent> sent) {
        this.v = v;
        this.l = l;
        this.sent = sent;
    }

    /** The lobby of a player named "Sam" (settings in {@code settings}), its link up; the lobby's poll never comes. */
    static HandLobbyScreen open(Path settings) throws Exception {
        CompletableFuture<ConnectionListener> server = new CompletableFuture<>();
        RecordingConnection recorder = new RecordingConnection();
        VirtualScreen v = new VirtualScreen(80, 24, app -> {
            app.clock(() -> 1_000_000L);
            app.dialer((host, port) -> (hello, listener) -> {
                server.complete(listener);
                return recorder;
            });
            LobbyWindow lobby = new LobbyWindow(app, new ClientSettings(settings), "127.0.0.1:7777", "Sam");
            app.showMain(lobby);
            lobby.connect();
        });
        try {
            ConnectionListener l = server.get(5, TimeUnit.SECONDS);
            l.onLink(true, "hand", 0);
            return new HandLobbyScreen(v, l, recorder.sent);
        } catch (Exception e) {
            v.close();
            throw e;
        }
    }

    /** The messages the client sent so far, in order, without their ids. */
    List<ClientMessage> sentMessages() {
        return sent.stream().map(RecordingConnection.Sent::message).toList();
    }

    /** The id of the last room list the client asked for, or null. */
    String lastRoomsAsk() {
        String id = null;
        for (RecordingConnection.Sent s : sent) {
            if (s.message() instanceof ClientMessage.ListRooms) {
                id = s.id();
            }
        }
        return id;
    }

    /** A room list with room {@code code} of paris-summit-4 in play, every seat a bot's. */
    static ServerMessage.Rooms rooms(String code) {
        List<ServerParts.Seat> seats = List.of(new ServerParts.Seat("UA", "bot", null, true, "default"),
                new ServerParts.Seat("RU", "bot", null, true, "default"), new ServerParts.Seat("US", "bot", null, true, "default"),
                new ServerParts.Seat("EU", "bot", null, true, "default"));
        return new ServerMessage.Rooms(List.of(new ServerParts.RoomSummary(code, "paris-summit-4", "The Paris summit", "proposing",
                1, 6, seats)));
    }

    @Override
    public void close() throws Exception {
        v.close();
    }
}
