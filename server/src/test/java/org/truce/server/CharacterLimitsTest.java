package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Over raw TCP, the chat and name limits count characters (code points), so an emoji counts once. */
@Timeout(30)
class CharacterLimitsTest {
    private static final String THUMB = "\uD83D\uDC4D"; // 👍, sent as UTF-8 like any client would
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    @Test
    void aNameOfThirtyTwoEmojiIsTakenAndThirtyThreeAreRefused() throws Exception {
        try (Wire w = new Wire(server.address())) {
            w.send("{\"type\":\"hello\",\"id\":\"h33\",\"name\":\"" + THUMB.repeat(33) + "\",\"protocol\":1}");
            JsonObject e = w.reply("h33");
            assertThat(e.get("code").getAsString()).isEqualTo("bad_name");
            assertThat(e.get("message").getAsString()).isEqualTo("'name' must be at most 32 characters");
            w.send("{\"type\":\"hello\",\"id\":\"h32\",\"name\":\"" + THUMB.repeat(32) + "\",\"protocol\":1}");
            assertThat(Wire.type(w.reply("h32"))).isEqualTo("welcome");
        }
    }

    @Test
    void aChatLineOfFiveHundredCharactersIsSaidAndFiveHundredAndOneAreRefused() throws Exception {
        try (Wire ua = Wire.hello(server.address(), "ana")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\",\"RU\":\"linear\"}}");
            String room = ua.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            ua.reply("j");
            String line = "x".repeat(499) + THUMB; // 500 characters, 501 UTF-16 units
            ua.send("{\"type\":\"say\",\"id\":\"s500\",\"text\":\"" + line + "\"}");
            JsonObject said = ua.reply("s500");
            assertThat(Wire.type(said)).isEqualTo("said");
            assertThat(said.get("text").getAsString()).isEqualTo(line);
            ua.send("{\"type\":\"say\",\"id\":\"s501\",\"text\":\"" + THUMB.repeat(501) + "\"}");
            assertThat(ua.error("s501")).isEqualTo("bad_text");
        }
    }
}
