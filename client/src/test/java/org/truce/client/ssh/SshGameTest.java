package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.TruceServer;

/**
 * Issue 12's whole game over SSH: two players at MINA's SSH client and four bots play three rounds
 * to the debrief. Halfway, Russia's client is killed; its player logs in again under the same name,
 * opens the room and is back in the seat (the door remembered it for that name), and the game ends.
 */
class SshGameTest {
    private static final long WAIT = 15_000;
    private static final Pattern ROUND = Pattern.compile("Round (\\d) of 3");

    @TempDir
    Path tmp;

    @Test
    @Timeout(90)
    void twoSshPlayersAndFourBotsFinishAndAKilledPlayerGetsTheSeatBack() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            SshScreen ana = SshScreen.open(door.port(), "Ana", null, null, 80, 24);
            String room = SshDoorTest.createRoom(ana, 3, false); // Ukraine and Russia human
            ana.send(SshScreen.ENTER).waitFor("waiting for the seats to fill", WAIT);

            SshScreen boris = joinAsRussia(door.port(), room, true);
            boolean killed = false;
            boolean anaPenned = false;
            boolean borisPenned = false;
            while (!(ana.text().contains("DEBRIEF") && boris.text().contains("DEBRIEF"))) {
                long mark = SshScreen.mark();
                String b = boris.text();
                if (!killed && b.contains("Round 2 of 3")) {
                    // the client dies mid-game; the player logs in again under the same name
                    boris.kill();
                    killed = true;
                    boris = joinAsRussia(door.port(), room, false);
                    continue;
                }
                anaPenned |= act(ana, ana.text(), 2);
                borisPenned |= act(boris, b, 1);
                SshScreen.awaitChangeSince(mark, 1000);
            }
            assertThat(killed).as("Russia's client was killed mid-game").isTrue();
            assertThat(anaPenned).isTrue();
            assertThat(borisPenned).isTrue();
            assertThat(ana.waitFor("DEBRIEF", WAIT)).contains("Ukraine (you)");
            assertThat(boris.waitFor("DEBRIEF", WAIT)).contains("Russia (you)");
            ana.close();
            boris.close();
        }
    }

    /** Boris logs in, opens the room from the list; the first time he takes Russia, the second he is back in it. */
    private static SshScreen joinAsRussia(int port, String room, boolean first) throws Exception {
        SshScreen boris = SshScreen.open(port, "Boris", null, null, 80, 24);
        boris.waitFor(room, WAIT);
        boris.send(SshScreen.ENTER); // the focus starts on the room list: the only room
        if (first) {
            boris.waitFor("▶ Russia          FREE", WAIT);
            boris.send(SshScreen.ENTER);
        }
        boris.waitFor("Russia (you)", WAIT);
        return boris;
    }

    /** Plays one keystroke step if this player has something to do; true if it tabled a draft. */
    private static boolean act(SshScreen v, String screen, int rejectInRound) throws Exception {
        if (screen.contains("DEBRIEF")) {
            return false;
        }
        if (screen.contains("You hold the pen") && screen.contains("E Edit draft")) {
            v.send("e").waitFor("WRITE YOUR DRAFT", WAIT);
            v.send(SshScreen.RIGHT).send(SshScreen.ENTER).waitFor("Table this draft?", WAIT);
            v.send("y").waitFor("Your draft is on the table", WAIT);
            return true;
        }
        if (screen.contains("Accept it anyway?")) {
            v.send("y").waitForGone("Accept it anyway?", WAIT);
            return false;
        }
        if (screen.contains("Your vote: A") && screen.contains("A Accept")) {
            Matcher m = ROUND.matcher(screen);
            int round = m.find() ? Integer.parseInt(m.group(1)) : 0;
            v.send(round == rejectInRound ? "r" : "a");
            v.waitUntil("the vote registered", s -> s.contains("Accept it anyway?") || !s.contains("Your vote: A"), WAIT);
        }
        return false;
    }
}
