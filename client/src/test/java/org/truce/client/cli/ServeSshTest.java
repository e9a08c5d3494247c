package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code truce serve --ssh}: bad options are one line and exit 2; a good start prints how to come in and the host key. */
class ServeSshTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(10)
    void badSshOptionsAreOneLine() throws Exception {
        CliRun.of("serve", "--ssh", "abc").isOneLine("truce serve: Invalid value for option '--ssh': 'abc' is not an int");
        CliRun.of("serve", "--ssh", "70000", "--data", dir.toString()).isOneLine("truce serve: --ssh must be a whole number 0..65535, not 70000");
        CliRun.of("serve", "--ssh-password", "secret", "--data", dir.toString()).isOneLine("truce serve: the --ssh-* options need --ssh");
        CliRun.of("serve", "--ssh", "--ssh-idle", "1", "--data", dir.toString())
                .isOneLine("truce serve: --ssh-idle must be a whole number 10..86400, not 1");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun.of("serve", "--bind", "127.0.0.1", "--port", "0", "--ssh", "" + port, "--data", dir.toString())
                    .isOneLine("truce serve: --ssh " + port + ": the port is in use");
        }
        CliRun.of("serve", "--bind", "127.0.0.1", "--port", "7788", "--ssh", "7788", "--data", dir.toString())
                .isOneLine("truce serve: --ssh 7788: the game's port (--port 7788) cannot be the SSH door's too: pick another, e.g. --ssh 2222");
        assertThat(Files.exists(dir.resolve("ssh"))).as("nothing started").isFalse();
    }

    @Test
    @Timeout(60)
    void theBannerSaysHowToComeInOverSshAndTheHostKey() throws Exception {
        Path data = dir.resolve("data");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir,
                "-Dtruce.log.file=" + dir.resolve("client.log"), TruceMain.class.getName(),
                "serve", "--bind", "127.0.0.1", "--port", "0", "--ssh", "0", "--data", data.toString());
        Process p = new ProcessBuilder(cmd).redirectInput(new File("/dev/null")).redirectError(dir.resolve("stderr.txt").toFile()).start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null && !l.startsWith("Press Ctrl-C"); ) {
                out.add(l);
            }
            String all = String.join("\n", out);
            assertThat(all).as(all + "\nstderr: " + Files.readString(dir.resolve("stderr.txt")))
                    .containsPattern("Players with nothing installed:  ssh -p \\d+ NAME@127\\.0\\.0\\.1")
                    .containsPattern("SSH host key fingerprint:  SHA256:[A-Za-z0-9+/]{43}")
                    .containsPattern("Teacher's console over SSH:  ssh -p \\d+ teacher@127\\.0\\.0\\.1  \\(password: the teacher key\\)");
            assertThat(Files.isRegularFile(data.resolve("ssh/host-key"))).isTrue();
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
