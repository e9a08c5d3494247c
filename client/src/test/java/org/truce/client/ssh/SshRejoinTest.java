package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.RejoinCode;
import org.truce.server.TruceServer;

/**
 * Coming back to an SSH seat: the door remembers seats per identity (the key's fingerprint when
 * the client proved a key, else the name), and the rejoin code shown when the seat was taken
 * works from anywhere, even for an identity that remembers nothing.
 */
class SshRejoinTest {
    private static final long WAIT = 15_000;
    private static final Pattern CODE = Pattern.compile("Your rejoin code: ([A-Z0-9]{5}-[A-Za-z0-9_-]{22})");

    @TempDir
    Path tmp;

    @Test
    void theRejoinCodeIsAPlainRoomCodeAndTokenPair() {
        RejoinCode c = RejoinCode.parse("  k7qxm-AbCdEfGhIjKlMnOpQrSt_-  ");
        assertThat(c).isEqualTo(new RejoinCode("K7QXM", "AbCdEfGhIjKlMnOpQrSt_-"));
        assertThat(c.toString()).isEqualTo("K7QXM-AbCdEfGhIjKlMnOpQrSt_-");
        assertThat(RejoinCode.parse("K7QXM")).as("a room code").isNull();
        assertThat(RejoinCode.parse("K7QXM-short")).isNull();
        assertThat(RejoinCode.parse(null)).isNull();
    }

    @Test
    @Timeout(60)
    void aKeyKeepsItsSeatAndTheRejoinCodeWorksFromAnotherMachine() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            KeyPair laptop = KeyPairGenerator.getInstance("EC").generateKeyPair();
            SshScreen ana = SshScreen.open(door.port(), "Ana", null, laptop, 80, 24);
            String room = SshDoorTest.createRoom(ana, 2, true);
            ana.send(SshScreen.ENTER);
            Matcher m = CODE.matcher(ana.waitUntil("the rejoin code", s -> CODE.matcher(s).find(), WAIT));
            assertThat(m.find()).isTrue();
            String code = m.group(1);
            assertThat(code).startsWith(room + "-");
            ana.kill();

            // the same key, the same name: the room's seats give the seat back
            ana = SshScreen.open(door.port(), "Ana", null, laptop, 80, 24);
            ana.waitFor(room, WAIT);
            ana.send(SshScreen.ENTER);
            ana.waitFor("Ukraine (you)", WAIT);
            assertThat(ana.text()).doesNotContain("Your rejoin code"); // shown when the seat was taken, not again
            ana.kill();

            // someone offers Ana's public key without its private half, then gets in another way (no class
            // password): they are "Ana" by name only, and the key's seats stay Ana's
            KeyPair forged = new KeyPair(laptop.getPublic(), KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate());
            Path players = tmp.resolve("data/ssh/players");
            assertThat(players.toFile().list()).as("Ana's key: one identity so far").hasSize(1);
            // what the door remembers for a student is theirs alone: owner-only, under the data dir
            assertThat(java.nio.file.Files.getPosixFilePermissions(players))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            try (var files = java.nio.file.Files.list(players)) {
                for (Path f : files.toList()) {
                    assertThat(java.nio.file.Files.getPosixFilePermissions(f))
                            .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                    assertThat(java.nio.file.Files.readString(f)).contains(room + ".UA.ana=" + code.substring(6)); // the seat, for this identity
                }
            }
            SshScreen mallory = SshScreen.open(door.port(), "Ana", null, forged, 80, 24);
            mallory.waitFor(room, WAIT);
            // nothing is remembered for a login that holds no seat: no file for the name, and Ana's key's file as it was
            assertThat(players.toFile().list()).as("no file for a login without a seat").hasSize(1);
            mallory.send(SshScreen.ENTER);
            assertThat(mallory.waitFor("Ana (away)", WAIT)).doesNotContain("(you)");
            mallory.close();

            // a lab machine without the key remembers nothing for Ana, but the code works there
            SshScreen lab = SshScreen.open(door.port(), "Ana", null, null, 80, 24);
            lab.waitFor(room, WAIT);
            lab.send("\033[Z").send("\033[Z"); // Shift+Tab twice: from the room list back to the Room code field
            lab.send(code).send(SshScreen.ENTER);
            lab.waitFor("Ukraine (you)", WAIT);
            lab.close();
        }
    }

    @Test
    @Timeout(60)
    void aNameAloneIsNotOfferedTheSeatWhileItsPlayerIsConnectedButTheRejoinCodeIs() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            SshScreen ana = SshScreen.open(door.port(), "Ana", null, null, 80, 24);
            String room = SshDoorTest.createRoom(ana, 2, true);
            ana.send(SshScreen.ENTER);
            Matcher m = CODE.matcher(ana.waitUntil("the rejoin code", s -> CODE.matcher(s).find(), WAIT));
            assertThat(m.find()).isTrue();
            String code = m.group(1);

            // Ana is still at the table: someone logging in as "Ana" gets the seats' list and a note, no offer
            try (SshScreen other = SshScreen.open(door.port(), "Ana", null, null, 80, 24)) {
                other.waitFor(room, WAIT);
                other.send(SshScreen.ENTER);
                String note = other.waitFor("type its rejoin code", WAIT);
                assertThat(note).doesNotContain("Take over");
                other.send(SshScreen.ESC);
                assertThat(ana.text()).contains("Ukraine (you)");
                other.waitForGone("type its rejoin code", WAIT);
                // the code typed in the lobby: now the takeover is offered
                other.send(SshScreen.ESC).waitFor("Room code", WAIT);
                other.send("\033[Z").send("\033[Z").send(code).send(SshScreen.ENTER);
                other.waitFor("Take over your seat", WAIT);
                other.send("y").waitFor("Ukraine (you)", WAIT);
                ana.waitFor("Your seat was taken over", WAIT);
            }
            ana.close();
        }
    }
}
