package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.console.Console;
import org.truce.client.model.Table;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.RoomOverview;
import org.truce.shared.protocol.ServerParts.SeatStatus;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The class console at 80×24, its server played by hand as the protocol says: set up a class of
 * three rooms (create_rooms, then the join sheet, saved), see them in the overview, pause one (the
 * request, then the pushed class_state shows it paused), watch one, switch rooms, Esc back.
 */
class ConsoleScreenTest {
    private static final List<String> CODES = List.of("K7QXM", "B3HNP", "T9WZR");

    @TempDir
    Path dir;

    private final RecordingConnection link = new RecordingConnection();

    /** The next message of this type the console sent (others before it are passed over); fails after 5 s. */
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

    private static RoomOverview room(String code, boolean paused, int round) {
        List<SeatStatus> seats = List.of(new SeatStatus("UA", "Olena", "connected", null), new SeatStatus("RU", null, "bot", "hardliner"),
                new SeatStatus("US", null, "bot", "default"), new SeatStatus("EU", null, "free", null));
        return new RoomOverview(code, "paris-summit-4", "The Paris summit", "proposing", round, 6, "UA", paused,
                paused ? null : 4_000_000_000_000L, paused ? 95_000L : 95_000L, seats, null, Map.of(), List.of(), null, null, false);
    }

    private static ConnectionListener welcomed(CompletableFuture<ConnectionListener> listener) throws Exception {
        return HandConsole.welcomed(listener);
    }

    private VirtualScreen console(CompletableFuture<ConnectionListener> listener) throws Exception {
        return HandConsole.open(link, dir, listener);
    }

    @Test
    @Timeout(60)
    void setUpAClassOfThreeRoomsPauseOneWatchOneAndComeBack() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        CompletableFuture<Supplier<ClientMessage.Hello>> greeting = new CompletableFuture<>();
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> Console.start(app, "class.example:7777", "TEACHERKEY", null,
                (hello, lis) -> {
                    greeting.complete(hello);
                    listener.complete(lis);
                    return link;
                }, dir))) {
            ConnectionListener l = listener.get(5, TimeUnit.SECONDS);
            ClientMessage.Hello hello = greeting.get(5, TimeUnit.SECONDS).get();
            assertThat(hello.teacherKey()).isEqualTo("TEACHERKEY");
            assertThat(hello.name()).isEqualTo("facilitator");
            l.onLink(true, "fake", 0);
            next(ClientMessage.ListScenarios.class);
            l.onMessage(new ServerMessage.Welcome(1, "truce", "facilitator", true));
            l.onMessage(new ServerMessage.Scenarios(List.of(sc.info())));
            l.onMessage(new ServerMessage.ClassState(List.of()));
            assertThat(v.waitFor("No rooms on the server yet")).doesNotContain("did not take the teacher key");

            // set up a class: how many rooms, then the lobby's settings, Enter creates them
            v.key('s');
            v.waitFor("How many rooms");
            v.key(KeyType.Enter); // 3, the default
            v.waitFor("Create 3 rooms");
            v.key(KeyType.Enter);
            ClientMessage.CreateRooms create = next(ClientMessage.CreateRooms.class);
            assertThat(create.scenario()).isEqualTo("paris-summit-4");
            assertThat(create.count()).isEqualTo(3);
            l.onMessage(new ServerMessage.RoomsCreated(CODES));
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 1), room(CODES.get(2), false, 1))));

            // the join sheet: the address, each code in block letters, saved as a file
            String sheet = Dump.save("console-sheet", v.waitFor("Room 3 of 3"));
            assertThat(sheet).contains("truce join class.example:7777").contains("Room 1 of 3:  K7QXM").contains("█   █ #####".replace('#', '█'));
            try (var files = Files.list(dir)) {
                Path saved = files.filter(p -> p.getFileName().toString().matches("truce-class-.*\\.txt")).findFirst().orElseThrow();
                assertThat(Files.readString(saved)).contains("B3HNP").contains("truce join class.example:7777");
                assertThat(sheet).contains(saved.getFileName().toString());
            }

            // the overview: all three rooms, the selected one's seats below
            v.key(KeyType.Escape);
            String overview = Dump.save("console-overview", v.waitFor("T9WZR"));
            assertThat(overview).contains("K7QXM").contains("B3HNP").contains("3 rooms").contains("Olena")
                    .contains("bot (hardliner)").contains("? Help").contains("Q Quit").contains("pen UA");

            // pause the second room: the request, then the pushed state shows it
            v.key(KeyType.ArrowDown);
            v.waitFor("Room B3HNP");
            v.key('p');
            assertThat(next(ClientMessage.Pause.class)).isEqualTo(new ClientMessage.Pause("B3HNP", null));
            l.onMessage(new ServerMessage.Facilitated("pause", List.of("B3HNP"), null));
            v.waitFor("Paused room B3HNP.");
            assertThat(v.text()).doesNotContain("paused");
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), true, 1), room(CODES.get(2), false, 1))));
            String paused = Dump.save("console-paused", v.waitFor("PAUSED by the facilitator"));
            assertThat(paused).containsPattern("B3HNP .* paused");

            // a refusal is one line at the bottom
            l.onMessage(new ServerMessage.Error("already_paused", "room B3HNP is already paused"));
            assertThat(v.waitFor("Cannot: room B3HNP is already paused")).doesNotContain("already_paused");

            // watch it on the player's table, go to the next room, and back with Esc
            v.key(KeyType.Enter);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("B3HNP", null));
            Table t = new Table(sc, null, 6);
            l.onMessage(new ServerMessage.Spectating("B3HNP", sc.info()));
            l.onMessage(t.state());
            String table = Dump.save("console-watch", v.waitFor("Esc Back"));
            assertThat(table).contains("[ ] Room  Watching B3HNP").doesNotContain("already paused");
            v.key(']');
            next(ClientMessage.Leave.class);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("T9WZR", null));
            l.onMessage(new ServerMessage.Spectating("T9WZR", sc.info()));
            l.onMessage(t.state());
            v.waitFor("Watching T9WZR");
            v.key(KeyType.Escape);
            next(ClientMessage.Leave.class);
            String back = v.waitFor("Truce class console");
            assertThat(back).contains("Room T9WZR");

            // a room closed meanwhile: the console goes back to the overview and says why
            v.key(KeyType.Enter);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("T9WZR", null));
            l.onMessage(new ServerMessage.Spectating("T9WZR", sc.info()));
            l.onMessage(t.state());
            v.waitFor("Esc Back");
            v.key('[');
            next(ClientMessage.Leave.class);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("B3HNP", null));
            l.onMessage(new ServerMessage.Error("unknown_room", "no room B3HNP"));
            assertThat(v.waitFor("Cannot: no room B3HNP")).contains("Truce class console");
        }
    }

    /**
     * ] to the next room while lines of the room left are still in flight (chat, a notice, its state,
     * its game over): none of them shows in the next room's log or table; the next room's own do.
     * Its game over shows the debrief, which Esc leaves for the overview.
     */
    @Test
    @Timeout(60)
    void linesOfTheRoomLeftArrivingAfterASwitchDoNotShowInTheNextRoom() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 1))));
            v.waitFor("B3HNP");
            v.key(KeyType.Enter);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("K7QXM", null));
            Table first = new Table(sc, null, 6);
            l.onMessage(new ServerMessage.Spectating("K7QXM", sc.info()));
            l.onMessage(first.state());
            first.run(new Command.Say("RU", "all", "Before the switch")).forEach(l::onMessage);
            v.waitFor("Before the switch");

            v.key(']');
            next(ClientMessage.Leave.class);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("B3HNP", null));
            // still in flight from the room left
            first.run(new Command.Say("RU", "all", "Late from the first room")).forEach(l::onMessage);
            l.onMessage(new ServerMessage.Notice("announcement", "The facilitator: only for the first room"));
            first.run(new Command.Propose("UA", 1, first.firstOptions())).forEach(l::onMessage);
            l.onMessage(first.state());
            l.onMessage(new ServerMessage.GameOver(null, 1, Map.of(), Map.of(), null));
            l.onMessage(new ServerMessage.Notice("left", "You left room K7QXM"));
            // the next room
            Table next = new Table(sc, null, 6);
            l.onMessage(new ServerMessage.Spectating("B3HNP", sc.info()));
            l.onMessage(next.state());
            next.run(new Command.Say("US", "all", "Hello from the second room")).forEach(l::onMessage);
            String table = Dump.save("console-switched", v.waitFor("Hello from the second room"));
            assertThat(table).contains("Esc Back").doesNotContain("Before the switch").doesNotContain("Late from the first room")
                    .doesNotContain("only for the first room").doesNotContain("talks have ended").doesNotContain("You left");
            assertThat(table).as("no draft of the first room's on the table").doesNotContain("Voting").doesNotContain("votes");

            // the watched room's game ends: its debrief shows, and Esc leaves it for the overview (Esc did nothing there)
            l.onMessage(new ServerMessage.GameOver(null, 1, Map.of(), Map.of(), null));
            assertThat(v.waitFor("DEBRIEF")).contains("Esc Back");
            link.sent.clear();
            v.key(KeyType.Escape);
            next(ClientMessage.Leave.class);
            v.waitFor("Truce class console");
        }
    }

    @Test
    @Timeout(60)
    void allRoomsModeAnnouncesToEveryRoomAndAnExtensionAsksItsSeconds() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 2))));
            v.waitFor("K7QXM");
            v.key('x');
            v.waitFor("Seconds to add to the current clock in room K7QXM");
            v.key(KeyType.Backspace).key(KeyType.Backspace).type("abc").key(KeyType.Enter);
            v.waitFor("Type a whole number of seconds");
            for (int i = 0; i < 3; i++) {
                v.key(KeyType.Backspace);
            }
            v.type("90").key(KeyType.Enter);
            assertThat(next(ClientMessage.Extend.class)).isEqualTo(new ClientMessage.Extend("K7QXM", 90, null));

            v.key('a');
            v.waitFor("ALL ROOMS");
            v.key('n');
            v.waitFor("A message to every seat and spectator in every room");
            v.type("Ten minutes left, then debrief").key(KeyType.Enter);
            assertThat(next(ClientMessage.Announce.class)).isEqualTo(new ClientMessage.Announce("all", "Ten minutes left, then debrief", null));
            l.onMessage(new ServerMessage.Facilitated("announce", List.of("K7QXM"), Map.of("B3HNP", "the game is over")));
            v.waitFor("Announced in room K7QXM. Skipped B3HNP: the game is over.");
            v.key('a');
            v.waitForGone("ALL ROOMS", 5000);

            // no class set up here (a console started again): J makes the sheet of the rooms still open
            v.key('j');
            String sheet = v.waitFor("Room 2 of 2:  B3HNP");
            assertThat(sheet).contains("Room 1 of 2:  K7QXM").contains("Saved as");
        }
    }

    /** Every message sent until one of this type, which is returned; the others go to {@code before}. */
    private <T> T until(Class<T> type, List<ClientMessage> before) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            RecordingConnection.Sent s = link.sent.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (s != null && type.isInstance(s.message())) {
                return type.cast(s.message());
            }
            if (s != null) {
                before.add(s.message());
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " sent");
    }

    @Test
    @Timeout(60)
    void repliesArePlainWordsAnAllRoomsReplyIsSummedUpAndNumbersReplaceTheSuggestion() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 2))));
            v.waitFor("K7QXM");

            // X suggests 60; the first digit typed replaces it: 5 is five seconds, not 605
            v.key('x');
            v.waitFor("type to replace 60");
            v.type("5").key(KeyType.Enter);
            assertThat(next(ClientMessage.Extend.class)).isEqualTo(new ClientMessage.Extend("K7QXM", 5, null));
            l.onMessage(new ServerMessage.Facilitated("extend", List.of("K7QXM"), null));
            v.waitFor("Gave 5 more seconds in room K7QXM.");
            v.key('+');
            v.waitFor("type to replace 1");
            v.type("3").key(KeyType.Enter);
            assertThat(next(ClientMessage.AddRounds.class)).isEqualTo(new ClientMessage.AddRounds("K7QXM", 3, null));
            l.onMessage(new ServerMessage.Facilitated("add_rounds", List.of("K7QXM"), null));
            v.waitFor("Added 3 rounds in room K7QXM.");

            // "all rooms": one room done, six skipped for two reasons: summed up, on two lines at most
            v.key('a');
            v.waitFor("ALL ROOMS");
            v.key('p');
            next(ClientMessage.Pause.class);
            Map<String, String> skipped = new java.util.TreeMap<>();
            for (String c : List.of("9WTTX", "AHJVW", "C4KQP", "D7MNR", "E2XYZ")) {
                skipped.put(c, "the game has not started");
            }
            skipped.put("QU2K4", "the game is already paused");
            l.onMessage(new ServerMessage.Facilitated("pause", List.of("6RU4G"), skipped));
            String s = v.waitFor("Paused room 6RU4G. Skipped 5 rooms: the game has not started;");
            assertThat(s.replaceAll("\\s+", " ")).contains("QU2K4: the game is already paused.");
            assertThat(s).doesNotContain("9WTTX").contains("Q Quit");

            // a refusal is the server's sentence without its code
            l.onMessage(new ServerMessage.Error("player_present", "Ukraine's player is connected; free the seat when they have left"));
            assertThat(v.waitFor("Cannot: Ukraine's player is connected")).doesNotContain("player_present").doesNotContain("⚠");
            v.key('a');
            v.waitForGone("ALL ROOMS", 5000);

            // the server gone: a control is refused at once, and nothing runs once it is back
            l.onLink(false, "connection lost", 10_000);
            v.waitFor("reconnecting");
            v.key('c');
            assertThat(v.waitFor("Not connected: nothing was sent")).doesNotContain("Close room");
            v.key('p');
            l.onLink(true, "fake", 0);
            v.waitForGone("reconnecting", 5000);
            v.key('r');
            List<ClientMessage> before = new java.util.ArrayList<>();
            assertThat(until(ClientMessage.Resume.class, before)).isEqualTo(new ClientMessage.Resume("K7QXM", null));
            assertThat(before).noneMatch(m -> m instanceof ClientMessage.Facilitation);

            // Q: the console's own question
            v.key('q');
            assertThat(v.waitFor("Quit the console? The rooms go on.")).doesNotContain("Leave the game");
        }
    }

    @Test
    @Timeout(60)
    void whileWatchingTheControlsActOnTheWatchedRoomAndHelpAndTheDebriefBarAreTheConsoles() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.Scenarios(List.of(sc.info())));
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 1))));
            v.waitFor("K7QXM");
            v.key('a'); // "all rooms" on: watching still acts on the one room watched
            v.waitFor("ALL ROOMS");
            v.key(KeyType.ArrowDown).key(KeyType.Enter);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("B3HNP", null));
            Table t = new Table(sc, null, 6);
            l.onMessage(new ServerMessage.Spectating("B3HNP", sc.info()));
            l.onMessage(t.state());
            v.waitFor("Watching B3HNP");

            // ? is the console's watch help, not a player's
            v.key('?');
            assertThat(v.waitFor("WATCHING A ROOM FROM THE CLASS CONSOLE")).contains("back to the overview").contains("pause / resume");
            v.key(KeyType.Escape);
            v.waitForGone("WATCHING A ROOM FROM THE CLASS CONSOLE", 5000);

            // the controls act on the watched room, with the overview's dialogs; the reply shows in the table's log
            v.key('p');
            assertThat(next(ClientMessage.Pause.class)).isEqualTo(new ClientMessage.Pause("B3HNP", null));
            l.onMessage(new ServerMessage.Facilitated("pause", List.of("B3HNP"), null));
            v.waitFor("Paused room B3HNP.");
            v.key('+');
            v.waitFor("Rounds to add in room B3HNP");
            v.type("2").key(KeyType.Enter);
            assertThat(next(ClientMessage.AddRounds.class)).isEqualTo(new ClientMessage.AddRounds("B3HNP", 2, null));
            v.key('f');
            v.waitFor("Which seat in room B3HNP?");
            v.key(KeyType.Escape);
            v.key('c');
            assertThat(v.waitFor("Close room B3HNP?")).contains("Its game ends for everyone in it");
            v.key('n');
            v.waitForGone("Close room B3HNP?", 5000);

            // the game ends: the debrief's key bar has the console's Esc and [ ], and Esc goes back to the overview
            l.onMessage(new ServerMessage.GameOver(null, 1, Map.of("UA", new org.truce.shared.analysis.PartyResult(50, 56, -6)), Map.of(), null));
            assertThat(v.waitFor("DEBRIEF")).contains("Esc Back").contains("[ ] Room");
            v.key(KeyType.Escape);
            next(ClientMessage.Leave.class);
            assertThat(v.waitFor("Truce class console")).contains("Room B3HNP");
        }
    }

    private static RoomOverview closed(RoomOverview r) {
        return new RoomOverview(r.code(), r.scenario(), r.title(), "ended", r.round(), r.rounds(), r.pen(), false, null, null, r.seats(), null,
                Map.of(), List.of(), false, null, true);
    }

    @Test
    @Timeout(60)
    void aSecondSetUpKeepsTheFirstsSettingsAndTheSheetCoversTheWholeClassInTheOverviewsOrder() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.Scenarios(List.of(sc.info())));
            l.onMessage(new ServerMessage.ClassState(List.of(room("STUD1", false, 1)))); // made before (by another set-up, or a student)
            v.waitFor("STUD1");
            v.key('s');
            v.waitFor("How many rooms");
            v.key(KeyType.Enter);
            v.waitFor("Create 3 rooms");
            v.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowRight).key(KeyType.Enter); // a draft's clock: 240 s
            ClientMessage.CreateRooms first = next(ClientMessage.CreateRooms.class);
            assertThat(first.turnSeconds()).isEqualTo(240);
            RoomOverview a = room("K7QXM", false, 1);
            RoomOverview b = room("B3HNP", false, 1);
            RoomOverview c = room("T9WZR", false, 1);
            l.onMessage(new ServerMessage.ClassState(List.of(room("STUD1", false, 1), a, b, c))); // the push may come first
            l.onMessage(new ServerMessage.RoomsCreated(CODES));
            v.waitFor("Room 4 of 4");
            v.key(KeyType.Escape);
            l.onMessage(new ServerMessage.ClassState(List.of(room("STUD1", false, 1), a, closed(b), c)));
            v.waitFor("T9WZR");

            // the second set-up starts from the first's settings; the count suggested is the last one
            v.key('s');
            v.waitFor("type to replace 3");
            v.type("2").key(KeyType.Enter);
            v.waitFor("Create 2 rooms");
            v.key(KeyType.Enter);
            ClientMessage.CreateRooms second = next(ClientMessage.CreateRooms.class);
            assertThat(second.count()).isEqualTo(2);
            assertThat(second.turnSeconds()).isEqualTo(240);
            assertThat(second.voteSeconds()).isEqualTo(first.voteSeconds());
            l.onMessage(new ServerMessage.RoomsCreated(List.of("D4NEW", "E5NEW")));
            v.waitFor("Truce class console"); // the sheet waits for the class state that lists the new rooms
            l.onMessage(new ServerMessage.ClassState(List.of(room("E5NEW", false, 1), room("STUD1", false, 1), c, room("D4NEW", false, 1), a,
                    closed(b))));

            // the whole class's open rooms, numbered as the overview lists them
            String sheet = v.waitFor("Room 4 of 5"); // the fifth on the next page
            assertThat(sheet).contains("Room 1 of 5:  E5NEW").contains("Room 2 of 5:  STUD1").contains("Room 3 of 5:  T9WZR")
                    .contains("Room 4 of 5:  D4NEW").doesNotContain("B3HNP");
            v.key(KeyType.Escape);
            v.waitFor("E5NEW");
            v.key('j');
            assertThat(v.waitFor("Room 4 of 5")).contains("Room 1 of 5:  E5NEW");
            try (var files = Files.list(dir)) {
                assertThat(files.filter(p -> p.getFileName().toString().startsWith("truce-class-"))
                        .anyMatch(p -> {
                            try {
                                String t = Files.readString(p);
                                return t.contains("Room 1 of 5:  E5NEW") && t.contains("Room 5 of 5:  K7QXM") && !t.contains("B3HNP");
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        })).isTrue();
            }
        }
    }

    @Test
    @Timeout(30)
    void aSheetThatCannotBeSavedSaysSoOnItsPageInPlainWords() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> Console.start(app, "class.example:7777", "K", null,
                (hello, lis) -> {
                    listener.complete(lis);
                    return link;
                }, missing))) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 1), room(CODES.get(2), false, 1))));
            v.waitFor("K7QXM");
            v.key('j');
            String s = v.waitFor("The join sheet was not saved").replaceAll("\\s+", " ");
            assertThat(s).contains("does not exist").contains("Room 1 of 3").doesNotContain("Exception").doesNotContain("Saved as");
        }
    }

    @Test
    @Timeout(30)
    void aWelcomeWithoutTheFacilitatorFlagIsSaidAtTheBottom() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = listener.get(5, TimeUnit.SECONDS);
            l.onLink(true, "fake", 0);
            l.onMessage(new ServerMessage.Welcome(1, "truce", "facilitator"));
            v.waitFor("The server did not take the teacher key");
        }
    }

    /**
     * C asks to close the selected room; while the question is open a class_state comes in without
     * that room (archived meanwhile), so the selection moves to another: Y closes the room the
     * question named, never the one selected now.
     */
    @Test
    @Timeout(30)
    void aControlActsOnTheRoomItsDialogNamedEvenIfTheSelectionMovedMeanwhile() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 1))));
            v.waitFor(CODES.get(1));
            v.key(KeyType.ArrowDown); // B3HNP selected
            v.key('c');
            v.waitFor("Close room " + CODES.get(1) + "?");
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1)))); // B3HNP left the list
            link.sent.clear();
            v.key('y');
            assertThat(next(ClientMessage.CloseRoom.class)).isEqualTo(new ClientMessage.CloseRoom(CODES.get(1), null));
        }
    }

    /**
     * ] ] quickly: the room passed over answers (its spectating, its state and chat) after the second
     * switch; none of it shows, not even until the room now watched answers.
     */
    @Test
    @Timeout(60)
    void aRoomPassedOverByAQuickSecondSwitchDoesNotShow() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            l.onMessage(new ServerMessage.ClassState(List.of(room(CODES.get(0), false, 1), room(CODES.get(1), false, 1),
                    room(CODES.get(2), false, 1))));
            v.waitFor("T9WZR");
            v.key(KeyType.Enter);
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("K7QXM", null));
            l.onMessage(new ServerMessage.Spectating("K7QXM", sc.info()));
            l.onMessage(new Table(sc, null, 6).state());
            v.waitFor("Esc Back");
            v.key(']');
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("B3HNP", null));
            v.key(']');
            assertThat(next(ClientMessage.Spectate.class)).isEqualTo(new ClientMessage.Spectate("T9WZR", null));
            // the room passed over answers first
            Table passed = new Table(sc, null, 6);
            l.onMessage(new ServerMessage.Spectating("B3HNP", sc.info()));
            l.onMessage(passed.state());
            passed.run(new Command.Say("RU", "all", "From the room passed over")).forEach(l::onMessage);
            l.onMessage(new ServerMessage.Notice("left", "You left room B3HNP"));
            v.app().guiThread().invokeAndWait(() -> { }); // all of it handled
            assertThat(v.app().model().room()).as("not the room passed over").isNull();
            assertThat(v.app().model().log()).isEmpty();
            Table last = new Table(sc, null, 6);
            l.onMessage(new ServerMessage.Spectating("T9WZR", sc.info()));
            l.onMessage(last.state());
            last.run(new Command.Say("US", "all", "From the room watched")).forEach(l::onMessage);
            assertThat(v.waitFor("From the room watched")).doesNotContain("passed over").doesNotContain("You left");
        }
    }

    private static RoomOverview withInjects(RoomOverview r, ServerParts.InjectStatus... injects) {
        return new RoomOverview(r.code(), r.scenario(), r.title(), r.phase(), r.round(), r.rounds(), r.pen(), false, r.deadline(),
                r.remainingMs(), r.seats(), null, Map.of(), List.of(injects), null, null, false);
    }

    /**
     * "All rooms" with no room's list to pick from: I offers the injects every room's scenario has
     * (by id; fired ones counted), and says plainly when there is none in common.
     */
    @Test
    @Timeout(30)
    void inAllRoomsModeAnInjectIsPickedFromThoseEveryRoomHas() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            var envoy = new ServerParts.InjectStatus("envoy", "US envoy: patience running out", null, null);
            var hubs = new ServerParts.InjectStatus("hubs", "Britain and France announce the hubs", null, null);
            var funding = new ServerParts.InjectStatus("funding", "Allies confirm funding", null, null);
            l.onMessage(new ServerMessage.ClassState(List.of(
                    withInjects(room(CODES.get(0), false, 1), envoy, hubs, new ServerParts.InjectStatus("funding", funding.title(), null, 1)),
                    withInjects(room(CODES.get(1), false, 1), funding, envoy))));
            v.waitFor("B3HNP");
            v.key('a');
            v.waitFor("ALL ROOMS");
            v.key('i');
            String list = v.waitFor("Which news in every room?");
            assertThat(list).contains("US envoy: patience running out").contains("✓ 1 of 2 rooms: Allies confirm funding")
                    .doesNotContain("announce the hubs").doesNotContain("Room 's");
            v.key(KeyType.ArrowDown).key(KeyType.Enter);
            assertThat(next(ClientMessage.Inject.class)).isEqualTo(new ClientMessage.Inject("all", "funding", null));

            l.onMessage(new ServerMessage.ClassState(List.of(withInjects(room(CODES.get(0), false, 1), hubs),
                    withInjects(room(CODES.get(1), false, 1), envoy))));
            v.waitFor("News injects: none fired yet, 1 ready");
            v.key('i');
            v.waitFor("No news inject is common to all rooms: press A, then pick one room.");
        }
    }

    @Test
    @Timeout(30)
    void anInjectIsPickedFromTheRoomsListAndASeatGoesToABotOfTheChosenStrategy() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        try (VirtualScreen v = console(listener)) {
            ConnectionListener l = welcomed(listener);
            RoomOverview r = room(CODES.get(0), false, 3);
            l.onMessage(new ServerMessage.ClassState(List.of(new RoomOverview(r.code(), r.scenario(), r.title(), r.phase(), r.round(), r.rounds(),
                    r.pen(), false, r.deadline(), r.remainingMs(), r.seats(), null, Map.of(),
                    List.of(new ServerParts.InjectStatus("envoy", "US envoy: patience running out", null, 2),
                            new ServerParts.InjectStatus("hubs", "Britain and France announce the hubs", 5, null)),
                    null, null, false))));
            v.waitFor("News fired: r2 US envoy: patience running out · 1 not fired (I fires one)");
            v.key('i');
            String list = v.waitFor("Fire a news inject");
            assertThat(list).contains("✓ r2     US envoy: patience running out").contains("auto r5  Britain and France announce the hubs");
            v.key(KeyType.ArrowDown).key(KeyType.Enter);
            assertThat(next(ClientMessage.Inject.class)).isEqualTo(new ClientMessage.Inject("K7QXM", "hubs", null));

            v.key('b');
            v.waitFor("Which seat in room K7QXM?");
            v.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.Enter); // the free Coalition seat
            v.waitFor("How should the bot play?");
            v.key(KeyType.ArrowDown).key(KeyType.Enter);
            assertThat(next(ClientMessage.SeatBot.class)).isEqualTo(new ClientMessage.SeatBot("K7QXM", "EU", "boulware", null));
        }
    }
}
