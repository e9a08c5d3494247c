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
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts.RoomOverview;
import org.truce.shared.protocol.ServerParts.SeatStatus;

/**
 * The class console's selection follows its room's code, not its place in the list: a room that
 * finishes moves down the server's order (rooms in progress first) and the selection goes with it,
 * and a control pressed then (B, hand a seat to a bot) acts on that room, the ▶ row showing it.
 */
class ConsoleSelectionTest {
    @TempDir
    Path dir;

    private final RecordingConnection link = new RecordingConnection();

    private static RoomOverview room(String code, String phase) {
        List<SeatStatus> seats = List.of(new SeatStatus("UA", "Olena", "connected", null), new SeatStatus("RU", null, "bot", "hardliner"),
                new SeatStatus("US", null, "bot", "default"), new SeatStatus("EU", null, "free", null));
        boolean ended = phase.equals("ended");
        return new RoomOverview(code, "paris-summit-4", "The Paris summit", phase, 2, 6, "UA", false,
                ended ? null : 4_000_000_000_000L, ended ? null : 95_000L, seats, null, Map.of(), List.of(), ended ? false : null,
                ended ? Map.of("UA", 1.0, "RU", -2.0, "US", 3.0, "EU", 4.0) : null, false);
    }

    private <T> T next(Class<T> type) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            RecordingConnection.Sent s = link.sent.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (s != null && type.isInstance(s.message())) {
                return type.cast(s.message());
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " sent");
    }

    @Test
    @Timeout(30)
    void theSelectionStaysOnItsRoomWhenTheListReSorts() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = HandConsole.open(link, dir, listener)) {
            ConnectionListener l = HandConsole.welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room("AAAA1", "proposing"), room("BBBB2", "proposing"),
                    room("CCCC3", "proposing"))));
            v.waitFor("▶ AAAA1");
            v.key(KeyType.ArrowDown);
            v.waitFor("▶ BBBB2");
            // B's game ends: the server lists it last now; then C's ends too, and the order changes again
            l.onMessage(new ServerMessage.ClassState(List.of(room("AAAA1", "proposing"), room("CCCC3", "proposing"),
                    room("BBBB2", "ended"))));
            String s = v.waitUntil("the list re-sorted", t -> t.indexOf("CCCC3") < t.indexOf("BBBB2") && t.contains("Outcome:"), 5000);
            assertThat(s).contains("▶ BBBB2").contains("Room BBBB2").doesNotContain("▶ AAAA1").doesNotContain("▶ CCCC3");
            l.onMessage(new ServerMessage.ClassState(List.of(room("AAAA1", "proposing"), room("BBBB2", "ended"),
                    room("CCCC3", "ended"))));
            s = v.waitUntil("C ended", t -> t.indexOf("BBBB2") < t.indexOf("CCCC3") && t.indexOf("CCCC3") > 0, 5000);
            assertThat(s).contains("▶ BBBB2").contains("Room BBBB2");

            v.key('b');
            assertThat(v.waitFor("Which seat in room")).contains("Which seat in room BBBB2?");
            // a push while the dialog is open moves nothing
            l.onMessage(new ServerMessage.ClassState(List.of(room("CCCC3", "ended"), room("AAAA1", "proposing"),
                    room("BBBB2", "ended"))));
            v.key(KeyType.Enter);
            v.waitFor("How should the bot play?");
            v.key(KeyType.Enter);
            assertThat(next(ClientMessage.SeatBot.class).room()).isEqualTo("BBBB2");
            assertThat(v.waitFor("▶ BBBB2")).contains("Room BBBB2");
            // ↓ goes to the room after it in the order as it is now
            v.key(KeyType.ArrowDown);
            assertThat(v.waitFor("▶ ")).contains("Room CCCC3");
        }
    }
}
