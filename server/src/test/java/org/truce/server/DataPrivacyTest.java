package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Room journals are the owner's alone and hold no secret that would let a reader take a seat. */
@Timeout(30)
class DataPrivacyTest {
    @TempDir
    Path tmp;

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void journalsAreOwnerOnlyAndHoldHashesYetTokensAndKeysWorkAfterARestart() throws Exception {
        assumeTrue(OwnerOnly.POSIX);
        Path dir = tmp.resolve("data");
        String room;
        String token;
        String key;
        try (TruceServer server = TruceServer.start(TestServers.config(dir)); Wire ua = Wire.hello(server.address(), "ua")) {
            JsonObject created = HardeningTest.createFull(ua, "\"US\":\"linear\"", "");
            room = created.get("code").getAsString();
            key = created.get("facilitatorKey").getAsString();
            token = HardeningTest.join(ua, room, "UA");
        }
        Path journal = dir.resolve("rooms").resolve(room + ".jsonl");
        assertThat(perms(dir)).isEqualTo("rwx------");
        assertThat(perms(dir.resolve("rooms"))).isEqualTo("rwx------");
        assertThat(perms(journal)).isEqualTo("rw-------");
        String text = Files.readString(journal);
        assertThat(text).doesNotContain(token).doesNotContain(key).contains(Secrets.hash(token)).contains(Secrets.hash(key));

        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire thief = Wire.hello(server.address(), "thief")) {
            // what the file holds is no key to the seat
            thief.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"x\",\"protocol\":1,\"resume\":\"" + Secrets.hash(token) + "\"}");
            assertThat(thief.error("h")).isEqualTo("bad_token");
            thief.send("{\"type\":\"close_room\",\"id\":\"k\",\"room\":\"" + room + "\",\"facilitatorKey\":\"" + Secrets.hash(key) + "\"}");
            assertThat(thief.error("k")).isEqualTo("bad_key");
            try (Wire back = new Wire(server.address())) {
                back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
                assertThat(Wire.type(back.until("joined", o -> "joined".equals(Wire.type(o))))).isEqualTo("joined");
                back.send("{\"type\":\"close_room\",\"id\":\"k\",\"room\":\"" + room + "\",\"facilitatorKey\":\"" + key + "\"}");
                assertThat(back.reply("k").get("kind").getAsString()).isEqualTo("closed");
            }
        }
    }

    @Test
    void anOldJournalWithPlaintextSecretsStillWorksAndItsLooseFilesAreTightened() throws Exception {
        assumeTrue(OwnerOnly.POSIX);
        Path dir = tmp.resolve("old");
        Path rooms = dir.resolve("rooms");
        Files.createDirectories(rooms);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(rooms, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path journal = rooms.resolve("ABCDE.jsonl");
        Files.writeString(journal, "{\"log\":\"room\",\"code\":\"ABCDE\",\"scenario\":\"test-mini\",\"rounds\":4,\"turnSeconds\":0,"
                + "\"voteSeconds\":0,\"difficulty\":\"normal\",\"seed\":7,\"botDelayMs\":0,\"bots\":{\"US\":\"linear\"},"
                + "\"facilitatorKey\":\"oldPlainKey0123456789a\",\"created\":1}\n"
                + "{\"log\":\"seat\",\"party\":\"UA\",\"name\":\"ana\",\"token\":\"oldPlainToken456789abc\"}\n");
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rw-r--r--"));
        Path serverLog = dir.resolve("truce-server.log");
        Files.writeString(serverLog, "old\n");
        Files.setPosixFilePermissions(serverLog, PosixFilePermissions.fromString("rw-r--r--"));
        Path teacherKey = dir.resolve("teacher.key"); // copied in from another machine, readable by all
        Files.writeString(teacherKey, "a-teacher-key-copied-in-0123\n");
        Files.setPosixFilePermissions(teacherKey, PosixFilePermissions.fromString("rw-r--r--"));
        try (TruceServer server = TruceServer.start(TestServers.config(dir)); Wire back = new Wire(server.address())) {
            assertThat(server.config().teacherKey()).isEqualTo("a-teacher-key-copied-in-0123");
            assertThat(perms(teacherKey)).isEqualTo("rw-------");
            assertThat(perms(dir)).isEqualTo("rwx------");
            assertThat(perms(rooms)).isEqualTo("rwx------");
            assertThat(perms(journal)).isEqualTo("rw-------");
            assertThat(perms(serverLog)).isEqualTo("rw-------");
            back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ana\",\"protocol\":1,\"resume\":\"oldPlainToken456789abc\"}");
            JsonObject joined = back.until("joined", o -> "joined".equals(Wire.type(o)));
            assertThat(joined.get("party").getAsString()).isEqualTo("UA");
            back.send("{\"type\":\"close_room\",\"id\":\"k\",\"room\":\"ABCDE\",\"facilitatorKey\":\"oldPlainKey0123456789a\"}");
            assertThat(back.reply("k").get("kind").getAsString()).isEqualTo("closed");
        }
    }
}
