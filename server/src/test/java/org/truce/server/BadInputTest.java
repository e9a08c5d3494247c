package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every kind of bad input gets an error with a stable code, and the connection keeps working. */
@Timeout(30)
class BadInputTest {
    @RegisterExtension
    static final SharedServer server = new SharedServer();

    /** Sends a line with an id and returns the error code it gets; then checks the line still works. */
    private static String code(Wire w, String id, String json) throws Exception {
        w.send(json);
        String code = w.error(id);
        w.send("{\"type\":\"ping\",\"id\":\"after-" + id + "\"}");
        assertThat(Wire.type(w.reply("after-" + id))).isEqualTo("pong");
        return code;
    }

    @Test
    void beforeHello() throws Exception {
        try (Wire w = new Wire(server.address())) {
            assertThat(code(w, "1", "{\"type\":\"rooms\",\"id\":\"1\"}")).isEqualTo("hello_first");
            assertThat(code(w, "2", "{\"type\":\"hello\",\"id\":\"2\",\"name\":\"x\",\"protocol\":2}")).isEqualTo("bad_protocol");
            assertThat(code(w, "3", "{\"type\":\"hello\",\"id\":\"3\",\"name\":\"x\",\"protocol\":1,\"resume\":\"nope\"}")).isEqualTo("bad_token");
        }
    }

    @Test
    void malformedLines() throws Exception {
        try (Wire w = Wire.hello(server.address(), "m")) {
            w.send("{not json");
            JsonObject e = w.expect("error");
            assertThat(e.get("code").getAsString()).isEqualTo("malformed_json");
            w.send("[1,2]");
            assertThat(w.expect("error").get("code").getAsString()).isEqualTo("malformed_json");
            assertThat(code(w, "u", "{\"type\":\"dance\",\"id\":\"u\"}")).isEqualTo("unknown_type");
            assertThat(code(w, "t", "{\"id\":\"t\"}")).isEqualTo("missing_field");
            assertThat(code(w, "m", "{\"type\":\"join\",\"id\":\"m\",\"room\":\"ABCDE\"}")).isEqualTo("missing_field");
            assertThat(code(w, "b", "{\"type\":\"vote\",\"id\":\"b\",\"round\":\"one\",\"accept\":true}")).isEqualTo("bad_field");
            assertThat(code(w, "b2", "{\"type\":\"vote\",\"id\":\"b2\",\"round\":1,\"accept\":\"yes\"}")).isEqualTo("bad_field");
            assertThat(code(w, "r", "{\"type\":\"create_room\",\"id\":\"r\",\"scenario\":\"test-mini\",\"rounds\":99}")).isEqualTo("bad_field");
            // invalid UTF-8 is replaced, not fatal
            w.sendRaw(new byte[] {'{', (byte) 0xff, '}', '\n'});
            assertThat(w.expect("error").get("code").getAsString()).isEqualTo("malformed_json");
            w.send("{\"type\":\"ping\",\"id\":\"alive\"}");
            assertThat(Wire.type(w.reply("alive"))).isEqualTo("pong");
        }
    }

    @Test
    void anErrorQuotesTheClientsInputShortAndWithoutItsControlCharacters() throws Exception {
        try (Wire w = Wire.hello(server.address(), "q")) {
            String sent = "\\u001b[31mEVIL\\u0007\\u202e" + "X".repeat(5_000);
            w.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + sent + "\",\"party\":\"UA\"}");
            JsonObject e = w.reply("j");
            assertThat(e.get("code").getAsString()).isEqualTo("unknown_room");
            String message = e.get("message").getAsString();
            assertThat(message).hasSizeLessThan(120).contains("EVIL").contains("\u2026")
                    .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
        }
    }

    @Test
    void roomsAndSeats() throws Exception {
        try (Wire w = Wire.hello(server.address(), "r"); Wire other = Wire.hello(server.address(), "o")) {
            assertThat(code(w, "s", "{\"type\":\"create_room\",\"id\":\"s\",\"scenario\":\"atlantis\"}")).isEqualTo("unknown_scenario");
            assertThat(code(w, "st", "{\"type\":\"create_room\",\"id\":\"st\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"genius\"}}")).isEqualTo("unknown_strategy");
            assertThat(code(w, "bp", "{\"type\":\"create_room\",\"id\":\"bp\",\"scenario\":\"test-mini\",\"bots\":{\"ZZ\":\"linear\"}}")).isEqualTo("unknown_party");
            assertThat(code(w, "d", "{\"type\":\"create_room\",\"id\":\"d\",\"scenario\":\"test-mini\",\"difficulty\":\"brutal\"}")).isEqualTo("bad_field");
            assertThat(code(w, "ur", "{\"type\":\"join\",\"id\":\"ur\",\"room\":\"ZZZZZ\",\"party\":\"UA\"}")).isEqualTo("unknown_room");
            assertThat(code(w, "us", "{\"type\":\"spectate\",\"id\":\"us\",\"room\":\"ZZZZZ\"}")).isEqualTo("unknown_room");
            assertThat(code(w, "nj", "{\"type\":\"propose\",\"id\":\"nj\",\"round\":1,\"terms\":{}}")).isEqualTo("not_joined");
            assertThat(code(w, "nv", "{\"type\":\"say\",\"id\":\"nv\",\"text\":\"hi\"}")).isEqualTo("not_joined");

            w.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = w.reply("c").get("code").getAsString();
            assertThat(code(w, "up", "{\"type\":\"join\",\"id\":\"up\",\"room\":\"" + room + "\",\"party\":\"ZZ\"}")).isEqualTo("unknown_party");
            assertThat(code(w, "bt", "{\"type\":\"join\",\"id\":\"bt\",\"room\":\"" + room + "\",\"party\":\"US\"}")).isEqualTo("seat_taken");
            w.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            assertThat(Wire.type(w.reply("j"))).isEqualTo("joined");
            assertThat(code(w, "as", "{\"type\":\"join\",\"id\":\"as\",\"room\":\"" + room + "\",\"party\":\"UA\"}")).isEqualTo("already_seated");
            assertThat(code(other, "tk", "{\"type\":\"join\",\"id\":\"tk\",\"room\":\"" + room + "\",\"party\":\"RU\"}")).isEqualTo("seat_taken");
            // lobby: the game has not started
            assertThat(code(w, "ns", "{\"type\":\"propose\",\"id\":\"ns\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}")).isEqualTo("not_started");
            other.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
            assertThat(Wire.type(other.reply("sp"))).isEqualTo("spectating");
            assertThat(code(other, "spa", "{\"type\":\"vote\",\"id\":\"spa\",\"round\":1,\"accept\":true}")).isEqualTo("not_joined");

            try (Wire ua = Wire.hello(server.address(), "u")) {
                ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
                ua.reply("j");
                ua.state(s -> s.get("phase").getAsString().equals("proposing"));
                // round 1: UA holds the pen
                assertThat(code(w, "pen", "{\"type\":\"propose\",\"id\":\"pen\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}")).isEqualTo("not_your_pen");
                assertThat(code(ua, "wr", "{\"type\":\"propose\",\"id\":\"wr\",\"round\":2,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}")).isEqualTo("wrong_round");
                assertThat(code(ua, "ut", "{\"type\":\"propose\",\"id\":\"ut\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\",\"moon\":\"y\"}}")).isEqualTo("unknown_term");
                assertThat(code(ua, "uo", "{\"type\":\"propose\",\"id\":\"uo\",\"round\":1,\"terms\":{\"line\":\"q\",\"guard\":\"x\"}}")).isEqualTo("unknown_option");
                assertThat(code(ua, "mt", "{\"type\":\"propose\",\"id\":\"mt\",\"round\":1,\"terms\":{\"line\":\"a\"}}")).isEqualTo("missing_term");
                assertThat(code(w, "nv2", "{\"type\":\"vote\",\"id\":\"nv2\",\"round\":1,\"accept\":true}")).isEqualTo("nothing_to_vote");
                assertThat(code(ua, "rc", "{\"type\":\"say\",\"id\":\"rc\",\"to\":\"XX\",\"text\":\"hi\"}")).isEqualTo("unknown_recipient");
                assertThat(code(ua, "tx", "{\"type\":\"say\",\"id\":\"tx\",\"text\":\"   \"}")).isEqualTo("bad_text");
                ua.send("{\"type\":\"propose\",\"id\":\"ok\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
                assertThat(Wire.type(ua.reply("ok"))).isEqualTo("state");
                assertThat(code(ua, "pv", "{\"type\":\"vote\",\"id\":\"pv\",\"round\":1,\"accept\":true}")).isEqualTo("pen_holder_cannot_vote");
                assertThat(code(ua, "np", "{\"type\":\"propose\",\"id\":\"np\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}")).isEqualTo("not_proposing");
            }
        }
    }

    @Test
    void tooLongLineIsRefusedAndClosedButServerLives() throws Exception {
        try (Wire w = Wire.hello(server.address(), "big"); Wire bystander = Wire.hello(server.address(), "b")) {
            byte[] big = new byte[70 * 1024];
            java.util.Arrays.fill(big, (byte) 'x');
            w.sendRaw(big);
            w.sendRaw("\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(w.expect("error").get("code").getAsString()).isEqualTo("line_too_long");
            assertThat(w.closedByServer(Duration.ofSeconds(5))).isTrue();
            bystander.send("{\"type\":\"ping\",\"id\":\"p\"}");
            assertThat(Wire.type(bystander.reply("p"))).isEqualTo("pong");
        }
    }
}
