package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: {@code HOME=/tmp/x ./truce join …} kept its settings, seat tokens and log in the passwd
 * home (user.home). A real JVM with HOME (or TRUCE_HOME) set writes both into that folder, owner-only.
 */
class TruceHomeChildTest {

    private static int probe(Path passwdHome, Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + passwdHome, HomeProbe.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(new File("/dev/null"))
                .redirectErrorStream(true).redirectOutput(passwdHome.resolveSibling("probe-out.txt").toFile());
        pb.environment().remove("TRUCE_HOME"); // surefire sets it for every other test
        pb.environment().remove("HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the probe did not end");
        }
        return p.exitValue();
    }

    @Test
    void homeFromTheEnvironmentHoldsSettingsAndLog(@TempDir Path tmp) throws Exception {
        Path passwd = Files.createDirectories(tmp.resolve("passwd"));
        Path home = Files.createDirectories(tmp.resolve("x"));
        assertThat(probe(passwd, Map.of("HOME", home.toString()))).isZero();

        Path dir = home.resolve(".truce");
        assertThat(Files.readString(dir.resolve("client.properties"), StandardCharsets.UTF_8)).contains("name=Ana");
        assertThat(Files.readString(dir.resolve("truce.log"), StandardCharsets.UTF_8)).contains("home probe");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("client.properties"))))
                .isEqualTo("rw-------");
        assertThat(passwd.resolve(".truce")).doesNotExist();
    }

    @Test
    void truceHomeNamesTheFolderItself(@TempDir Path tmp) throws Exception {
        Path passwd = Files.createDirectories(tmp.resolve("passwd"));
        Path ben = tmp.resolve("ben-truce");
        assertThat(probe(passwd, Map.of("HOME", tmp.toString(), "TRUCE_HOME", ben.toString()))).isZero();

        assertThat(Files.readString(ben.resolve("client.properties"), StandardCharsets.UTF_8)).contains("name=Ana");
        assertThat(Files.readString(ben.resolve("truce.log"), StandardCharsets.UTF_8)).contains("home probe");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ben))).isEqualTo("rwx------");
        assertThat(tmp.resolve(".truce")).doesNotExist();
        assertThat(passwd.resolve(".truce")).doesNotExist();
    }
}
