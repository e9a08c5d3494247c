package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;

/**
 * Issue 12's SSH door, end to end: the real server with its door on a free loopback port, players
 * at MINA's own SSH client with a PTY, the screens read through a small VT parser. A player comes
 * in, creates a room of bots, takes a seat, tables a draft, resizes the window and is redrawn,
 * then drops: the seat waits out its grace period, away, as a dropped TCP client's does.
 */
class SshDoorTest {
    private static final long WAIT = 15_000;

    @TempDir
    Path tmp;

    static TruceServer server(Path data) {
        ServerConfig cfg = ServerConfig.loopback(data).withBotDelayMs(0).withTurnSeconds(0).withVoteSeconds(0)
                .withGraceSeconds(3600); // the dropped seat stays away for the whole test
        return TruceServer.start(cfg);
    }

    /** F2, three rounds, no clocks, every seat a bot but the one {@code downs} lines below the vote clock. */
    static String createRoom(SshScreen s, int downsToSeat, boolean oneHumanOnly) throws Exception {
        s.waitFor("Connected.", WAIT);
        s.send(SshScreen.F2).waitFor("Seconds to write a draft", WAIT);
        s.send(SshScreen.DOWN).send("3").send(SshScreen.DOWN).send("0").send(SshScreen.DOWN).send("0");
        for (int i = 0; i < downsToSeat; i++) {
            s.send(SshScreen.DOWN);
        }
        s.send("b");
        if (!oneHumanOnly) {
            s.send(SshScreen.UP).send(SshScreen.LEFT); // the seat above back to human
        }
        s.waitFor(oneHumanOnly ? "Seats: 1 human, 5 bot" : "Seats: 2 human, 4 bot", WAIT);
        String seats = s.send(SshScreen.ENTER).waitFor("Ukraine         FREE", WAIT);
        Matcher code = Pattern.compile("Room ([A-Z0-9]{5})").matcher(seats);
        assertThat(code.find()).as("the room's code on:\n" + seats).isTrue();
        return code.group(1);
    }

    @Test
    @Timeout(60)
    void aPlayerOverSshTakesASeatTablesADraftIsRedrawnOnResizeAndDropsToGrace() throws Exception {
        try (TruceServer server = server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            assertThat(door.fingerprint()).startsWith("SHA256:");
            SshScreen ana = SshScreen.open(door.port(), "Ana", null, null, 80, 24);
            String lobby = ana.waitFor("Connected.", WAIT);
            assertThat(lobby).contains("TRUCE · Lobby").contains("Your name Ana");
            String room = createRoom(ana, 2, true);
            ana.send(SshScreen.ENTER); // the marker starts on Ukraine
            ana.waitFor("Ukraine (you)", WAIT);
            // the game starts at once: five bots; play until this seat has tabled a draft
            boolean tabled = false;
            while (!tabled) {
                String s = ana.waitUntil("the pen or a vote", t -> t.contains("E Edit draft") && t.contains("You hold the pen")
                        || t.contains("Your vote: A") && t.contains("A Accept") || t.contains("Accept it anyway?"), WAIT);
                if (s.contains("You hold the pen")) {
                    ana.send("e").waitFor("WRITE YOUR DRAFT", WAIT);
                    ana.send(SshScreen.RIGHT).send(SshScreen.ENTER).waitFor("Table this draft?", WAIT);
                    ana.send("y").waitFor("Your draft is on the table", WAIT);
                    tabled = true;
                } else if (s.contains("Accept it anyway?")) {
                    ana.send("y").waitForGone("Accept it anyway?", WAIT);
                } else {
                    ana.send("a").waitUntil("the vote counted", t -> !t.contains("Your vote: A") || t.contains("Accept it anyway?"), WAIT);
                }
            }
            // a bigger window: the table is laid out again for 100×30 (the key bar moves to the last row)
            ana.resize(100, 30);
            String big = ana.waitUntil("a redraw at 100×30", t -> t.lines().count() == 30 && !t.lines().skip(29).findFirst().orElse("").isBlank(), WAIT);
            assertThat(big).contains("Ukraine (you)");
            ana.resize(80, 24);
            ana.waitUntil("a redraw at 80×24", t -> !t.lines().skip(23).findFirst().orElse("").isBlank(), WAIT);

            // the client dies: the seat is away (its grace period), not left
            ana.kill();
            SshScreen eve = SshScreen.open(door.port(), "Eve", null, null, 80, 24);
            eve.waitFor(room, WAIT);
            eve.send(SshScreen.ENTER); // the focus starts on the room list: the only room
            String seats = eve.waitFor("Ana (away)", WAIT);
            assertThat(seats).contains("Room " + room);
            eve.close();
        }
    }
}
