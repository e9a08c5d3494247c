package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.TruceServer;

/**
 * The door's limits on one address and on sessions that hold a place without playing, on a clock
 * the test moves by hand ({@link SshDoor#watch} is then called as the door's ticker would).
 */
class SshLimitsTest {
    private static final long WAIT = 15_000;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void oneAddressHoldsAtMostItsShareOfSessions() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0).withPerAddress(2));
             SshScreen ana = SshScreen.open(door.port(), "Ana", null, null, 80, 24);
             SshScreen bo = SshScreen.open(door.port(), "Bo", null, null, 80, 24)) {
            ana.waitFor("Connected.", WAIT);
            assertThatThrownBy(() -> SshScreen.open(door.port(), "Cy", null, null, 80, 24)).isInstanceOf(Exception.class);
            bo.close();
            assertThat(bo.waitClosed(WAIT)).isTrue();
            awaitSessions(door, 1);
            try (SshScreen cy = SshScreen.open(door.port(), "Cy", null, null, 80, 24)) {
                cy.waitFor("Connected.", WAIT);
            }
        }
    }

    private static void awaitSessions(SshDoor door, int n) {
        long end = System.nanoTime() + WAIT * 1_000_000;
        while (door.sessions() > n) {
            assertThat(System.nanoTime()).as("sessions still open: " + door.sessions()).isLessThan(end);
            Thread.onSpinWait(); // MINA removes a closed session on its own thread
        }
    }

    @Test
    @Timeout(60)
    void aLoginThatOpensNoGameIsClosedAfterTenSeconds() throws Exception {
        AtomicLong clock = new AtomicLong(1_000 * SECOND);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0), clock::get);
             SshScreen playing = SshScreen.open(door.port(), "Ana", null, null, 80, 24)) {
            ClientSession idle = client.connect("bo", "127.0.0.1", door.port()).verify(Duration.ofSeconds(10)).getSession();
            idle.auth().verify(Duration.ofSeconds(10)); // ssh -N: logged in, no shell
            playing.waitFor("Connected.", WAIT);
            clock.addAndGet((SshDoor.NO_SHELL_SECONDS - 1) * SECOND);
            door.watch();
            assertThat(idle.isOpen()).as("still within its ten seconds").isTrue();
            clock.addAndGet(SECOND);
            door.watch();
            idle.waitFor(EnumSet.of(org.apache.sshd.client.session.ClientSession.ClientSessionEvent.CLOSED), Duration.ofSeconds(10));
            assertThat(idle.isOpen()).isFalse();
            assertThat(playing.isClosed()).as("a session with its game is not touched").isFalse();
        } finally {
            client.stop();
        }
    }

    @Test
    @Timeout(60)
    void aPlayerWhoTypesNothingForTheIdleTimeIsClosedWithOneLine() throws Exception {
        AtomicLong clock = new AtomicLong(1_000 * SECOND);
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0).withLimits(100, 600, 20), clock::get);
             SshScreen ana = SshScreen.open(door.port(), "Ana", null, null, 80, 24)) {
            ana.waitFor("Connected.", WAIT);
            clock.addAndGet(400 * SECOND);
            ana.send(SshScreen.F2).waitFor("Seconds to write a draft", WAIT); // a key, read at +400 s
            clock.addAndGet(400 * SECOND);
            door.watch();
            assertThat(ana.isClosed()).as("400 s since the last key").isFalse();
            clock.addAndGet(200 * SECOND);
            door.watch();
            assertThat(ana.waitClosed(WAIT)).isTrue();
            // the screen is restored first; this parser keeps no second buffer, so the line wraps after the last one drawn
            assertThat(ana.text().replace("\n", "")).contains("truce: closed after 600 seconds without a key pressed");
        }
    }
}
