package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versions on the wire order chat against the table's events: a comment made between two
 * votes has a version between theirs, a private line shares the version of the public event
 * before it, and a spectator's replay (and a restart's) carries the same versions.
 */
@Timeout(30)
class EventVersionsWireTest {
    @TempDir
    Path dir;

    private static int said(Wire w, String id, String to, String text) throws IOException {
        w.send("{\"type\":\"say\",\"id\":\"" + id + "\",\"to\":\"" + to + "\",\"text\":\"" + text + "\"}");
        JsonObject echo = w.reply(id);
        assertThat(Wire.type(echo)).as(echo.toString()).isEqualTo("said");
        return echo.get("version").getAsInt();
    }

    private static JsonObject act(Wire w, String id, String json) throws IOException {
        w.send("{\"id\":\"" + id + "\"," + json.substring(1));
        JsonObject r = w.reply(id);
        assertThat(Wire.type(r)).as(r.toString()).isEqualTo("state");
        return r;
    }

    @Test
    void aCommentBetweenTwoVotesHasAVersionBetweenTheirs() throws Exception {
        String room;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ua = Wire.hello(server.address(), "ua"); Wire ru = Wire.hello(server.address(), "ru");
             Wire us = Wire.hello(server.address(), "us")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{},"
                    + "\"turnSeconds\":0,\"voteSeconds\":0,\"seed\":7}");
            room = ua.reply("c").get("code").getAsString();
            join(ua, room, "UA");
            join(ru, room, "RU");
            join(us, room, "US");
            JsonObject start = ua.state(s -> "proposing".equals(s.get("phase").getAsString()));
            assertThat(start.get("version").getAsInt()).as("the game's start is event 1").isEqualTo(1);

            int before = said(ua, "s0", "all", "opening words");
            JsonObject tabled = act(ua, "p", "{\"type\":\"propose\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            int tabledAt = tabled.get("tabledAt").getAsInt();
            JsonObject ruVoted = act(ru, "v1", "{\"type\":\"vote\",\"round\":1,\"accept\":false}");
            int ruAt = ruVoted.getAsJsonObject("votedAt").get("RU").getAsInt();
            int comment = said(us, "s1", "all", "between the votes");
            int whisper = said(us, "s2", "UA", "a private word");
            JsonObject closed = act(us, "v2", "{\"type\":\"vote\",\"round\":1,\"accept\":true}");

            assertThat(before).isEqualTo(2);
            assertThat(tabledAt).isGreaterThan(before);
            assertThat(ruAt).isGreaterThan(tabledAt);
            assertThat(comment).isEqualTo(ruAt + 1);
            assertThat(whisper).as("a private line follows the public event of its version").isEqualTo(comment);
            JsonObject r1 = closed.getAsJsonArray("history").get(0).getAsJsonObject();
            assertThat(r1.get("tabledAt").getAsInt()).isEqualTo(tabledAt);
            assertThat(r1.getAsJsonObject("votedAt").get("RU").getAsInt()).isEqualTo(ruAt);
            int usAt = r1.getAsJsonObject("votedAt").get("US").getAsInt();
            assertThat(usAt).isEqualTo(comment + 1);
            assertThat(closed.get("version").getAsInt()).as("the vote, then the round's end").isEqualTo(usAt + 1);
            assertThat(closed.has("votedAt")).as("the new round has no votes yet").isFalse();
        }
        // after a restart a spectator's replay carries the same versions
        try (TruceServer again = TruceServer.start(TestServers.config(dir)); Wire eve = Wire.hello(again.address(), "eve")) {
            eve.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
            eve.reply("sp");
            JsonObject first = eve.expect("said");
            JsonObject second = eve.expect("said");
            assertThat(first.get("version").getAsInt()).isEqualTo(2);
            assertThat(second.get("text").getAsString()).isEqualTo("between the votes");
            JsonObject s = eve.expect("state");
            JsonObject r1 = s.getAsJsonArray("history").get(0).getAsJsonObject();
            assertThat(second.get("version").getAsInt()).isBetween(r1.getAsJsonObject("votedAt").get("RU").getAsInt() + 1,
                    r1.getAsJsonObject("votedAt").get("US").getAsInt() - 1);
            assertThat(eve.all()).doesNotContain("a private word");
        }
    }
}
