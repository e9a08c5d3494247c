package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.client.model.ClientSettings;
import org.truce.server.cli.OptionChecks;

/**
 * Files and folders Truce makes that may hold private details are owner-only when they are made,
 * not made 0755/0644 and narrowed later (the window in which others could open them).
 */
class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataDirIsOwnerOnlyAsSoonAsTheOptionCheckMakesIt() throws Exception {
        Path data = dir.resolve("new").resolve("truce-data");
        assertThat(new OptionChecks("truce serve", new PrintWriter(new StringWriter())).writableDir("--data", data).ok()).isTrue();
        assertThat(perms(data)).isEqualTo("rwx------");
        assertThat(perms(data.getParent())).isEqualTo("rwx------");
    }

    @Test
    void logFilesAreCreatedOwnerOnlyBeforeLogbackOpensThem() throws Exception {
        Path log = dir.resolve("logs").resolve("truce.log");
        OwnerOnlyRollingFileAppender<Object> a = new OwnerOnlyRollingFileAppender<>();
        a.setContext(new LoggerContext());
        a.openFile(log.toString()); // what start() and every roll-over call
        a.stop();
        assertThat(perms(log)).isEqualTo("rw-------");
        assertThat(perms(log.getParent())).isEqualTo("rwx------");
        // the server's log in its data dir, made the same way by truce serve
        Path serverLog = dir.resolve("truce-server.log");
        OwnerOnlyRollingFileAppender.create(serverLog);
        assertThat(perms(serverLog)).isEqualTo("rw-------");
    }

    @Test
    void theClientSettingsFolderAndFileAreOwnerOnlyWhateverTheFolderIsCalled() throws Exception {
        Path file = dir.resolve("elsewhere").resolve("client.properties");
        ClientSettings s = new ClientSettings(file);
        s.put("token.example", "secret");
        s.save();
        assertThat(perms(file.getParent())).isEqualTo("rwx------");
        assertThat(perms(file)).isEqualTo("rw-------");
    }
}
