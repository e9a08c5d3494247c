package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;

/**
 * Seats on lab machines where players share one OS account (one settings file), against the
 * real server: nobody slips into another's seat, a replaced or freed player sees what happened
 * and what to do, a spectator comes back after a restart, and the lobby's fields do their job.
 */
class SeatsOnSharedMachinesTest {
    @TempDir
    Path tmp;

    /** A room with bots in all but Ukraine's and Russia's seats; returns {code, facilitatorKey}. */
    private static String[] createRoom(RawClient t) throws Exception {
        Map<String, String> bots = Map.of("US", "default", "FR", "default", "UK", "default", "DE", "default");
        t.send(new ClientMessage.CreateRoom("paris-summit", bots, 4, 0, 0, "normal", 5L, 0));
        String line = t.until("\"room_created\"");
        return new String[] {line.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1"),
                line.replaceAll(".*\"facilitatorKey\":\"([^\"]+)\".*", "$1")};
    }

    private static VirtualScreen player(TruceServer server, Path settings, String name, String room) throws Exception {
        return Lobbies.open(server, settings, name, lobby -> {
            if (room != null) {
                lobby.goToRoom(room, null);
            }
        });
    }

    /** How many lines of the spectator's log end with {@code text}. */
    private static long chatLines(VirtualScreen v, String text) {
        return v.app().model().log().stream().filter(e -> e.text().endsWith(": " + text)).count();
    }

    private TruceServer start(int port) throws Exception {
        return TruceServer.start(ServerConfig.loopback(tmp.resolve("data")).withPort(port).withBotDelayMs(0)
                .withTurnSeconds(0).withVoteSeconds(0));
    }

    @Test
    @Timeout(60)
    void twoPlayersOnOneAccountKeepTheirOwnSeatsAndATakeoverIsAskedAndExplained() throws Exception {
        Path shared = tmp.resolve("shared/client.properties"); // one OS account: one settings file
        try (TruceServer server = start(0); RawClient teacher = new RawClient(server)) {
            String room = createRoom(teacher)[0];
            try (VirtualScreen ana = player(server, shared, "Ana", room)) {
                ana.waitFor("Ukraine         FREE", 5000);
                ana.key(KeyType.Enter);
                ana.waitFor("Ukraine (you)", 5000);

                // Ben, same account: Ana's token is not his; he sees the seats, Ana in hers, Russia free
                try (VirtualScreen ben = player(server, shared, "Ben", room)) {
                    String s = ben.waitFor("Ukraine         Ana", 5000);
                    assertThat(s).contains("▶ Russia          FREE").doesNotContain("(you)");
                    ben.key(KeyType.Enter);
                    ben.waitFor("Russia (you)", 5000);
                }
                assertThat(ana.text()).contains("Ukraine (you)").doesNotContain("join a room first");

                // Ana again in a second terminal: her token is found, but her seat is in use: she is asked
                try (VirtualScreen ana2 = player(server, shared, "Ana", room)) {
                    String s = ana2.waitFor("Take over your seat", 5000);
                    assertThat(s).contains("Your seat is in use").contains("(by Ana)").doesNotContain("hello");
                    assertThat(ana.text()).contains("Ukraine (you)");
                    ana2.key('y');
                    ana2.waitFor("Ukraine (you)", 5000);
                    // the first screen is told, over the room's seat choice
                    s = ana.waitFor("Your seat was taken over", 5000);
                    assertThat(s).contains("taken over by Ana");
                    ana.key(KeyType.Escape);
                    s = ana.waitFor("Room " + room, 5000);
                    assertThat(s).contains("Choose your seat").doesNotContain("(you)");
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void aFreedSeatIsExplainedAndTheSeatChoiceOffered() throws Exception {
        Path file = tmp.resolve("ana/client.properties");
        try (TruceServer server = start(0); RawClient teacher = new RawClient(server)) {
            String[] room = createRoom(teacher);
            try (VirtualScreen ana = player(server, file, "Ana", room[0])) {
                ana.waitFor("Ukraine         FREE", 5000);
                ana.key(KeyType.Enter);
                ana.waitFor("Ukraine (you)", 5000);
            }
            // the server may not have seen Ana's client go yet: ask until the seat is freed
            for (int i = 0; ; i++) {
                teacher.out.write("{\"type\":\"free_seat\",\"id\":\"f" + i + "\",\"room\":\"" + room[0]
                        + "\",\"party\":\"UA\",\"facilitatorKey\":\"" + room[1] + "\"}\n");
                teacher.out.flush();
                String reply = teacher.until("\"re\":\"f" + i + "\"");
                if (reply.contains("seat_freed")) {
                    break;
                }
                assertThat(reply).contains("player_present");
                assertThat(i).isLessThan(500);
            }
            try (VirtualScreen ana = player(server, file, "Ana", room[0])) {
                String s = ana.waitFor("Your seat is gone", 5000);
                assertThat(s).contains("facilitator of room " + room[0]).contains("choose a seat again")
                        .doesNotContain("typo");
                ana.key(KeyType.Escape);
                s = ana.waitFor("Choose your seat", 5000);
                assertThat(s).contains("Room " + room[0]);
            }
        }
    }

    @Test
    @Timeout(60)
    void aSpectatorWatchesAgainAfterTheServerRestarts() throws Exception {
        int port;
        String room;
        Path file = tmp.resolve("eve/client.properties");
        TruceServer first = start(0);
        port = first.address().getPort();
        try (RawClient teacher = new RawClient(first)) {
            room = createRoom(teacher)[0];
        }
        try (VirtualScreen eve = player(first, file, "Eve", room)) {
            eve.waitFor("Ukraine         FREE", 5000);
            eve.key('s');
            eve.waitFor("You are watching (spectator).", 5000);
            // two players sit down and talk: the spectator sees their public lines
            try (RawClient ua = new RawClient(first, "Olena"); RawClient ru = new RawClient(first, "Ivan")) {
                ua.send(new ClientMessage.Join(room, "UA"));
                ua.until("\"joined\"");
                ru.send(new ClientMessage.Join(room, "RU"));
                ru.until("\"joined\"");
                ua.send(new ClientMessage.Say("all", "Hello from Kyiv."));
                ru.send(new ClientMessage.Say("all", "Moscow listens."));
                eve.waitUntil("both lines", t -> chatLines(eve, "Hello from Kyiv.") == 1 && chatLines(eve, "Moscow listens.") == 1, 5000);
            }
            int before = eve.app().navigator().statesSeen();
            first.close();
            eve.waitFor("reconnecting", 5000);
            try (TruceServer again = start(port)) {
                // watching again: a fresh state of the room arrives (nothing else sends one to a bare connection); the
                // link is retried every few ms (Lobbies.quickRetries), so this waits for the server, not a reconnect delay
                eve.waitForGone("reconnecting", 10_000);
                eve.waitUntil("a fresh state", t -> eve.app().navigator().statesSeen() > before, 5000);
                assertThat(eve.text()).contains("You are watching (spectator).");
                // the server re-sent its recent chat with the state: each line is in the log once
                assertThat(chatLines(eve, "Hello from Kyiv.")).isEqualTo(1);
                assertThat(chatLines(eve, "Moscow listens.")).isEqualTo(1);
            }
        }
    }

    @Test
    @Timeout(40)
    void aNameTypedInTheLobbyCountsWithoutConnectAndEnterInTheCodeFieldJoins() throws Exception {
        try (TruceServer server = start(0); RawClient teacher = new RawClient(server)) {
            String room = createRoom(teacher)[0];
            try (VirtualScreen v = player(server, tmp.resolve("c/client.properties"), "Anna", null)) {
                v.waitFor("Connected.", 5000);
                // the cursor starts after the text: Backspace erases its end, typing appends
                v.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Backspace).type("e");
                v.waitFor("Anne", 2000);
                v.key(KeyType.Tab).type(room.toLowerCase()).key(KeyType.Enter);
                v.waitFor("Ukraine         FREE", 5000);
                v.key(KeyType.Enter);
                v.waitFor("Ukraine (you)", 5000);
                v.waitUntil("Anne in the seat", t -> v.app().model().state() != null
                        && "Anne".equals(v.app().model().state().seats().get(0).name()), 5000);
            }
            // a code no room has: said once the room list is in, not "looking for" forever
            try (VirtualScreen v = player(server, tmp.resolve("d/client.properties"), "Dee", "ZZZZZ")) {
                v.waitFor("No room ZZZZZ on this server (closed, ended, or mistyped)", 5000);
            }
        }
    }
}
