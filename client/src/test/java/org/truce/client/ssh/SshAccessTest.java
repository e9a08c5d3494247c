package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.TruceServer;

/**
 * Who gets in through the SSH door and what they get: the game only (no exec, no SFTP, no session
 * without a terminal), names checked like any player's, the class password, the teacher's console
 * behind the teacher key, public keys as they come; the host key kept owner-only and reused.
 */
class SshAccessTest {
    private static final long WAIT = 15_000;

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void onlyTheGameNamesCheckedAndTheHostKeyKept() throws Exception {
        Path data = tmp.resolve("data");
        String first;
        try (TruceServer server = SshDoorTest.server(data);
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            first = door.fingerprint();
            assertThat(first).startsWith("SHA256:");
            // a name the game refuses: one line on the screen, then the session ends with status 2
            try (SshScreen bad = SshScreen.open(door.port(), "x".repeat(40), null, null, 80, 24)) {
                String line = bad.waitFor("(it has 40).", WAIT).replace("\n", "");
                assertThat(line.strip()).isEqualTo("truce: the SSH user name is your name at the table: "
                        + "Your name must be at most 32 characters (it has 40).");
                assertThat(bad.waitClosed(WAIT)).isTrue();
            }
            SshClient client = SshClient.setUpDefaultClient();
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession s = client.connect("ana", "127.0.0.1", door.port()).verify(Duration.ofSeconds(10)).getSession()) {
                s.auth().verify(Duration.ofSeconds(10)); // no class password: in at once
                // no exec: one line on stderr, status 2, nothing run
                try (ClientChannel exec = s.createExecChannel("id")) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
                    exec.setOut(out);
                    exec.setErr(err);
                    exec.open().verify(Duration.ofSeconds(10));
                    exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
                    assertThat(exec.getExitStatus()).isEqualTo(2);
                    assertThat(out.size()).isZero();
                    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                            .isEqualTo("truce: only the game is served here: connect with ssh -p PORT NAME@HOST and no command\r\n");
                }
                // no SFTP: the server closes the channel at once, nothing ran
                try (ClientChannel sftp = s.createSubsystemChannel("sftp")) {
                    sftp.open().verify(Duration.ofSeconds(10));
                    assertThat(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10)))
                            .contains(ClientChannelEvent.CLOSED);
                    assertThat(sftp.getExitStatus()).isNull();
                }
                // no port forwarding: a direct-tcpip channel to the server's own game port is refused
                org.apache.sshd.client.channel.ChannelDirectTcpip tunnel = s.createDirectTcpipChannel(
                        new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", 0),
                        new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", server.address().getPort()));
                assertThatThrownBy(() -> tunnel.open().verify(Duration.ofSeconds(10))).isInstanceOf(Exception.class);
            }
            // a shell without a terminal: one line, nothing else
            try (ClientSession s = client.connect("ana", "127.0.0.1", door.port()).verify(Duration.ofSeconds(10)).getSession()) {
                s.auth().verify(Duration.ofSeconds(10));
                ChannelShell shell = s.createShellChannel();
                shell.setUsePty(false);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                shell.setOut(out);
                shell.setErr(out);
                shell.open().verify(Duration.ofSeconds(10));
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
                assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                        "truce: the game needs a terminal: connect with ssh -t (no command after the address)\r\n");
                assertThat(shell.getExitStatus()).isEqualTo(2);
            }
            // a terminal that cannot move its cursor: one line, as `truce join` says it
            try (ClientSession s = client.connect("ana", "127.0.0.1", door.port()).verify(Duration.ofSeconds(10)).getSession()) {
                s.auth().verify(Duration.ofSeconds(10));
                ChannelShell shell = s.createShellChannel();
                shell.setPtyType("dumb");
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                shell.setOut(out);
                shell.open().verify(Duration.ofSeconds(10));
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
                assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo("truce: this terminal (TERM=dumb) cannot draw the game's screens\r\n");
                assertThat(shell.getExitStatus()).isEqualTo(2);
            }
            client.stop();
            Path key = data.resolve("ssh/host-key");
            assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(key.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
        // a restart keeps the host key: the join sheet's fingerprint stays right
        try (TruceServer server = SshDoorTest.server(data);
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            assertThat(door.fingerprint()).isEqualTo(first);
        }
    }

    @Test
    @Timeout(60)
    void theClassPasswordTheTeacherKeyAndPublicKeys() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0).withClassPassword("blue-river"))) {
            int port = door.port();
            assertThatThrownBy(() -> SshScreen.open(port, "ana", null, null, 80, 24)).isInstanceOf(Exception.class);
            assertThatThrownBy(() -> SshScreen.open(port, "ana", "wrong", null, 80, 24)).isInstanceOf(Exception.class);
            // a key alone is not the class password
            KeyPair key = KeyPairGenerator.getInstance("EC").generateKeyPair();
            assertThatThrownBy(() -> SshScreen.open(port, "ana", null, key, 80, 24)).isInstanceOf(Exception.class);
            try (SshScreen ana = SshScreen.open(port, "ana", "blue-river", key, 80, 24)) {
                assertThat(ana.waitFor("Connected.", WAIT)).contains("Your name ana");
            }
            // the teacher: only with the teacher key, never with the class password or a key
            String teacherKey = server.config().teacherKey();
            assertThatThrownBy(() -> SshScreen.open(port, "teacher", "blue-river", null, 80, 24)).isInstanceOf(Exception.class);
            assertThatThrownBy(() -> SshScreen.open(port, "teacher", null, key, 80, 24)).isInstanceOf(Exception.class);
            try (SshScreen teacher = SshScreen.open(port, "teacher", teacherKey, null, 80, 24)) {
                assertThat(teacher.waitFor("No rooms on the server yet", WAIT)).doesNotContain("did not take the teacher key");
            }
        }
        // without a class password a key is accepted as it comes
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data2"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            KeyPair key = KeyPairGenerator.getInstance("EC").generateKeyPair();
            try (SshScreen ben = SshScreen.open(door.port(), "ben", null, key, 80, 24)) {
                ben.waitFor("Connected.", WAIT);
            }
        }
    }

    @Test
    @Timeout(60)
    void theDoorRefusesASessionBeyondItsMaximumAndOneSessionsEndFreesItsPlace() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0).withLimits(1, 1800, 20))) {
            try (SshScreen ana = SshScreen.open(door.port(), "ana", null, null, 80, 24)) {
                ana.waitFor("Connected.", WAIT);
                assertThatThrownBy(() -> SshScreen.open(door.port(), "ben", null, null, 80, 24)).isInstanceOf(Exception.class);
                ana.waitFor("Connected.", WAIT); // the refusal did not touch the session already in
            }
            // the place is free once the server has seen the first session go (it notices asynchronously)
            SshScreen ben = null;
            while (ben == null) {
                try {
                    ben = SshScreen.open(door.port(), "ben", null, null, 80, 24);
                } catch (Exception refusedWhileClosing) {
                    Thread.onSpinWait();
                }
            }
            ben.waitFor("Connected.", WAIT);
            ben.close();
        }
    }
}
