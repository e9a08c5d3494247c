package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.TruceServer;

/**
 * What an attacker's SSH client tried against the door: huge terminal sizes (by the PTY request, a
 * window change or OpenSSH's SetEnv), sessions closed as soon as they open, names that pose as the
 * teacher's, an empty TERM.
 */
class SshHardeningTest {
    private static final long WAIT = 15_000;
    private static final Pattern CURSOR = Pattern.compile("\u001b\\[(\\d+);(\\d+)H");

    @TempDir
    Path tmp;
    private SshClient client;

    @BeforeEach
    void client() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() {
        client.stop();
    }

    private ClientSession login(int port, String user) throws Exception {
        ClientSession s = client.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(10)).getSession();
        s.auth().verify(Duration.ofSeconds(10));
        return s;
    }

    /** Everything a channel received (raw, and drawn on a grid of the largest size), to wait on. */
    private static final class Received extends ByteArrayOutputStream {
        private final VtGrid grid = new VtGrid(GameChannel.MAX_COLUMNS, GameChannel.MAX_ROWS);

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            grid.feed(b, off, len);
            notifyAll();
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        /** The bytes after {@code from}, as text. */
        synchronized String since(int from) {
            return new String(toByteArray(), from, size() - from, StandardCharsets.UTF_8);
        }

        /** Waits until {@code done} holds; returns the raw text after {@code from}. */
        synchronized String waitUntil(int from, String what, java.util.function.Predicate<Received> done) throws InterruptedException {
            long end = System.nanoTime() + WAIT * 1_000_000;
            while (!done.test(this)) {
                long left = (end - System.nanoTime()) / 1_000_000;
                assertThat(left).as("waiting for " + what + " on:\n" + grid.text()).isPositive();
                wait(left);
            }
            return since(from);
        }

        /** Waits until the screen shows {@code what}. */
        String waitFor(String what) throws InterruptedException {
            return waitUntil(0, what, r -> r.grid.text().contains(what));
        }
    }

    /** The furthest row and column the screen moved its cursor to in {@code s}. */
    private static int[] furthest(String s) {
        int[] rc = {0, 0};
        Matcher m = CURSOR.matcher(s);
        while (m.find()) {
            rc[0] = Math.max(rc[0], Integer.parseInt(m.group(1)));
            rc[1] = Math.max(rc[1], Integer.parseInt(m.group(2)));
        }
        return rc;
    }

    @Test
    @Timeout(60)
    void hugeTerminalSizesAreCappedAndSetEnvCannotOverrideThePty() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            ClientSession s = login(door.port(), "ana");
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(9000);
            shell.setPtyLines(9000);
            // OpenSSH's SetEnv: sent after the PTY request; the PTY's size and type stand
            shell.setEnv("COLUMNS", "2000000000");
            shell.setEnv("LINES", "2000000000");
            shell.setEnv("TERM", "dumb");
            Received out = new Received();
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(Duration.ofSeconds(10));
            String first = out.waitFor("Connected.");
            assertThat(furthest(first)).as("500×200 at most").satisfies(rc -> {
                assertThat(rc[0]).isBetween(100, GameChannel.MAX_ROWS);
                assertThat(rc[1]).isLessThanOrEqualTo(GameChannel.MAX_COLUMNS);
            });
            // a window change to a small window, then to the largest a 32-bit field can say
            int mark = out.size();
            shell.sendWindowChange(100, 30);
            out.waitUntil(mark, "a redraw for 30 rows", r -> furthest(r.since(mark))[0] == 30);
            int mark2 = out.size();
            shell.sendWindowChange(Integer.MAX_VALUE, Integer.MAX_VALUE);
            String big = out.waitUntil(mark2, "a redraw for more rows", r -> furthest(r.since(mark2))[0] > 30);
            assertThat(furthest(big)[0]).isLessThanOrEqualTo(GameChannel.MAX_ROWS);
            assertThat(furthest(big)[1]).isLessThanOrEqualTo(GameChannel.MAX_COLUMNS);
            // the server is still everyone's
            try (SshScreen bo = SshScreen.open(door.port(), "Bo", null, null, 80, 24)) {
                assertThat(bo.waitFor("Connected.", WAIT)).contains("Your name Bo");
            }
            s.close(true);
        }
    }

    @Test
    @Timeout(120)
    void sessionsClosedAsSoonAsTheyOpenLeaveNoThreadAndNoConnection() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0).withLimits(100, 1800, 1000))) {
            // one full session first: every kind of thread has been made once
            try (SshScreen warm = SshScreen.open(door.port(), "Warm", null, null, 80, 24)) {
                warm.waitFor("Connected.", WAIT);
            }
            awaitGone(Set.of());
            int baseline = server.connections();
            Set<Thread> before = truceThreads();
            for (int i = 0; i < 12; i++) {
                ClientSession s = login(door.port(), "q" + i);
                ChannelShell shell = s.createShellChannel();
                shell.setPtyType("xterm");
                shell.setPtyColumns(80);
                shell.setPtyLines(24);
                Received out = new Received();
                shell.setOut(out);
                shell.setErr(out);
                shell.open().verify(Duration.ofSeconds(10));
                if (i % 3 == 1) {
                    out.waitFor("TRUCE"); // closed while it connects
                } else if (i % 3 == 2) {
                    out.waitFor("Connected.");
                }
                s.close(true); // i % 3 == 0: closed before the first screen
            }
            awaitGone(before);
            long deadline = System.nanoTime() + WAIT * 1_000_000;
            while (server.connections() > baseline && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the relayed channels close on the server's event loop
            }
            assertThat(server.connections()).isEqualTo(baseline);
        }
    }

    private static Set<Thread> truceThreads() {
        Set<Thread> out = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String n = t.getName();
            boolean session = n.startsWith("truce-net") || n.startsWith("truce-gui") || n.startsWith("truce-ssh")
                    || n.startsWith("truce-connect");
            if (session && !n.equals("truce-ssh-watch")) { // the door's own ticker lives as long as the door
                out.add(t);
            }
        }
        return out;
    }

    /** Waits for every session thread not in {@code keep} to end (joins them: no guessing how long). */
    private static void awaitGone(Set<Thread> keep) throws InterruptedException {
        for (int round = 0; round < 5; round++) {
            Set<Thread> extra = truceThreads();
            extra.removeAll(keep);
            if (extra.isEmpty()) {
                return;
            }
            for (Thread t : extra) {
                t.join(WAIT);
                assertThat(t.isAlive()).as(t.getName() + " still runs").isFalse();
            }
        }
        Set<Thread> extra = truceThreads();
        extra.removeAll(keep);
        assertThat(extra).extracting(Thread::getName).isEmpty();
    }

    @Test
    @Timeout(60)
    void namesThatPoseAsTheTeacherAndAnEmptyTermAreRefusedWithOneLine() throws Exception {
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0))) {
            for (String name : new String[] {" teacher", "teacher.", "Teacher!"}) {
                assertThat(refusal(door.port(), name, "xterm")).as(name)
                        .isEqualTo("truce: the name teacher is the teacher's console: connect with your own name\r\n");
            }
            assertThat(refusal(door.port(), "ana", "")).isEqualTo("truce: this terminal (TERM=) cannot draw the game's screens\r\n");
            assertThat(refusal(door.port(), "x\u001b]2;PWNED\u0007", "xterm"))
                    .startsWith("truce: the SSH user name is your name at the table: Your name must be plain text");
        }
    }

    private String refusal(int port, String user, String term) throws Exception {
        try (ClientSession s = login(port, user)) {
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType(term);
            Received out = new Received();
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(Duration.ofSeconds(10));
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
            assertThat(shell.getExitStatus()).isEqualTo(2);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    @Timeout(30)
    void aGarbageHostKeyOrADirectoryInItsPlaceStopsTheDoorAndIsKept() throws Exception {
        Path data = tmp.resolve("data");
        Path key = data.resolve("ssh/host-key");
        java.nio.file.Files.createDirectories(key.getParent());
        java.nio.file.Files.writeString(key, "garbage\n");
        try (TruceServer server = SshDoorTest.server(data)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(java.io.IOException.class,
                    () -> SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0)).close()))
                    .hasMessageStartingWith(key + " is not a usable SSH host key (restore it, or move it away and a new key is made)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(java.nio.file.Files.readString(key)).as("kept as it was").isEqualTo("garbage\n");
            java.nio.file.Files.delete(key);
            java.nio.file.Files.createDirectory(key);
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(java.io.IOException.class,
                    () -> SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0)).close()))
                    .hasMessage(key + " is not a file: the SSH host key must be a file (move it away, and a new key is made)");
        }
    }

    @Test
    @Timeout(60)
    void anEd25519KeyLogsInAndNamesTheSession() throws Exception {
        java.security.KeyPair ed = org.apache.sshd.common.util.security.SecurityUtils
                .getKeyPairGenerator(org.apache.sshd.common.util.security.SecurityUtils.EDDSA).generateKeyPair();
        assertThat(org.apache.sshd.common.config.keys.KeyUtils.getKeyType(ed)).isEqualTo("ssh-ed25519");
        String fp = org.apache.sshd.common.config.keys.KeyUtils.getFingerPrint(ed.getPublic());
        Path players = tmp.resolve("data/ssh/players");
        try (TruceServer server = SshDoorTest.server(tmp.resolve("data"));
             SshDoor door = SshDoor.start(server, SshDoor.Settings.of("127.0.0.1", 0).withClassPassword("blue"));
             SshScreen ana = SshScreen.open(door.port(), "Ana", "blue", ed, 80, 24)) {
            ana.waitFor("Connected.", WAIT);
            assertThat(players.toFile().list()).as("nothing remembered before a seat is taken").isNullOrEmpty();
            SshDoorTest.createRoom(ana, 2, true);
            ana.send(SshScreen.ENTER).waitFor("Ukraine (you)", WAIT);
            // the seat is remembered under the key's identity, not under the name
            ana.waitUntil("the seat saved", t -> players.resolve(SshHomes.fileName(fp, "Ana")).toFile().exists(), WAIT);
            assertThat(players.resolve(SshHomes.fileName(null, "Ana"))).doesNotExist();
        }
    }
}
