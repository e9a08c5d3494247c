package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Names that look like another's or like a bot's are refused ({@code bad_name}); invisible and
 * direction characters are dropped from chat by the server, so raw TCP clients are covered too.
 */
@Timeout(30)
class NamesAndChatTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    private static JsonObject hello(Wire w, String id, String nameJson) throws Exception {
        w.send("{\"type\":\"hello\",\"id\":\"" + id + "\",\"name\":" + nameJson + ",\"protocol\":1}");
        return w.reply(id);
    }

    /** Creates a room with a US bot and seats {@code ua} as UA and {@code ru} as RU. */
    private static void seatUaAndRu(Wire ua, Wire ru) throws Exception {
        ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"}}");
        String room = ua.reply("c").get("code").getAsString();
        ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
        ua.reply("j");
        ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
        ru.reply("j");
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
            seatUaAndRu(ua, ru);
            ua.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"we \\u202Eaccept\\u202C the line\\u200B, ok \\uD83D\\uDC4D\"}");
            JsonObject mine = ua.reply("s");
            assertThat(mine.get("text").getAsString()).isEqualTo("we accept the line, ok \uD83D\uDC4D");
            JsonObject theirs = ru.until("said", o -> "said".equals(Wire.type(o)));
            assertThat(theirs.get("text").getAsString()).isEqualTo("we accept the line, ok \uD83D\uDC4D");
            ua.send("{\"type\":\"say\",\"id\":\"e\",\"text\":\"\\u200B\\u200D\"}");
            assertThat(ua.error("e")).isEqualTo("bad_text");
        }
    }

    @Test
    void lookAlikeInvisibleAndBlankNamesAreRefusedAndOneAlphabetNamesWelcome() throws Exception {
        try (Wire w = new Wire(server.address())) {
            String[][] refused = {
                    {"cyr", "\"Ukr\\u0430ine\""}, {"bot", "\"Ukraine (b\\u043Et)\""},
                    {"fw", "\"\\uFF35\\uFF2B\\uFF32\\uFF21\\uFF29\\uFF2E\\uFF25\""}, {"fwbot", "\"Ukraine\\uFF08bot\\uFF09\""},
                    {"cgj", "\"Ana\\u034F\""}, {"khm", "\"Ana\\u17B4\""}, {"vs16", "\"Ana\\uFE0F\""}, {"braille", "\"\\u2800\""},
                    {"nbsp", "\"\\u00A0\""}};
            for (String[] c : refused) {
                JsonObject e = hello(w, c[0], c[1]);
                assertThat(Wire.type(e)).as(c[1]).isEqualTo("error");
                assertThat(e.get("code").getAsString()).as(c[1]).isEqualTo("bad_name");
            }
            assertThat(hello(w, "cyr2", "\"Ukr\\u0430ine\"").get("message").getAsString())
                    .isEqualTo("'name' mixes Latin and Cyrillic letters in the word 'Ukr\u0430ine', so it could pass for another name: "
                            + "write each word in one alphabet");
            assertThat(hello(w, "fw2", "\"\\uFF35\\uFF2B\\uFF32\\uFF21\\uFF29\\uFF2E\\uFF25\"").get("message").getAsString())
                    .endsWith("write it in ordinary letters: 'UKRAINE'"); // fullwidth forms are refused as such
            assertThat(hello(w, "plain", "\"ukraine\"").get("message").getAsString()).contains("labels a party");
            JsonObject ok = hello(w, "ok", "\"\u041E\u043B\u0435\u043D\u0430\"");
            assertThat(Wire.type(ok)).isEqualTo("welcome");
            assertThat(ok.get("name").getAsString()).isEqualTo("\u041E\u043B\u0435\u043D\u0430");
            assertThat(Wire.type(hello(w, "cjk", "\"\u674E\u534E\""))).isEqualTo("welcome");
        }
    }

    @Test
    void chatDropsTheWholeIgnorableSetKeepsEmojiAndRefusesBlankLines() throws Exception {
        try (Wire ua = Wire.hello(server.address(), "ana"); Wire ru = Wire.hello(server.address(), "ben")) {
            seatUaAndRu(ua, ru);
            ua.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"Ana\\u034F ok\\u17B4 x\\uFE0F \\u2764\\uFE0F "
                    + "\\uD83D\\uDC68\\u200D\\uD83D\\uDC69\\u200D\\uD83D\\uDC67\"}");
            String expected = "Ana ok x \u2764\uFE0F \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
            assertThat(ua.reply("s").get("text").getAsString()).isEqualTo(expected);
            assertThat(ru.until("said", o -> "said".equals(Wire.type(o))).get("text").getAsString()).isEqualTo(expected);
            ua.send("{\"type\":\"say\",\"id\":\"b\",\"text\":\"\\u2800\"}");
            assertThat(ua.error("b")).isEqualTo("bad_text");
            ua.send("{\"type\":\"say\",\"id\":\"b2\",\"text\":\"\\u3000\\u00A0\\uFE0F\\u034F\"}");
            assertThat(ua.error("b2")).isEqualTo("bad_text");
        }
    }
}
