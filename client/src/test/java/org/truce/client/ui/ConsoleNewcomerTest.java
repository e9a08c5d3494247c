package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.Table;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts.RoomOverview;
import org.truce.shared.protocol.ServerParts.SeatStatus;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The class console at 80×24 as a newcomer teacher met it, its server played by hand: closed
 * rooms, stale bottom lines, the join sheet of mixed scenarios, the watch bar, the number prompts.
 */
class ConsoleNewcomerTest {
    @TempDir
    Path dir;

    private final RecordingConnection link = new RecordingConnection();

    /** The console's messages sent so far, of the facilitator's kinds. */
    private List<ClientMessage> facilitations() {
        return link.sent.stream().map(RecordingConnection.Sent::message)
                .filter(m -> m instanceof ClientMessage.Facilitation || m instanceof ClientMessage.Spectate).toList();
    }

    private static RoomOverview room(String code, String scenario, boolean closed) {
        List<SeatStatus> seats = List.of(new SeatStatus("UA", "Olena", "connected", null), new SeatStatus("RU", null, "bot", "hardliner"));
        return new RoomOverview(code, scenario, "The summit", closed ? "ended" : "proposing", 2, 6, "UA", false,
                closed ? null : 4_000_000_000_000L, closed ? null : 95_000L, seats, null, Map.of(), List.of(), closed ? false : null, null, closed);
    }

    private static ConnectionListener welcomed(CompletableFuture<ConnectionListener> listener) throws Exception {
        return HandConsole.welcomed(listener);
    }

    private VirtualScreen console(CompletableFuture<ConnectionListener> listener) throws Exception {
        return HandConsole.open(link, dir, listener);
    }

    @Test
    @Timeout(60)
    void aClosedRoomIsSaidClosedAndNothingIsSentForIt() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room("K7QXM", "paris-summit-4", true), room("B3HNP", "paris-summit-4", false))));
            String s = v.waitFor("Closed in round 2 of 6");
            assertThat(s).doesNotContain("connected").doesNotContain("waiting for players");
            v.key(KeyType.Enter);
            v.waitFor("Room K7QXM is closed.");
            v.key('w').key('p').key('x').key('c').key('?'); // no dialog opened: ? reaches the overview (keys run in order)
            assertThat(v.waitFor("The class console: every room")).doesNotContain("Extend the clock").doesNotContain("Close room");
            v.key(KeyType.Escape);
            assertThat(v.waitForGone("The class console: every room", 5000)).contains("Room K7QXM is closed.");
            assertThat(facilitations()).isEmpty();

            // watching the open room, ] passes the closed one over: nothing is asked of the server
            v.key(KeyType.ArrowDown).key(KeyType.Enter);
            v.waitUntil("watching B3HNP", t -> facilitations().size() == 1, 5000);
            Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
            l.onMessage(new ServerMessage.Spectating("B3HNP", sc.info()));
            l.onMessage(new Table(sc, null, 6).state());
            v.waitFor("Watching B3HNP");
            v.key(']').key(']');
            v.key('?');
            v.waitFor("WATCHING A ROOM FROM THE CLASS CONSOLE");
            assertThat(facilitations()).containsExactly(new ClientMessage.Spectate("B3HNP", null));
        }
    }

    @Test
    @Timeout(60)
    void theBottomLineIsClearedOnReconnectAndWhenTheModeOrRoomChangesAndNoticesAreSentences() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room("K7QXM", "paris-summit-4", false), room("B3HNP", "paris-summit-4", false))));
            v.waitFor("K7QXM");
            l.onMessage(new ServerMessage.Notice("shutdown", "the server is shutting down"));
            v.waitFor("The server is shutting down.");
            l.onLink(false, "connection lost", 10_000);
            v.waitFor("reconnecting");
            l.onLink(true, "fake", 0);
            l.onMessage(new ServerMessage.Welcome(1, "truce", "facilitator", true));
            v.waitForGone("shutting down", 5000);

            // a hint about "all rooms" goes once the mode changes, and is not left under a dialog
            v.key('a').key('b');
            v.waitFor("Seats are handed one room at a time");
            v.key('a');
            v.waitForGone("Seats are handed one room at a time", 5000);
            v.key('a').key('b');
            v.waitFor("Seats are handed one room at a time");
            v.key('x');
            assertThat(v.waitFor("Extend the clock")).doesNotContain("Seats are handed");
            v.key(KeyType.Escape);
            v.waitForGone("Extend the clock", 5000);
            v.key('a').key('f');
            v.waitFor("Which seat in room K7QXM?");
            v.key(KeyType.Escape);
            v.key('a').key('b');
            v.waitFor("Seats are handed one room at a time");
            v.key(KeyType.ArrowDown);
            v.waitForGone("Seats are handed one room at a time", 5000);
        }
    }

    @Test
    @Timeout(60)
    void theJoinSheetOfRoomsOfDifferentScenariosNamesEachRoomsScenario() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room("K7QXM", "paris-summit", false), room("B3HNP", "paris-summit-4", false))));
            v.waitFor("K7QXM");
            v.key('j');
            String s = v.waitFor("Room 2 of 2");
            assertThat(s).contains("Room 1 of 2:  K7QXM  paris-summit ").contains("Room 2 of 2:  B3HNP  paris-summit-4")
                    .contains("Scenarios: paris-summit, paris-summit-4").doesNotContain("several");
        }
    }

    /** The screen's last row (the key bar). */
    private static String lastRow(String screen) {
        String[] rows = screen.split("\n");
        return rows[rows.length - 1];
    }

    @Test
    @Timeout(60)
    void theWatchBarFitsAt80OnTheTableAndEveryDebriefPageAndTheRoomStaysNamed() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.Scenarios(List.of(sc.info())));
            l.onMessage(new ServerMessage.ClassState(List.of(room("K7QXM", "paris-summit-4", false), room("B3HNP", "paris-summit-4", false))));
            v.waitFor("K7QXM");
            v.key(KeyType.Enter);
            l.onMessage(new ServerMessage.Spectating("K7QXM", sc.info()));
            l.onMessage(new Table(sc, null, 6).state());
            String table = v.waitFor("Watching K7QXM");
            assertThat(lastRow(table)).contains("Esc Back  [ ] Room  Watching K7QXM");
            l.onMessage(new ServerMessage.GameOver(null, 1, Map.of("UA", new org.truce.shared.analysis.PartyResult(50, 56, -6)), Map.of(), null));
            for (char page : new char[] {'1', '2', '3'}) {
                v.key(page);
                String s = v.waitUntil("page " + page, t -> t.contains("DEBRIEF") && t.contains(" · " + page + " "), 5000);
                String bar = lastRow(s).stripTrailing();
                assertThat(bar).as(bar).endsWith("Q Quit").contains("Esc Back  [ ] Room");
                assertThat(s).contains("Watching K7QXM");
            }
        }
    }

    @Test
    @Timeout(60)
    void aTypedNumberDropsTheReplaceHintAndTheAnnouncementCountsItsCharacters() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room("K7QXM", "paris-summit-4", false))));
            v.waitFor("K7QXM");
            v.key('+');
            v.waitFor("type to replace 1");
            v.type("3");
            v.waitForGone("type to replace", 5000);
            v.key(KeyType.Escape);
            v.waitForGone("Rounds to add", 5000);
            v.key('n');
            v.waitFor("0/500 characters");
            v.type("Five minutes left");
            v.waitFor("17/500 characters");
        }
    }
}
