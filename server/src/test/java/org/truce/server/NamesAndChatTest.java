package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that look like another's or like a bot's are refused ({@code bad_name}); invisible and
 * direction characters are dropped from chat by the server, so raw TCP clients are covered too.
 */
@Timeout(30)
class NamesAndChatTest {
    @TempDir
    static Path dir;
    static TruceServer server;

    @BeforeAll
    static void start() {
        server = TruceServer.start(TestServers.config(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject hello(Wire w, String id, String nameJson) throws Exception {
        w.send("{\"type\":\"hello\",\"id\":\"" + id + "\",\"name\":" + nameJson + ",\"protocol\":1}");
        return w.reply(id);
    }

    @Test
    void invisibleDirectionAndBotLookingNamesAreRefused() throws Exception {
        try (Wire w = new Wire(server.address())) {
            for (String[] c : new String[][] {
                    {"zw", "\"An\\u200Ba\""}, {"rlm", "\"Ana\\u200F\""}, {"rlo", "\"\\u202Eana\""}, {"bom", "\"\\uFEFFAna\""},
                    {"bot", "\"Ukraine (bot)\""}, {"si", "\"Ana ( Stand-In )\""}, {"party", "\"ukraine\""}}) {
                JsonObject e = hello(w, c[0], c[1]);
                assertThat(Wire.type(e)).as(c[1]).isEqualTo("error");
                assertThat(e.get("code").getAsString()).as(c[1]).isEqualTo("bad_name");
            }
            // a refused hello changes nothing: the connection is still not greeted
            w.send("{\"type\":\"rooms\",\"id\":\"r\"}");
            assertThat(w.error("r")).isEqualTo("hello_first");
            assertThat(Wire.type(hello(w, "ok", "\"Ana Botha\""))).isEqualTo("welcome");
        }
    }

    @Test
    void chatKeepsTheTextButDropsInvisibleAndDirectionCharacters() throws Exception {
        try (Wire ua = Wire.hello(server.address(), "ana"); Wire ru = Wire.hello(server.address(), "ben")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"}}");
            String room = ua.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            ua.reply("j");
            ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            ru.reply("j");
            ua.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"we \\u202Eaccept\\u202C the line\\u200B, ok \\uD83D\\uDC4D\"}");
            JsonObject mine = ua.reply("s");
            assertThat(mine.get("text").getAsString()).isEqualTo("we accept the line, ok \uD83D\uDC4D");
            JsonObject theirs = ru.until("said", o -> "said".equals(Wire.type(o)));
            assertThat(theirs.get("text").getAsString()).isEqualTo("we accept the line, ok \uD83D\uDC4D");
            ua.send("{\"type\":\"say\",\"id\":\"e\",\"text\":\"\\u200B\\u200D\"}");
            assertThat(ua.error("e")).isEqualTo("bad_text");
        }
    }
}
