package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.EngineServer;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * Esc at the table on a real server: a spectator goes back to the lobby (and can watch another
 * room), a player whose room still waits for players may give the seat up; a game in progress
 * (and the solo game, which has no lobby) keeps the seat. The help follows the role.
 */
class TableEscTest {
    @TempDir
    Path tmp;

    /** F2 and Enter: a room with every seat for a human; returns its code (the screen shows its seats). */
    private static String createRoom(VirtualScreen v) throws Exception {
        v.key(KeyType.F2);
        v.waitFor("Seconds to write a draft"); // the dialog: the lobby's button says "Create a room" too
        v.key(KeyType.Enter);
        Matcher code = Pattern.compile("TRUCE · Room ([A-Z0-9]{5})").matcher(v.waitFor("Ukraine         FREE", 5000));
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    /** Server field → Connect → name → Room code, type the code, Enter. */
    private static void openRoom(VirtualScreen v, String code) throws Exception {
        v.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type(code).key(KeyType.Enter);
        v.waitFor("TRUCE · Room " + code, 5000);
    }

    /** Back in the lobby the Room code field still has the focus and the last code: a new one replaces it. */
    private static void openAnotherRoom(VirtualScreen v, String code) throws Exception {
        for (int i = 0; i < 5; i++) {
            v.key(KeyType.Backspace);
        }
        v.type(code).key(KeyType.Enter);
        v.waitFor("TRUCE · Room " + code, 5000);
    }

    @Test
    @Timeout(60)
    void aSpectatorsEscGoesBackToTheLobbyAndTheTeacherCanWatchAnotherRoom() throws Exception {
        ServerConfig cfg = ServerConfig.loopback(tmp.resolve("data")).withBotDelayMs(0);
        try (TruceServer server = TruceServer.start(cfg);
             VirtualScreen ana = Lobbies.connected(server, tmp.resolve("ana.properties"), "Ana");
             VirtualScreen teacher = Lobbies.connected(server, tmp.resolve("teacher.properties"), "Teacher")) {
            String first = createRoom(ana);
            ana.key(KeyType.Escape).waitFor("TRUCE · Lobby");
            String second = createRoom(ana);

            openRoom(teacher, first);
            teacher.key('s');
            String s = teacher.waitFor("You are watching (spectator).", 5000);
            assertThat(s).contains("Esc Lobby").doesNotContain("T Talk");
            // the help is a spectator's: what the screen shows, no player's keys
            teacher.key('?');
            s = teacher.waitFor("WATCHING A TABLE");
            assertThat(s).contains("Esc  stop watching").doesNotContain("A  accept").doesNotContain("Right:");
            teacher.key(KeyType.Escape).waitForGone("WATCHING A TABLE", 5000);

            teacher.key(KeyType.Escape);
            teacher.waitFor("TRUCE · Lobby", 5000);
            assertThat(teacher.app().model().room()).isNull();
            // the server let go of the first room: watching another is not refused ("already in room …")
            openAnotherRoom(teacher, second);
            teacher.key('s');
            s = teacher.waitFor("You are watching (spectator).", 5000);
            assertThat(s).doesNotContain("already in room");
            assertThat(teacher.app().model().room()).isEqualTo(second);
        }
    }

    @Test
    @Timeout(60)
    void aPlayerInARoomStillWaitingMayGiveTheSeatUpWithEsc() throws Exception {
        ServerConfig cfg = ServerConfig.loopback(tmp.resolve("data")).withBotDelayMs(0);
        try (TruceServer server = TruceServer.start(cfg);
             VirtualScreen ana = Lobbies.connected(server, tmp.resolve("ana.properties"), "Ana")) {
            String room = createRoom(ana);
            ana.key(KeyType.Enter); // the marker starts on the first free seat
            String s = ana.waitFor("waiting for the seats to fill", 5000);
            assertThat(s).contains("Esc Leave seat");
            assertThat(ana.app().seats().token(room)).isNotNull();
            ana.key('?');
            s = ana.waitFor("THE NEGOTIATION TABLE");
            assertThat(s).contains("Below it: the votes").doesNotContain("Right:");
            ana.key(KeyType.Escape).waitForGone("THE NEGOTIATION TABLE", 5000);

            ana.key(KeyType.Escape);
            ana.waitFor("Leave your seat in room " + room + "?");
            ana.key('n').waitForGone("Leave your seat in room", 5000);
            assertThat(ana.app().model().party()).isNotNull(); // No keeps the seat

            ana.key(KeyType.Escape);
            ana.waitFor("Leave your seat in room " + room + "?");
            ana.key('y');
            // the server freed the seat: the room's seats show it free again, to choose anew
            s = ana.waitFor("TRUCE · Room " + room, 5000);
            ana.waitUntil("Ukraine free again", t -> t.contains("Ukraine         FREE"), 5000);
            assertThat(ana.app().model().party()).isNull();
            assertThat(ana.app().seats().token(room)).as("the revoked token is forgotten").isNull();
            ana.key(KeyType.Escape).waitFor("TRUCE · Lobby");
        }
    }

    @Test
    @Timeout(60)
    void aGameInProgressKeepsTheSeatOnEsc() throws Exception {
        ServerConfig cfg = ServerConfig.loopback(tmp.resolve("data")).withBotDelayMs(0);
        try (TruceServer server = TruceServer.start(cfg);
             VirtualScreen ana = Lobbies.connected(server, tmp.resolve("ana.properties"), "Ana")) {
            ana.key(KeyType.F2);
            ana.waitFor("Seconds to write a draft"); // the dialog: the lobby's button says "Create a room" too
            for (int i = 0; i < 5; i++) {
                ana.key(KeyType.ArrowDown); // down to the Ukraine seat
            }
            ana.key('b'); // every other seat a bot: the game starts once Ana sits
            ana.waitFor("Seats: 1 human, 5 bot");
            ana.key(KeyType.Enter);
            ana.waitFor("Ukraine         FREE", 5000);
            ana.key(KeyType.Enter);
            String s = ana.waitFor("Round 1 of", 10_000);
            assertThat(s).doesNotContain("Esc Leave seat").contains("Q Quit");
            ana.key(KeyType.Escape).key('h'); // Esc does nothing; H (the drafts) shows the keys were read
            s = ana.waitFor("Drafts so far");
            assertThat(s).doesNotContain("Leave your seat");
            assertThat(ana.app().model().party()).isEqualTo("UA");
            ana.key(KeyType.Escape).waitForGone("Drafts so far", 5000);
            ana.key('?');
            ana.waitFor("THE NEGOTIATION TABLE");
            for (int i = 0; i < 20; i++) {
                ana.key(KeyType.ArrowDown); // down to the key list, below the dialog's first page
            }
            assertThat(ana.waitFor("your seat stays yours")).contains("quits Truce and the seat waits for your return");
        }
    }

    @Test
    @Timeout(30)
    void theSoloTableHasNoLobbyToGoBackTo() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        SoloFlow.Options opts = new SoloFlow.Options("UA", "normal", 3L, 6, 0, 0, 0);
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> new SoloFlow(app, sc.info(), opts,
                EngineServer.connector(sc)).begin())) {
            String s = v.waitFor("You hold the pen", 15_000);
            assertThat(s).doesNotContain("Esc");
            v.key(KeyType.Escape).key('h');
            s = v.waitFor("Drafts so far");
            assertThat(s).doesNotContain("Leave your seat");
            v.key(KeyType.Escape).waitForGone("Drafts so far", 5000);
            v.key('?');
            assertThat(v.waitFor("THE NEGOTIATION TABLE")).doesNotContain("leave your seat");
        }
    }
}
