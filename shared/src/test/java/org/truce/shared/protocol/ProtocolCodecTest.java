package org.truce.shared.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;

class ProtocolCodecTest {

    private static void fails(String line, ErrorCode code) {
        assertThatThrownBy(() -> ProtocolCodec.decodeClient(line))
                .isInstanceOf(ProtocolException.class)
                .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(code));
    }

    @Test
    void decodesTheClientVocabularyWithRequestIds() {
        var hello = ProtocolCodec.decodeClient("{\"type\":\"hello\",\"name\":\"Ana\",\"protocol\":1,\"id\":\"h1\"}");
        assertThat(hello.id()).isEqualTo("\"h1\"");
        assertThat(hello.message()).isEqualTo(new ClientMessage.Hello("Ana", 1, null));
        var create = ProtocolCodec.decodeClient("{\"type\":\"create_room\",\"scenario\":\"paris-summit\",\"bots\":{\"RU\":\"boulware\"},\"rounds\":8}");
        assertThat(create.message()).isEqualTo(new ClientMessage.CreateRoom("paris-summit", Map.of("RU", "boulware"), 8, null, null, null, null, null));
        var propose = ProtocolCodec.decodeClient("{\"type\":\"propose\",\"round\":2,\"terms\":{\"nato\":\"b\"},\"id\":7}");
        assertThat(propose.id()).isEqualTo("7");
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"ping\",\"id\":-1.50}").id()).isEqualTo("-1.50");
        assertThat(propose.message()).isEqualTo(new ClientMessage.Propose(2, Map.of("nato", "b")));
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"vote\",\"round\":2,\"accept\":false}").message())
                .isEqualTo(new ClientMessage.Vote(2, false));
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"say\",\"text\":\"hi\"}").message())
                .isEqualTo(new ClientMessage.Say("all", "hi"));
        for (String t : List.of("scenarios", "rooms", "leave", "ping")) {
            assertThat(ProtocolCodec.typeOf(ProtocolCodec.decodeClient("{\"type\":\"" + t + "\"}").message())).isEqualTo(t);
        }
    }

    @Test
    void badInputGetsAStableCodeAndKeepsTheRequestId() {
        fails("{\"type\":\"vote\"", ErrorCode.MALFORMED_JSON);
        fails("not json at all", ErrorCode.MALFORMED_JSON);
        fails("[1,2]", ErrorCode.MALFORMED_JSON);
        fails("{\"name\":\"x\"}", ErrorCode.MISSING_FIELD);
        fails("{\"type\":\"dance\"}", ErrorCode.UNKNOWN_TYPE);
        fails("{\"type\":\"vote\",\"round\":1}", ErrorCode.MISSING_FIELD);
        fails("{\"type\":\"vote\",\"round\":1,\"accept\":\"yes\"}", ErrorCode.BAD_FIELD);
        fails("{\"type\":\"vote\",\"round\":\"1\",\"accept\":true}", ErrorCode.BAD_FIELD);
        fails("{\"type\":\"propose\",\"round\":1.5,\"terms\":{}}", ErrorCode.BAD_FIELD);
        fails("{\"type\":\"propose\",\"round\":1,\"terms\":{\"nato\":3}}", ErrorCode.BAD_FIELD);
        fails("{\"type\":\"create_room\",\"scenario\":\"paris-summit\",\"rounds\":99}", ErrorCode.BAD_FIELD);
        fails("{\"type\":\"hello\",\"protocol\":1,\"name\":\"Ana\\u001b[31m\"}", ErrorCode.BAD_NAME);
        assertThatThrownBy(() -> ProtocolCodec.decodeClient("{\"type\":\"vote\",\"id\":\"v9\",\"round\":1}"))
                .satisfies(e -> assertThat(((ProtocolException) e).re()).isEqualTo("\"v9\""));
    }

    @Test
    void serverMessagesCarryTheirTypeAndTheRequestIdAsRe() {
        String line = ProtocolCodec.encode(new ServerMessage.Error("not_your_pen", "RU holds the pen"), "\"p1\"");
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        assertThat(o.get("type").getAsString()).isEqualTo("error");
        assertThat(o.get("re").getAsString()).isEqualTo("p1");
        assertThat(o.get("code").getAsString()).isEqualTo("not_your_pen");
        assertThat(line).doesNotContain("\n");
        // a client reads the re back as the same JSON text, so it can match the reply to its request
        assertThat(ProtocolCodec.decodeServer(line).id()).isEqualTo("\"p1\"");
        assertThat(ProtocolCodec.decodeServer("{\"type\":\"pong\",\"re\":7}").id()).isEqualTo("7");
        assertThat(ProtocolCodec.decodeServer("{\"type\":\"pong\"}").id()).isNull();

        String scenarios = ProtocolCodec.encode(new ServerMessage.Scenarios(List.of(TestScenarios.paris().info())));
        var back = (ServerMessage.Scenarios) ProtocolCodec.decodeServer(scenarios).message();
        assertThat(back.scenarios().get(0)).isEqualTo(TestScenarios.paris().info());
        assertThat(back.scenarios().get(0).space().size()).isEqualTo(262_144);
        assertThat(scenarios).doesNotContain("weights").doesNotContain("noDeal");
    }

    private static String message(String line) {
        try {
            ProtocolCodec.decodeClient(line);
        } catch (ProtocolException e) {
            return e.code() + ": " + e.getMessage();
        }
        throw new AssertionError("decoded: " + line);
    }

    @Test
    void theIdComesBackAsTheSameJsonValue() {
        String number = ProtocolCodec.decodeClient("{\"type\":\"ping\",\"id\":7}").id();
        String text = ProtocolCodec.decodeClient("{\"type\":\"ping\",\"id\":\"7\"}").id();
        JsonObject n = JsonParser.parseString(ProtocolCodec.encode(new ServerMessage.Pong(), number)).getAsJsonObject();
        JsonObject t = JsonParser.parseString(ProtocolCodec.encode(new ServerMessage.Pong(), text)).getAsJsonObject();
        assertThat(n.get("re")).isEqualTo(new com.google.gson.JsonPrimitive(7));
        assertThat(n.get("re").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(t.get("re").getAsJsonPrimitive().isString()).isTrue();
        assertThat(ProtocolCodec.encode(new ServerMessage.Pong(), number)).isEqualTo("{\"type\":\"pong\",\"re\":7}");
        assertThat(message("{\"type\":\"ping\",\"id\":true}")).isEqualTo("bad_field: 'id' must be a string or a number");
        assertThat(message("{\"type\":\"ping\",\"id\":{\"a\":1}}")).isEqualTo("bad_field: 'id' must be a string or a number");
    }

    @Test
    void aLineWithMoreAfterItsObjectIsMalformed() {
        assertThat(message("{\"type\":\"ping\",\"id\":\"a\"}{\"type\":\"ping\",\"id\":\"b\"}"))
                .isEqualTo("malformed_json: not one JSON object: more after the JSON value (only one value is allowed) at line 1 column 25");
        assertThat(message("{\"type\":\"ping\"} garbage")).startsWith("malformed_json: ");
        // the client reads the server's lines the same way
        assertThatThrownBy(() -> ProtocolCodec.decodeServer("{\"type\":\"pong\"}{\"type\":\"pong\"}"))
                .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(ErrorCode.MALFORMED_JSON));
        assertThatThrownBy(() -> ProtocolCodec.decodeServer("{\"type\":\"said\",\"text\":\"a\",\"text\":\"b\"}"))
                .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(ErrorCode.MALFORMED_JSON));
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"ping\"}  \t ").message()).isEqualTo(new ClientMessage.Ping());
    }

    @Test
    void aDuplicateKeyIsMalformed() {
        assertThat(message("{\"type\":\"vote\",\"round\":1,\"accept\":true,\"accept\":false}"))
                .isEqualTo("malformed_json: not one JSON object: duplicate key 'accept' at $.accept");
        assertThat(message("{\"type\":\"propose\",\"round\":1,\"terms\":{\"nato\":\"a\",\"nato\":\"b\"}}"))
                .isEqualTo("malformed_json: not one JSON object: duplicate key 'nato' at $.terms.nato");
    }

    @Test
    void fieldErrorsSayWhatTheFieldMustBeNeverALibrarysMessage() {
        String huge = "1" + "0".repeat(4999);
        assertThat(message("{\"type\":\"create_room\",\"scenario\":\"s\",\"rounds\":" + huge + "}"))
                .isEqualTo("bad_field: 'rounds' is out of range");
        assertThat(message("{\"type\":\"create_room\",\"scenario\":\"s\",\"rounds\":99}"))
                .isEqualTo("bad_field: 'rounds' must be a whole number 1..50");
        assertThat(message("{\"type\":\"create_room\",\"scenario\":\"s\",\"rounds\":2.5}"))
                .isEqualTo("bad_field: 'rounds' must be a whole number");
        assertThat(message("{\"type\":\"create_room\",\"scenario\":\"s\",\"seed\":1e999999999}"))
                .isEqualTo("bad_field: 'seed' is out of range");
        assertThat(message("{\"type\":\"create_room\",\"scenario\":\"s\",\"bots\":{\"UA\":null}}"))
                .isEqualTo("bad_field: 'bots.UA' must be a string");
        assertThat(message("{\"type\":\"create_room\",\"scenario\":\"s\",\"bots\":[\"UA\"]}"))
                .isEqualTo("bad_field: 'bots' must be an object of strings");
        assertThat(message("{\"type\":\"propose\",\"round\":1,\"terms\":{\"nato\":3}}"))
                .isEqualTo("bad_field: 'terms.nato' must be a string");
        assertThat(message("{\"type\":\"vote\",\"round\":1,\"accept\":\"yes\"}"))
                .isEqualTo("bad_field: 'accept' must be true or false");
        assertThat(message("{\"type\":\"hello\",\"protocol\":\"1\"}"))
                .isEqualTo("bad_field: 'protocol' must be a whole number");
        assertThat(message("{\"type\":\"ping\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}"))
                .startsWith("malformed_json: not one JSON object: nested deeper than 64 levels");
    }

    @Test
    void namesMustBeVisiblePlainTextAndNotPassForABot() {
        assertThat(message("{\"type\":\"hello\",\"protocol\":1,\"name\":\"A\\u200Bna\"}"))
                .isEqualTo("bad_name: 'name' must be plain text on one line: no control, invisible or direction characters");
        assertThat(message("{\"type\":\"hello\",\"protocol\":1,\"name\":\"Ukraine (bot)\"}"))
                .isEqualTo("bad_name: 'name' may not end in \"(bot)\" or \"(stand-in)\": those mark the game's bots");
        assertThat(message("{\"type\":\"hello\",\"protocol\":1,\"name\":\"x (STANDIN)\"}")).startsWith("bad_name: ");
        assertThat(message("{\"type\":\"hello\",\"protocol\":1,\"name\":\"Ana\\u001b[31m\"}")).startsWith("bad_name: ");
        assertThat(((ClientMessage.Hello) ProtocolCodec.decodeClient("{\"type\":\"hello\",\"protocol\":1,\"name\":\"Ana 👍 准备\"}").message()).name())
                .isEqualTo("Ana 👍 准备");
    }

    @Test
    void theIdCountsCharactersAndATypeMustBeAString() {
        String thumb = "\uD83D\uDC4D";
        // 33 emoji: 33 characters (66 UTF-16 units) is within the 64-character limit
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"ping\",\"id\":\"" + thumb.repeat(33) + "\"}").message())
                .isInstanceOf(ClientMessage.Ping.class);
        assertThat(message("{\"type\":\"ping\",\"id\":\"" + thumb.repeat(65) + "\"}"))
                .isEqualTo("bad_field: 'id' must be at most 64 characters");
        assertThat(message("{\"type\":7}")).isEqualTo("bad_field: 'type' must be a string");
        assertThat(message("{\"type\":[\"ping\"]}")).isEqualTo("bad_field: 'type' must be a string");
        assertThat(message("{\"id\":1}")).startsWith("missing_field: ");
    }

    @Test
    void blankLookingNamesGetOneRefusal() {
        String blank = "bad_name: 'name' " + org.truce.shared.scenario.PlainText.BLANK_NAME;
        assertThat(message("{\"type\":\"hello\",\"protocol\":1,\"name\":\"\u3000\"}")).isEqualTo(blank);
        assertThat(message("{\"type\":\"hello\",\"protocol\":1,\"name\":\"\u00a0\"}")).isEqualTo(blank);
        assertThat(((ClientMessage.Hello) ProtocolCodec.decodeClient("{\"type\":\"hello\",\"protocol\":1,\"name\":\"  \"}").message()).name())
                .isEqualTo("anonymous");
    }

    @Test
    void outOfRangeSecondsAndRoundsReachTheRulesWhichNameThem() {
        // the rules answer bad_seconds and too_many_rounds with what is allowed; the decoder only needs the numbers
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"extend\",\"room\":\"ABCDE\",\"seconds\":0}").message())
                .isEqualTo(new ClientMessage.Extend("ABCDE", 0, null));
        assertThat(ProtocolCodec.decodeClient("{\"type\":\"add_rounds\",\"room\":\"ABCDE\",\"rounds\":99}").message())
                .isEqualTo(new ClientMessage.AddRounds("ABCDE", 99, null));
    }
}
