package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
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
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The class console with teams: a seat's team in the room's detail, naming its lead (L), a roster spread over the seats (O). */
class ConsoleTeamsTest {
    @TempDir
    Path dir;

    private final RecordingConnection link = new RecordingConnection();

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

    private static RoomOverview room(String code, String phase, List<SeatStatus> seats) {
        return new RoomOverview(code, "paris-summit-4", "The Paris summit", phase, phase.equals("lobby") ? 0 : 1, 6, "UA", false,
                null, null, seats, null, Map.of(), List.of(), null, null, false);
    }

    private static List<SeatStatus> waiting() {
        return List.of(new SeatStatus("UA", null, "free", null), new SeatStatus("RU", null, "free", null),
                new SeatStatus("US", null, "bot", "default"), new SeatStatus("EU", null, "free", null));
    }

    @Test
    @Timeout(60)
    void teamsShowTheTeacherNamesALeadAndARosterIsSpreadOnTheSheet() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = HandConsole.open(link, dir, listener)) {
            ConnectionListener l = HandConsole.welcomed(listener);
            l.onMessage(new ServerMessage.Scenarios(List.of(sc.info())));
            List<SeatStatus> team = List.of(new SeatStatus("UA", "Olena", "connected", null, List.of("Olena", "Taras", "Iryna")),
                    new SeatStatus("RU", "Ivan", "connected", null), new SeatStatus("US", null, "bot", "default"),
                    new SeatStatus("EU", null, "bot", "default"));
            l.onMessage(new ServerMessage.ClassState(List.of(room("TEAM1", "proposing", team), room("LOBB1", "lobby", waiting()),
                    room("LOBB2", "lobby", waiting())), null));
            String s = Dump.save("console-team", v.waitFor("team: Olena (lead), Taras, Iryna"));
            assertThat(s).contains("Olena+2");

            // L: which seat's team, then who leads it
            v.key('l');
            v.waitFor("Which seat's team in room TEAM1?");
            v.key(KeyType.Enter);
            v.waitFor("Who leads Ukraine now?");
            v.key(KeyType.ArrowDown).key(KeyType.Enter);
            ClientMessage.NameLead lead = next(ClientMessage.NameLead.class);
            assertThat(lead.room()).isEqualTo("TEAM1");
            assertThat(lead.party()).isEqualTo("UA");
            assertThat(lead.name()).isEqualTo("Taras");

            // K: which seat's team, then which member leaves it (the lead is not offered)
            v.key('k');
            v.waitFor("Which seat's team in room TEAM1?");
            v.key(KeyType.Enter);
            v.waitFor("Who leaves Ukraine's team?");
            v.key(KeyType.ArrowDown).key(KeyType.Enter);
            ClientMessage.RemoveMember removed = next(ClientMessage.RemoveMember.class);
            assertThat(removed.room()).isEqualTo("TEAM1");
            assertThat(removed.party()).isEqualTo("UA");
            assertThat(removed.name()).as("Taras first, then Iryna: the lead is not offered").isEqualTo("Iryna");

            // O: a roster file over the six human seats of the two waiting rooms; the seventh name joins a team
            Files.write(dir.resolve("class.txt"), List.of("Ana", "Ben", "Chloe", "", "Dmytro", "Eva", "Farid", "Gosia"));
            v.key('o');
            v.waitFor("Spread a roster");
            v.type("nobody.txt").key(KeyType.Enter);
            v.waitFor("Cannot read");
            for (int i = 0; i < "nobody.txt".length(); i++) {
                v.key(KeyType.Backspace);
            }
            v.type("class.txt").key(KeyType.Enter);
            v.waitFor("Room 1 of 3");
            Path sheet;
            try (var files = Files.list(dir)) {
                sheet = files.filter(f -> f.getFileName().toString().startsWith("truce-class-")).max(java.util.Comparator
                        .comparing(f -> f.toFile().lastModified())).orElseThrow();
            }
            String text = Files.readString(sheet);
            assertThat(text).contains("Who sits where")
                    .contains("UA  Ana (lead)   truce join class.example:7777 --name \"Ana\" --room LOBB1 --party UA")
                    .contains("EU  Chloe (lead)").contains("UA  Dmytro (lead)   truce join class.example:7777 --name \"Dmytro\" --room LOBB2")
                    .contains("UA  Gosia   truce join class.example:7777 --name \"Gosia\" --room LOBB1 --party UA --member")
                    .doesNotContain("--party US");
        }
    }
}
