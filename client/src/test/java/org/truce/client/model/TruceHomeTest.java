package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: the client's folder follows TRUCE_HOME, then HOME, then user.home (the passwd entry). */
class TruceHomeTest {

    @Test
    void truceHomeWinsOverHomeAndUserHome() {
        assertThat(TruceHome.resolve(Map.of("TRUCE_HOME", "/tmp/ana-truce", "HOME", "/tmp/x"), "/root"))
                .isEqualTo(Path.of("/tmp/ana-truce"));
    }

    @Test
    void homeWinsOverUserHome() {
        assertThat(TruceHome.resolve(Map.of("HOME", "/tmp/x"), "/root")).isEqualTo(Path.of("/tmp/x/.truce"));
        assertThat(TruceHome.resolve(Map.of("HOME", "/tmp/x/", "TRUCE_HOME", " "), "/root")).isEqualTo(Path.of("/tmp/x/.truce"));
    }

    @Test
    void userHomeWhenHomeIsUnsetEmptyOrRelative() {
        assertThat(TruceHome.resolve(Map.of(), "/home/student")).isEqualTo(Path.of("/home/student/.truce"));
        assertThat(TruceHome.resolve(Map.of("HOME", ""), "/home/student")).isEqualTo(Path.of("/home/student/.truce"));
        assertThat(TruceHome.resolve(Map.of("HOME", "x"), "/home/student")).isEqualTo(Path.of("/home/student/.truce"));
    }

    @Test
    void relativeTruceHomeIsTakenFromTheWorkingFolder() {
        assertThat(TruceHome.resolve(Map.of("TRUCE_HOME", "ana"), "/root"))
                .isEqualTo(Path.of("").toAbsolutePath().resolve("ana"));
    }

    @Test
    void preparedFolderIsOwnerOnlyNewOrOld(@TempDir Path tmp) throws Exception {
        Path fresh = TruceHome.prepare(tmp.resolve("a/.truce"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
        Path old = Files.createDirectory(tmp.resolve("old"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
        TruceHome.prepare(old);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rwx------");
    }
}
