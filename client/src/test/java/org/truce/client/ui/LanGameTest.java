package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * Issue 4's LAN game, headless: the real server on 127.0.0.1, two players in two 80×24 terminals
 * who come in through the lobby as {@code truce join} does, four bots, and a spectator. Player one
 * creates the room with F2 (Ukraine and Russia human, three rounds, no clocks); both take their
 * seats and play by keystrokes to the debrief. Round 1: Russia rejects Ukraine's draft; round 2:
 * Ukraine rejects Russia's; round 3: both accept the bot's draft.
 */
class LanGameTest {
    private static final long SEED = 11L;
    private static final Pattern ROUND = Pattern.compile("Round (\\d) of 3");
    /** Text that only a seat's own brief puts on the table screen. */
    private static final List<String> BRIEF_MARKS = List.of("no deal now", "gives/max", "your brief: B", "Your brief", "(you)");

    @TempDir
    Path tmp;

    private static VirtualScreen lobby(TruceServer server, Path settingsFile, String name) throws Exception {
        String addr = server.address().getHostString() + ":" + server.address().getPort();
        return new VirtualScreen(80, 24, app -> {
            // what `truce join HOST:PORT --name NAME --seed N` does
            app.roomSeed(SEED);
            // the app's clock stands still: no room list is polled on the real 5 s period, so none asked before a
            // seat was taken can arrive late (the lists come from the asks of the screens the test opens)
            app.clock(() -> 0L);
            LobbyWindow lobby = new LobbyWindow(app, new ClientSettings(settingsFile), addr, name);
            app.showMain(lobby);
            lobby.connect(a -> { });
        });
    }

    /** Lobby → Room code field → Join by code. */
    private static String openRoom(VirtualScreen v, String code) throws Exception {
        v.waitFor("Connected.", 5000);
        v.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type(code).key(KeyType.Tab).key(KeyType.Enter);
        return v.waitFor("Room " + code, 5000);
    }

    @Test
    @Timeout(60)
    void twoHumansFourBotsAndASpectatorPlayAWholeGameThroughTheLobby() throws Exception {
        ScenarioInfo info = ScenarioLoader.builtIn("paris-summit").info();
        ServerConfig cfg = ServerConfig.loopback(tmp.resolve("data")).withBotDelayMs(0).withTurnSeconds(0).withVoteSeconds(0);
        try (TruceServer server = TruceServer.start(cfg);
             VirtualScreen ana = lobby(server, tmp.resolve("ana/client.properties"), "Ana");
             VirtualScreen boris = lobby(server, tmp.resolve("boris/client.properties"), "Boris");
             VirtualScreen eve = lobby(server, tmp.resolve("eve/client.properties"), "Eve")) {

            // player one: F2, three rounds, no clocks, Ukraine and Russia human, every other seat a bot
            ana.waitFor("Connected.", 5000);
            ana.key(KeyType.F2);
            ana.waitFor("Seconds to write a draft"); // the dialog: the lobby's button says "Create a room" too
            ana.key(KeyType.ArrowDown).type("3");                                   // rounds
            ana.key(KeyType.ArrowDown).type("0");                                   // turn: no clock
            ana.key(KeyType.ArrowDown).type("0");                                   // vote: no clock
            ana.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowDown); // Russia seat
            ana.key('b');                                                           // all bots but Russia
            ana.key(KeyType.ArrowUp).key(KeyType.ArrowLeft);                        // Ukraine back to human
            String s = Dump.save("lan-create", ana.waitFor("Seats: 2 human, 4 bot"));
            assertThat(s).contains("◀ 3 ").contains("◀ no clock").containsPattern("Ukraine +◀").containsPattern("United States +◀");
            ana.key(KeyType.Enter);
            s = ana.waitFor("Ukraine         FREE", 5000);
            Matcher code = Pattern.compile("Room ([A-Z0-9]{5})").matcher(s);
            assertThat(code.find()).isTrue();
            String room = code.group(1);
            assertThat(s).contains("Russia          FREE").contains("bot (default)");
            ana.key(KeyType.Enter);                                                 // the marker starts on Ukraine
            s = ana.waitFor("waiting for the seats to fill", 5000);

            // the spectator comes in before the game starts and watches it all
            openRoom(eve, room);
            eve.waitFor("Ukraine         Ana", 5000);
            eve.key('s');
            s = eve.waitFor("You are watching (spectator).", 5000);
            assertNoBrief(s);

            // player two sees player one in the seats and takes Russia, the first free seat
            s = Dump.save("lan-seats", openRoom(boris, room));
            if (!s.contains("Ukraine         Ana")) {
                s = boris.waitFor("Ukraine         Ana", 5000);
            }
            assertThat(s).contains("▶ Russia          FREE");
            boris.key(KeyType.Enter);
            boris.waitFor("Russia (you)", 5000);

            boolean sawRound1Summary = false;
            boolean sawRound2Summary = false;
            boolean anaPenned = false;
            boolean borisPenned = false;
            // no deadline of its own: each step waits for what it needs, and the test's timeout catches a game that hangs
            while (!(ana.text().contains("DEBRIEF") && boris.text().contains("DEBRIEF") && eve.text().contains("DEBRIEF"))) {
                long mark = VirtualScreen.flushMark();
                String e = eve.text();
                if (!e.contains("DEBRIEF")) {
                    assertNoBrief(e);
                    assertThat(eve.app().model().brief()).isNull();
                }
                String a = ana.text();
                if (a.contains("✗ Round 1: your draft was rejected by")) {
                    assertThat(line(a, "✗ Round 1")).contains("RU");
                    sawRound1Summary = true;
                }
                String b = boris.text();
                if (b.contains("✗ Round 2: your draft was rejected by")) {
                    assertThat(line(b, "✗ Round 2")).contains("UA");
                    sawRound2Summary = true;
                }
                anaPenned |= act(ana, a, 2);
                borisPenned |= act(boris, b, 1);
                VirtualScreen.awaitFlushSince(mark, 1000); // the next change of any screen (the mark was taken before reading:
                                                           // none is missed; the bound only re-checks, it fails nothing)
            }
            assertThat(anaPenned).as("Ukraine held the pen").isTrue();
            assertThat(borisPenned).as("Russia held the pen").isTrue();
            assertThat(sawRound1Summary).as("Ukraine saw who rejected its draft").isTrue();
            assertThat(sawRound2Summary).as("Russia saw who rejected its draft").isTrue();

            checkDebrief(ana, info, "Ukraine", "lan-debrief-ana");
            checkDebrief(boris, info, "Russia", "lan-debrief-boris");
            checkDebrief(eve, info, null, "lan-debrief-spectator");
        }
    }

    /** Plays one keystroke step if this player has something to do; true if it tabled a draft. */
    private static boolean act(VirtualScreen v, String screen, int rejectInRound) throws Exception {
        if (screen.contains("DEBRIEF")) {
            return false;
        }
        if (screen.contains("You hold the pen") && screen.contains("E Edit draft")) {
            v.key('e');
            v.waitFor("WRITE YOUR DRAFT");
            v.key(KeyType.ArrowRight).key(KeyType.Enter);
            v.waitFor("Table this draft?");
            v.key('y');
            // the table again, once the server has the draft (the editor closing alone is not it)
            v.waitFor("Your draft is on the table", 5000);
            return true;
        }
        if (screen.contains("Accept it anyway?")) {
            v.key('y'); // the draft crosses one of this party's red lines: accept all the same
            v.waitForGone("Accept it anyway?", 5000);
            return false;
        }
        if (screen.contains("Your vote: A") && screen.contains("A Accept")) {
            Matcher m = ROUND.matcher(screen);
            int round = m.find() ? Integer.parseInt(m.group(1)) : 0;
            v.key(round == rejectInRound ? 'r' : 'a');
            waitForEither(v, "Accept it anyway?", "Your vote: A");
        }
        return false;
    }

    /** Waits until the screen shows {@code shown} or no longer shows {@code gone}. */
    private static void waitForEither(VirtualScreen v, String shown, String gone) throws InterruptedException {
        v.waitUntil("the vote registered", s -> s.contains(shown) || !s.contains(gone), 5000);
    }

    private static void assertNoBrief(String screen) {
        for (String mark : BRIEF_MARKS) {
            assertThat(screen).as("a spectator's screen before the end").doesNotContain(mark);
        }
    }

    private static String line(String screen, String start) {
        return screen.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    /** Outcome page: every party and its score; briefs page: all six briefs, one by one. */
    private static void checkDebrief(VirtualScreen v, ScenarioInfo info, String me, String dump) throws Exception {
        String s = Dump.save(dump, v.waitFor("DEBRIEF", 10_000));
        assertThat(s).contains("score");
        for (Party p : info.parties()) {
            String row = s.lines().filter(l -> l.contains(p.name()) && l.matches(".*[+−-]\\d+\\.\\d\\d\\s*$")).findFirst()
                    .orElseThrow(() -> new AssertionError("no score line for " + p.name() + " in:\n" + s));
            assertThat(row).isNotBlank();
        }
        if (me != null) {
            assertThat(s).contains(me + " (you)");
        } else {
            assertThat(s).doesNotContain("(you)");
        }
        v.key('3');
        List<String> seen = new ArrayList<>();
        int first = me == null ? 0 : info.partyIndex(info.parties().stream().filter(p -> p.name().equals(me)).findFirst().orElseThrow().id());
        for (int i = 0; i < info.parties().size(); i++) {
            int k = (first + i) % info.parties().size();
            String page = v.waitFor("◀ " + (k + 1) + "/6 ▶");
            String name = info.parties().get(k).name().toUpperCase(Locale.ROOT);
            assertThat(page).contains(name);
            seen.add(name);
            v.key(KeyType.ArrowRight);
        }
        assertThat(seen).hasSize(6).doesNotHaveDuplicates();
    }
}
