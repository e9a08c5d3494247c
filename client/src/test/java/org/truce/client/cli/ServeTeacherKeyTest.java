package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code truce serve --teacher-key KEY} in a child JVM, as an operator runs it: the key is printed
 * with the command a teacher types, kept owner-only in DATA/teacher.key, and never logged.
 */
class ServeTeacherKeyTest {
    static final String KEY = "Spring-term-2026-class-7B";

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void theGivenKeyIsPrintedWithTheConsoleCommandKeptOwnerOnlyAndNotLogged() throws Exception {
        Path data = dir.resolve("data");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir,
                "-Dtruce.log.file=" + dir.resolve("client.log"), TruceMain.class.getName(),
                "serve", "--bind", "127.0.0.1", "--port", "0", "--data", data.toString(), "--teacher-key", KEY);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(new File("/dev/null"))
                .redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        List<String> out = new ArrayList<>();
        String keyLine = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) { // the banner comes once the server listens
                out.add(l);
                if (l.startsWith("Teacher key:")) {
                    keyLine = l;
                    break;
                }
            }
            assertThat(keyLine).as("stdout: " + out + "\nstderr: " + Files.readString(dir.resolve("stderr.txt"))).isNotNull();
            String port = out.get(0).replaceAll(".*listening on port (\\d+).*", "$1");
            assertThat(keyLine).isEqualTo("Teacher key: " + KEY + "  (run: ./truce facilitate 127.0.0.1:" + port + " --key " + KEY + ")");

            Path file = data.resolve("teacher.key");
            assertThat(Files.readString(file).strip()).isEqualTo(KEY);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
            assertThat(Files.readString(data.resolve("truce-server.log"))).contains("listening").doesNotContain(KEY);
            assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain(KEY);
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook closes the server
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
