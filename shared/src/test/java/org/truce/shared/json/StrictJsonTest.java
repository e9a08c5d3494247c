package org.truce.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** StrictJson refuses everything but one well-formed JSON value, each time in our own words. */
class StrictJsonTest {

    private static StrictJson.Malformed refused(String text) {
        try {
            StrictJson.parse(text);
        } catch (StrictJson.Malformed e) {
            // never gson's text: no hint at its settings, no link to its guide, no line breaks
            assertThat(e.getMessage()).doesNotContain("Strictness", "LENIENT", "JsonReader", "gson", "http", "\n");
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void wellFormedJsonReadsAsGsonWouldReadIt() {
        String text = "{\"a\": [1, -2.5e3, \"x\\n\\u00e9\", true, false, null, {}], \"b\": {\"c\": []}}\n";
        assertThat(StrictJson.parse(text)).isEqualTo(JsonParser.parseString(text));
        assertThat(StrictJson.parse(" \t\r\n\"s\" \r\n")).isEqualTo(JsonParser.parseString("\"s\""));
        assertThat(StrictJson.parse("null")).isEqualTo(JsonNull.INSTANCE);
        // RFC 8259 lets a parser skip a byte order mark at the start; gson does
        assertThat(StrictJson.parse("\ufeff[1]")).isEqualTo(JsonParser.parseString("[1]"));
    }

    @Test
    void anythingAfterTheFirstValueIsRefusedAndPointedAt() {
        assertThat(refused("{\"a\":1}{\"b\":2}").getMessage())
                .isEqualTo("more after the JSON value (only one value is allowed) at line 1 column 8");
        assertThat(refused("[1]\n  x").getMessage())
                .isEqualTo("more after the JSON value (only one value is allowed) at line 2 column 3");
        assertThat(refused("1 2").getMessage())
                .isEqualTo("more after the JSON value (only one value is allowed) at line 1 column 3");
        assertThat(refused("{} // a comment").getMessage()).startsWith("more after the JSON value");
        assertThat(refused("{}\u00a0").getMessage()).startsWith("more after the JSON value");
        assertThat(refused("[1],").getMessage()).startsWith("more after the JSON value");
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsJsonPath() {
        StrictJson.Malformed e = refused(
                "{\"parties\":[{\"weights\":{\"ceasefire_line\":1,\"nato\":2,\"ceasefire_line\":3}}]}");
        assertThat(e.getMessage()).isEqualTo("duplicate key 'ceasefire_line' at $.parties[0].weights.ceasefire_line");
        assertThat(e.path()).isEqualTo("$.parties[0].weights.ceasefire_line");
        assertThat(refused("{\"a\":1,\"a\":1}").path()).isEqualTo("$.a");
        // the same key in different objects is fine
        assertThat(StrictJson.parse("[{\"a\":1},{\"a\":2,\"b\":{\"a\":3}}]").getAsJsonArray()).hasSize(2);
    }

    @Test
    void nestingIsBoundedAndAHugeNestingIsRefusedWithoutOverflowingTheStack() {
        String deepest = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
        assertThat(StrictJson.parse(deepest).isJsonArray()).isTrue();
        assertThat(refused("[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1)).getMessage())
                .isEqualTo("nested deeper than 64 levels at line 1 column 65");
        assertThat(refused("[".repeat(100_000)).getMessage()).startsWith("nested deeper than 64 levels");
        assertThat(refused("{\"a\":".repeat(100_000)).getMessage()).startsWith("nested deeper than 64 levels");
        assertThat(refused("[{\"a\":".repeat(50_000)).getMessage()).startsWith("nested deeper than 64 levels");
    }

    @Test
    void numbersKeepTheirLiteralText() {
        String big = "9".repeat(1000);
        JsonElement n = StrictJson.parse("{\"rounds\":" + big + ",\"seed\":1e999999999,\"x\":-0,\"y\":0.10,\"z\":-12}");
        assertThat(n.getAsJsonObject().get("rounds").getAsNumber().toString()).isEqualTo(big);
        assertThat(n.getAsJsonObject().get("rounds").getAsBigDecimal()).isEqualTo(new BigDecimal(big));
        assertThat(n.getAsJsonObject().get("seed").getAsNumber().toString()).isEqualTo("1e999999999");
        assertThat(n.getAsJsonObject().get("x").getAsNumber().toString()).isEqualTo("-0");
        assertThat(n.getAsJsonObject().get("y").getAsNumber().toString()).isEqualTo("0.10");
        assertThat(n.getAsJsonObject().get("z").getAsNumber().toString()).isEqualTo("-12");
    }

    /** gson's reader refuses valid numbers over 1,023 characters and misreads some (google/gson#3034): ours keeps them. */
    @Test
    void numbersOfAnyLengthAreKeptAsWritten() {
        String huge = "1" + "0".repeat(4999);
        assertThat(StrictJson.parse("{\"rounds\":" + huge + "}").getAsJsonObject().get("rounds").getAsNumber().toString())
                .isEqualTo(huge);
        assertThat(StrictJson.parse("[184467440737095516160]").getAsJsonArray().get(0).getAsBigInteger())
                .isEqualTo(new java.math.BigInteger("184467440737095516160"));
        // what is not a number is not called one
        assertThat(refused("[01]").getMessage()).isEqualTo("expected ',' or ']' at line 1 column 3");
        assertThat(refused("[12x]").getMessage()).contains("line 1 column 4");
    }

    @Test
    void whatLenientParsersAcceptIsRefusedInOurOwnWords() {
        String[] bad = {
            "{'a':1}", "['a']", "{a:1}", "[abc]", "[NaN]", "[-Infinity]", "[Infinity]", "[True]", "[NULL]",
            "[1,]", "{\"a\":1,}", "[,1]", "[1;2]", "{\"a\"=1}", "{\"a\"=>1}", "{\"a\":1;\"b\":2}",
            "/* c */ [1]", "// c\n[1]", "# c\n[1]", "[1 /* c */]", ")]}'\n[1]", "[01]", "[1.]", "[.5]",
            "[+1]", "[1e]", "[0x10]", "[\"a\tb\"]", "[\"a\\x\"]", "[\"\\u12\"]", "[\"\\'\"]", "[1 2]",
            "{\"a\" 1}", "{\"a\":}", "[\"a\"\"b\"]", "\u00a0[1]"};
        for (String text : bad) {
            assertThat(refused(text).getMessage()).as(text).matches(".* at line \\d+ column \\d+");
        }
        // the message says what is wrong and points at it
        assertThat(refused("[\"a\tb\"]").getMessage())
                .isEqualTo("control character in a string (write it as an escape) at line 1 column 4");
        assertThat(refused("{\"a\":1,\n 'b':2}").getMessage()).endsWith("at line 2 column 2");
    }

    @Test
    void emptyAndCutShortInputSayWhatIsMissing() {
        assertThat(refused("").getMessage()).isEqualTo("no JSON value (empty input)");
        assertThat(refused(" \r\n\t").getMessage()).isEqualTo("no JSON value (empty input)");
        assertThat(refused("{\"id\": \"x\",").getMessage()).isEqualTo("unexpected end of input at line 1 column 12");
        assertThat(refused("[1").getMessage()).startsWith("unexpected end of input at line 1");
        assertThat(refused("\"abc").getMessage()).matches("(unexpected end of input|unterminated string|unexpected text).* at line 1 column \\d+");
        assertThat(refused("tru").getMessage()).matches("(unexpected end of input|unterminated string|unexpected text).* at line 1 column \\d+");
    }

    @Test
    void aLoneSurrogateInAStringIsRefusedEscapedOrNot() {
        assertThat(refused("{\"id\":\"\\ud800\"}").getMessage())
                .isEqualTo("string with a lone surrogate \\ud800 (half of a pair: not a character) at line 1 column 7");
        assertThat(refused("[\"a\\udc00b\"]").getMessage()).startsWith("string with a lone surrogate \\udc00");
        assertThat(refused("[\"\\ude00\\ud83d\"]").getMessage()).startsWith("string with a lone surrogate \\ude00");
        assertThat(refused("[\"x\ud800\"]").getMessage()).startsWith("string with a lone surrogate \\ud800");
        assertThat(refused("{\"\\udbff\":1}").getMessage()).startsWith("string with a lone surrogate \\udbff");
        // a pair, escaped or not, is one character outside the BMP
        assertThat(StrictJson.parse("[\"\\ud83d\\ude00\", \"\ud83d\ude00\"]").getAsJsonArray().get(0).getAsString())
                .isEqualTo("\uD83D\uDE00");
    }
}
