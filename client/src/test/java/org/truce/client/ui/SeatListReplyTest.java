package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;

/**
 * A room's seat screen says a room is not there only from the reply to a room list it asked for
 * (matched by {@code re}): a list asked for earlier, arriving after the screen opened, says
 * nothing about the room. The lobby's link is played by hand through the app's dialer.
 */
class SeatListReplyTest {
    private static final String LOOKING = "Looking for room ZZZZZ";
    private static final String MISSING = "No room ZZZZZ on this server";

    @TempDir
    Path tmp;


    @Test
    @Timeout(30)
    void anOlderRoomListArrivingAfterTheSeatScreenOpenedDoesNotSayTheRoomIsMissing() throws Exception {
        try (HandLobby h = handLobby("Ana", null)) {
            VirtualScreen v = h.v();
            ConnectionListener l = h.l();
            BlockingQueue<RecordingConnection.Sent> sent = h.sent();
            String lobbyAsk = nextRoomsAsk(sent);
            v.waitFor("Connected.", 5000);

            // the room's code typed: the seat screen asks for the list again
            v.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type("zzzzz").key(KeyType.Tab).key(KeyType.Enter);
            v.waitFor(LOOKING, 5000);
            String seatAsk = nextRoomsAsk(sent);
            assertThat(seatAsk).isNotEqualTo(lobbyAsk);

            // the lobby's list, asked for before the room was opened, and a list nobody here asked for
            int seen = v.app().navigator().roomsSeen();
            l.onMessage(rooms("AAAAA"), lobbyAsk);
            l.onMessage(rooms("BBBBB"), null);
            v.waitUntil("both lists taken in", t -> v.app().navigator().roomsSeen() == seen + 2, 5000);
            assertThat(v.waitFor(LOOKING, 5000)).doesNotContain(MISSING);

            // the reply to the seat screen's own ask: now the room is known to be missing
            l.onMessage(rooms("AAAAA"), seatAsk);
            v.waitFor(MISSING, 5000);
        }
    }

    @Test
    @Timeout(30)
    void theRoomInTheReplyShowsItsSeats() throws Exception {
        try (HandLobby h = openRoomZzzzz("Ben")) {
            VirtualScreen v = h.v();
            ConnectionListener l = h.l();
            BlockingQueue<RecordingConnection.Sent> sent = h.sent();
            nextRoomsAsk(sent);
            String seatAsk = nextRoomsAsk(sent);
            l.onMessage(rooms("ZZZZZ"), seatAsk);
            String s = v.waitFor("RU              FREE", 5000); // no scenario list here: the seats by id
            assertThat(s).doesNotContain(MISSING).doesNotContain(LOOKING);
        }
    }

    /** A seat taken by someone else just before this player's Enter: once the fresh list is in, the marker is on a free seat. */
    @Test
    @Timeout(30)
    void afterASeatIsTakenUnderThePlayerTheMarkerMovesToAFreeOne() throws Exception {
        try (HandLobby h = openRoomZzzzz("Cy")) {
            VirtualScreen v = h.v();
            ConnectionListener l = h.l();
            BlockingQueue<RecordingConnection.Sent> sent = h.sent();
            nextRoomsAsk(sent);
            l.onMessage(seats("ZZZZZ", null, null), nextRoomsAsk(sent)); // UA a bot, RU and US free
            v.waitFor("▶ RU              FREE", 5000);
            v.key(KeyType.Enter);
            RecordingConnection.Sent join;
            do {
                join = sent.poll(5, TimeUnit.SECONDS);
                assertThat(join).as("a join is sent").isNotNull();
            } while (!(join.message() instanceof ClientMessage.Join));
            l.onMessage(ServerMessage.Error.of(ErrorCode.SEAT_TAKEN, "Russia's seat is taken by Taker; choose another seat"), join.id());
            l.onMessage(seats("ZZZZZ", "human", "Taker"), nextRoomsAsk(sent));
            v.waitFor("▶ US              FREE", 5000);
        }
    }

    /** A team's member who quit during the game is marked away and not counted at the table. */
    @Test
    @Timeout(30)
    void aTeamsAwayMemberIsMarkedAndNotCounted() throws Exception {
        try (HandLobby h = openRoomZzzzz("Iryna")) {
            VirtualScreen v = h.v();
            ConnectionListener l = h.l();
            BlockingQueue<RecordingConnection.Sent> sent = h.sent();
            nextRoomsAsk(sent);
            List<ServerParts.Seat> seats = List.of(new ServerParts.Seat("UA", "bot", null, true, "default"),
                    new ServerParts.Seat("RU", "human", "Olena", true, null, List.of("Olena", "Taras", "Ben"), "Olena", List.of("Ben")),
                    new ServerParts.Seat("US", null, null, false, null));
            l.onMessage(new ServerMessage.Rooms(List.of(new ServerParts.RoomSummary("ZZZZZ", "paris-summit", "The Paris summit",
                    "lobby", 0, 4, seats))), nextRoomsAsk(sent));
            String s = v.waitFor("▶ US              FREE", 5000);
            assertThat(s).contains("RU              Olena+1").doesNotContain("Olena+2");
            v.key(KeyType.ArrowUp);
            v.waitFor("Team: Olena (leads), Taras, Ben (away)", 5000);
        }
    }

    /** A seat a team shares shows its lead and members; M on it joins its team as a member. */
    @Test
    @Timeout(30)
    void aTeamsSeatShowsItsPlayersAndMJoinsTheTeam() throws Exception {
        try (HandLobby h = openRoomZzzzz("Iryna")) {
            VirtualScreen v = h.v();
            ConnectionListener l = h.l();
            BlockingQueue<RecordingConnection.Sent> sent = h.sent();
            nextRoomsAsk(sent);
            List<ServerParts.Seat> seats = List.of(new ServerParts.Seat("UA", "bot", null, true, "default"),
                    new ServerParts.Seat("RU", "human", "Olena", true, null, List.of("Olena", "Taras"), "Olena"),
                    new ServerParts.Seat("US", null, null, false, null));
            l.onMessage(new ServerMessage.Rooms(List.of(new ServerParts.RoomSummary("ZZZZZ", "paris-summit", "The Paris summit",
                    "lobby", 0, 4, seats))), nextRoomsAsk(sent));
            String s = v.waitFor("▶ US              FREE", 5000);
            assertThat(s).contains("RU              Olena+1").contains("M Join team");
            v.key(KeyType.ArrowUp);
            v.waitFor("Team: Olena (leads), Taras", 5000);
            v.key('m');
            RecordingConnection.Sent join;
            do {
                join = sent.poll(5, TimeUnit.SECONDS);
                assertThat(join).as("a join is sent").isNotNull();
            } while (!(join.message() instanceof ClientMessage.Join));
            ClientMessage.Join j = (ClientMessage.Join) join.message();
            assertThat(j.party()).isEqualTo("RU");
            assertThat(j.asMember()).isTrue();
        }
    }

    /** Room {@code code} in the lobby: UA a bot, RU held by {@code ruOccupant} (null: free), US free. */
    private static ServerMessage.Rooms seats(String code, String ruOccupant, String ruName) {
        List<ServerParts.Seat> seats = List.of(new ServerParts.Seat("UA", "bot", null, true, "default"),
                new ServerParts.Seat("RU", ruOccupant, ruName, ruOccupant != null, null),
                new ServerParts.Seat("US", null, null, false, null));
        return new ServerMessage.Rooms(List.of(new ServerParts.RoomSummary(code, "paris-summit", "The Paris summit", "lobby", 0, 4, seats)));
    }

    /** The lobby's status line does not say "Connected" while the header says the server is not answering. */
    @Test
    @Timeout(30)
    void theLobbySaysItIsNotConnectedWhileTheLinkIsDown() throws Exception {
        try (HandLobby h = handLobby("Di", null)) {
            h.v().waitFor("Connected.", 5000);
            h.l().onLink(false, "no answer from 127.0.0.1:7777", 1000);
            String s = h.v().waitFor("Not connected: the rooms below may have changed since.", 5000);
            assertThat(s).contains("No answer from 127.0.0.1:7777").doesNotContain("Connected.");
            h.l().onLink(true, "hand", 0);
            h.v().waitFor("Connected.", 5000);
        }
    }

    /** A lobby screen whose link the test plays by hand (every send recorded with its id), opening room ZZZZZ once up. */
    private record HandLobby(VirtualScreen v, ConnectionListener l, BlockingQueue<RecordingConnection.Sent> sent) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            v.close();
        }
    }

    private HandLobby openRoomZzzzz(String name) throws Exception {
        return handLobby(name, "ZZZZZ");
    }

    /** As {@link #openRoomZzzzz}, opening {@code room} once up (null: staying in the lobby). */
    private HandLobby handLobby(String name, String room) throws Exception {
        CompletableFuture<ConnectionListener> server = new CompletableFuture<>();
        RecordingConnection recorder = new RecordingConnection();
        VirtualScreen v = new VirtualScreen(80, 24, app -> {
            app.clock(() -> 1_000_000L); // the lobby's poll never comes: only the asks the test expects
            app.dialer((host, port) -> (hello, listener) -> {
                server.complete(listener);
                return recorder;
            });
            LobbyWindow lobby = new LobbyWindow(app, new ClientSettings(tmp.resolve(name + ".properties")), "127.0.0.1:7777", name);
            app.showMain(lobby);
            lobby.connect(a -> {
                if (room != null) {
                    lobby.openRoom(room);
                }
            });
        });
        ConnectionListener l = server.get(5, TimeUnit.SECONDS);
        l.onLink(true, "hand", 0);
        return new HandLobby(v, l, recorder.sent);
    }

    /** The id of the next room list the client asks for (it asks with an id, to know its reply). */
    private static String nextRoomsAsk(BlockingQueue<RecordingConnection.Sent> sent) throws InterruptedException {
        while (true) {
            RecordingConnection.Sent s = sent.poll(5, TimeUnit.SECONDS);
            assertThat(s).as("a list_rooms is sent").isNotNull();
            if (s.message() instanceof ClientMessage.ListRooms) {
                assertThat(s.id()).as("the room list is asked for with an id").isNotNull();
                return s.id();
            }
        }
    }

    private static ServerMessage.Rooms rooms(String code) {
        List<ServerParts.Seat> seats = List.of(new ServerParts.Seat("UA", "bot", null, true, "default"),
                new ServerParts.Seat("RU", null, null, false, null));
        return new ServerMessage.Rooms(List.of(new ServerParts.RoomSummary(code, "paris-summit", "The Paris summit", "lobby", 0, 4, seats)));
    }
}
