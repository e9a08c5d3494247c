package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.HardeningTest.createFull;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A player whose seat token was revoked before the server restarted still hears why, in their
 * words: the server rebuilds the reasons from the room journals (freed and left seats, closed rooms,
 * archived games) when it starts.
 */
@Timeout(30)
class RevokedAfterRestartTest {
    @TempDir
    Path dir;

    /** The error a fresh connection gets for resuming with {@code token} on a freshly restarted server. */
    private JsonObject resumeAfterRestart(String token) throws Exception {
        try (TruceServer again = TruceServer.start(TestServers.config(dir)); Wire back = new Wire(again.address())) {
            back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
            JsonObject e = back.reply("h");
            assertThat(e.get("code").getAsString()).isEqualTo("bad_token");
            return e;
        }
    }

    @Test
    void aSeatTheFacilitatorFreedIsExplainedAfterARestart() throws Exception {
        String room;
        String uaToken;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire fac = Wire.hello(server.address(), "fac"); Wire ru = Wire.hello(server.address(), "ru")) {
            JsonObject created = createFull(fac, "\"US\":\"linear\"", "");
            room = created.get("code").getAsString();
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                uaToken = join(ua, room, "UA");
                join(ru, room, "RU");
            }
            ru.state(s -> !s.getAsJsonArray("seats").get(0).getAsJsonObject().get("connected").getAsBoolean());
            fac.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\""
                    + created.get("facilitatorKey").getAsString() + "\"}");
            JsonObject freed = fac.reply("f");
            assertThat(freed.get("kind").getAsString()).isEqualTo("seat_freed");
            // party names and plain words, never ids or "token" (students see these lines)
            assertThat(freed.get("text").getAsString()).isEqualTo("Ukraine's seat in room " + room + " is free for a new player");
            fac.send("{\"type\":\"join\",\"id\":\"t\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            JsonObject taken = fac.reply("t");
            assertThat(taken.get("code").getAsString()).isEqualTo("seat_taken");
            assertThat(taken.get("message").getAsString()).isEqualTo("Russia's seat is taken by ru; choose another seat");
        }
        assertThat(resumeAfterRestart(uaToken).get("message").getAsString())
                .isEqualTo("the facilitator of room " + room + " freed Ukraine's seat while you were away, so it may be"
                        + " someone else's now: choose a seat again");
    }

    @Test
    void aSeatLeftInTheLobbyIsExplainedAfterARestart() throws Exception {
        String room;
        String uaToken;
        try (TruceServer server = TruceServer.start(TestServers.config(dir)); Wire ua = Wire.hello(server.address(), "ua")) {
            room = createFull(ua, "\"US\":\"linear\"", "").get("code").getAsString();
            uaToken = join(ua, room, "UA");
            ua.send("{\"type\":\"leave\",\"id\":\"l\"}");
            assertThat(ua.reply("l").get("text").getAsString()).contains("your seat is free again");
        }
        assertThat(resumeAfterRestart(uaToken).get("message").getAsString())
                .isEqualTo("you left Ukraine's seat in room " + room + " before the game started, so it was freed for"
                        + " someone else: choose a seat again");
    }

    @Test
    void aClosedRoomIsExplainedAfterARestart() throws Exception {
        String room;
        String uaToken;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire fac = Wire.hello(server.address(), "fac"); Wire ua = Wire.hello(server.address(), "ua")) {
            JsonObject created = createFull(fac, "\"US\":\"linear\"", "");
            room = created.get("code").getAsString();
            uaToken = join(ua, room, "UA");
            fac.send("{\"type\":\"close_room\",\"id\":\"x\",\"room\":\"" + room + "\",\"facilitatorKey\":\""
                    + created.get("facilitatorKey").getAsString() + "\"}");
            assertThat(fac.reply("x").get("kind").getAsString()).isEqualTo("closed");
        }
        assertThat(resumeAfterRestart(uaToken).get("message").getAsString())
                .isEqualTo("the facilitator closed room " + room + "; choose another room");
    }

    @Test
    void anArchivedGameIsExplainedAfterARestart() throws Exception {
        String room;
        String uaToken;
        try (TruceServer server = TruceServer.start(TestServers.config(dir)); Wire ua = Wire.hello(server.address(), "ua")) {
            room = createFull(ua, "\"RU\":\"linear\",\"US\":\"linear\"", ",\"rounds\":1").get("code").getAsString();
            uaToken = join(ua, room, "UA");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            ua.reply("p");
            ua.expect("game_over");
        }
        // the game ended longer ago than the retention time: the restarted server leaves it on disk
        Path journal = JournalFile.fileFor(dir.resolve("rooms"), room);
        long retention = TestServers.config(dir).limits().endedRetentionSeconds() * 1000L;
        Files.setLastModifiedTime(journal, FileTime.fromMillis(System.currentTimeMillis() - retention - 60_000));
        assertThat(resumeAfterRestart(uaToken).get("message").getAsString())
                .isEqualTo("the game in room " + room + " is over and was archived; its record stays on the server");
    }
}
