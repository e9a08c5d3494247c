package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Strict input on a real server (issue 7, cases 14-17): one object per line, ids come back as
 * the JSON value sent, duplicate keys are malformed, and a field error names the field.
 */
@Timeout(30)
class StrictInputTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    @Test
    void aSecondObjectOnTheLineMakesItMalformedAndNothingRuns() throws Exception {
        try (Wire w = new Wire(server.address())) {
            w.send("{\"type\":\"ping\",\"id\":\"a\"}{\"type\":\"ping\",\"id\":\"b\"}");
            w.send("{\"type\":\"ping\",\"id\":\"after\"}");
            JsonObject e = w.next(Wire.TIMEOUT);
            assertThat(Wire.type(e)).isEqualTo("error");
            assertThat(e.get("code").getAsString()).isEqualTo("malformed_json");
            assertThat(e.has("re")).isFalse();
            // the next reply is the next line's: neither "a" nor "b" was run
            JsonObject next = w.next(Wire.TIMEOUT);
            assertThat(Wire.type(next)).isEqualTo("pong");
            assertThat(next.get("re").getAsString()).isEqualTo("after");
            w.send("{\"type\":\"ping\",\"id\":\"g\"} trailing");
            assertThat(w.next(Wire.TIMEOUT).get("code").getAsString()).isEqualTo("malformed_json");
        }
    }

    @Test
    void theIdComesBackAsTheSameJsonValueAndABooleanIdIsRefused() throws Exception {
        try (Wire w = new Wire(server.address())) {
            w.send("{\"type\":\"ping\",\"id\":7}");
            w.until("pong", o -> "pong".equals(Wire.type(o)));
            assertThat(w.transcript.get(w.transcript.size() - 1)).isEqualTo("{\"type\":\"pong\",\"re\":7}");
            w.send("{\"type\":\"hello\",\"id\":2.50,\"name\":\"Ana\",\"protocol\":1}");
            JsonObject welcome = w.expect("welcome");
            assertThat(welcome.get("re")).isEqualTo(new JsonPrimitive(new com.google.gson.internal.LazilyParsedNumber("2.50")));
            assertThat(w.transcript.get(w.transcript.size() - 1)).startsWith("{\"type\":\"welcome\",\"re\":2.50,");
            w.send("{\"type\":\"ping\",\"id\":true}");
            JsonObject e = w.expect("error");
            assertThat(e.get("code").getAsString()).isEqualTo("bad_field");
            assertThat(e.get("message").getAsString()).isEqualTo("'id' must be a string or a number");
            // a state (written by the room's own fast path) carries a numeric re too
            w.send("{\"type\":\"create_room\",\"id\":30,\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\",\"RU\":\"linear\"}}");
            String room = w.until("room_created", o -> "room_created".equals(Wire.type(o))).get("code").getAsString();
            w.send("{\"type\":\"join\",\"id\":31,\"room\":\"" + room + "\",\"party\":\"UA\"}");
            w.until("joined", o -> "joined".equals(Wire.type(o)));
            w.state(s -> "proposing".equals(s.get("phase").getAsString()));
            w.send("{\"type\":\"propose\",\"id\":32,\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            JsonObject st = w.state(s -> s.has("re"));
            assertThat(st.get("re").getAsJsonPrimitive().isNumber()).isTrue();
            assertThat(st.get("re").getAsInt()).isEqualTo(32);
        }
    }

    @Test
    void duplicateKeysAndLibraryMessagesNeverGetThrough() throws Exception {
        try (Wire w = Wire.hello(server.address(), "d")) {
            w.send("{\"type\":\"create_room\",\"id\":\"dup\",\"scenario\":\"test-mini\",\"rounds\":2,\"rounds\":40}");
            JsonObject e = w.expect("error");
            assertThat(e.get("code").getAsString()).isEqualTo("malformed_json");
            assertThat(e.get("message").getAsString()).isEqualTo("not one JSON object: duplicate key 'rounds' at $.rounds");
            w.send("{\"type\":\"create_room\",\"id\":\"big\",\"scenario\":\"test-mini\",\"rounds\":" + "9".repeat(5000) + "}");
            JsonObject big = w.reply("big");
            assertThat(big.get("code").getAsString()).isEqualTo("bad_field");
            assertThat(big.get("message").getAsString()).isEqualTo("'rounds' is out of range");
            w.send("{\"type\":\"create_room\",\"id\":\"null\",\"scenario\":\"test-mini\",\"bots\":{\"US\":null}}");
            JsonObject nul = w.reply("null");
            assertThat(nul.get("code").getAsString()).isEqualTo("bad_field");
            assertThat(nul.get("message").getAsString()).isEqualTo("'bots.US' must be a string");
            w.send("{\"type\":\"ping\",\"id\":\"alive\"}");
            assertThat(Wire.type(w.reply("alive"))).isEqualTo("pong");
            assertThat(w.all()).doesNotContainIgnoringCase("lenient").doesNotContain("Exception");
        }
    }

    @Test
    void bytesThatAreNotUtf8AndLoneSurrogatesAreMalformedNotQuestionMarks() throws Exception {
        try (Wire w = new Wire(server.address())) {
            // 0xff never occurs in UTF-8; 0xed 0xa0 0x80 is a surrogate encoded as if it were a character
            byte[][] bad = {
                    "{\"type\":\"hello\",\"id\":\"a\",\"name\":\"An\u00ffa\",\"protocol\":1}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', 'p', 'i', 'n', 'g', '"', ',', '"', 'i', 'd', '"', ':', '"',
                            (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}', '\n'}};
            for (byte[] line : bad) {
                w.sendRaw(line);
                JsonObject e = w.next(Wire.TIMEOUT);
                assertThat(Wire.type(e)).isEqualTo("error");
                assertThat(e.get("code").getAsString()).isEqualTo("malformed_json");
                assertThat(e.get("message").getAsString()).startsWith("the line is not UTF-8 text (invalid byte 0x");
                assertThat(e.has("re")).isFalse();
            }
            w.send("{\"type\":\"ping\",\"id\":\"\\ud800\"}");
            JsonObject e = w.next(Wire.TIMEOUT);
            assertThat(e.get("code").getAsString()).isEqualTo("malformed_json");
            assertThat(e.get("message").getAsString()).contains("lone surrogate \\ud800");
            w.send("{\"type\":\"hello\",\"id\":\"n\",\"name\":\"Ana\\udc00\",\"protocol\":1}");
            assertThat(w.next(Wire.TIMEOUT).get("code").getAsString()).isEqualTo("malformed_json");
            // nothing ran: the connection is still not greeted; valid UTF-8 outside the BMP is fine
            w.send("{\"type\":\"hello\",\"id\":\"\\ud83d\\ude00\",\"name\":\"Ana \uD83D\uDE00\",\"protocol\":1}");
            JsonObject welcome = w.next(Wire.TIMEOUT);
            assertThat(Wire.type(welcome)).isEqualTo("welcome");
            assertThat(welcome.get("re").getAsString()).isEqualTo("\uD83D\uDE00");
        }
    }
}
