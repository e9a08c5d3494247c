package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream-mode client from before the classroom (its hello names no {@code features}) keeps
 * working when the facilitator acts: it is never sent an event kind or message type it cannot
 * read, and its next state comes full (with history), so its fold stays right. A client that names
 * {@code "classroom"} gets the events and its {@code brief}.
 */
@Timeout(30)
class OlderClientTest {
    @TempDir
    Path dir;

    @Test
    void anOlderStreamClientGetsFullStatesInsteadOfTheFacilitatorsEventsAndNoBriefMessage() throws IOException {
        try (TruceServer server = TruceServer.start(TeacherConsoleTest.config(dir).withBotDelayMs(0));
             Wire teacher = TeacherConsoleTest.teacher(server.address());
             Wire old = new Wire(server.address());
             Wire now = new Wire(server.address())) {
            teacher.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"paris-summit\",\"turnSeconds\":0,\"voteSeconds\":0,"
                    + "\"bots\":{\"US\":\"default\",\"FR\":\"default\",\"UK\":\"default\",\"DE\":\"default\"}}");
            String room = teacher.reply("c").get("code").getAsString();
            old.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Olga\",\"protocol\":1,\"events\":true}");
            old.reply("h");
            now.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Nina\",\"protocol\":1,\"events\":true,\"features\":[\"classroom\"]}");
            now.reply("h");
            old.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            old.reply("j");
            now.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            now.reply("j");
            old.state(s -> "proposing".equals(s.get("phase").getAsString()));
            now.state(s -> "proposing".equals(s.get("phase").getAsString()));

            teacher.send("{\"type\":\"announce\",\"id\":\"a\",\"room\":\"" + room + "\",\"text\":\"Ten minutes\"}");
            assertThat(Wire.type(teacher.reply("a"))).isEqualTo("facilitated");
            teacher.send("{\"type\":\"inject\",\"id\":\"i\",\"room\":\"" + room + "\",\"inject\":\"sanctions_blocked\"}");
            assertThat(Wire.type(teacher.reply("i"))).isEqualTo("facilitated");

            // the new client: the events, its brief, the news in its state
            now.until("announced event", o -> "event".equals(Wire.type(o)) && o.toString().contains("\"kind\":\"announced\""));
            JsonObject brief = now.expect("brief");
            assertThat(brief.getAsJsonObject("brief").getAsJsonArray("news")).hasSize(1);
            now.state(s -> s.has("injects"));
            // the older one: told in words (a notice), then a full state carrying the news, never the new kinds
            old.until("announcement", o -> "notice".equals(Wire.type(o)) && "announcement".equals(o.get("kind").getAsString()));
            JsonObject full = old.state(s -> s.has("injects"));
            assertThat(full.has("history")).as("a full state restarts its fold").isTrue();
            old.send("{\"type\":\"ping\",\"id\":\"p\"}");
            old.reply("p");
            assertThat(old.all()).doesNotContain("\"event\":{\"kind\":\"announced\"")
                    .doesNotContain("\"event\":{\"kind\":\"inject\"").doesNotContain("\"type\":\"brief\"");
            assertThat(now.all()).contains("\"event\":{\"kind\":\"inject\"");
        }
    }
}
