package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** The typed field readers: a value or null, and then exactly one problem at the given path. */
class JsonFieldsTest {
    private final JsonFields fields = new JsonFields();
    private final JsonObject o = JsonParser.parseString(
            "{\"s\":\"x\",\"blank\":\" \",\"n\":2.5,\"i\":3,\"b\":true,\"a\":[\"one\",7,\"two\\nlines\"]}").getAsJsonObject();

    @Test
    void goodValuesAreReadWithoutProblems() {
        assertThat(fields.string(o, "s", "p.s", true)).isEqualTo("x");
        assertThat(fields.number(o, "n", "p.n", 0, 10, true)).isEqualTo(2.5);
        assertThat(fields.integer(o, "i", "p.i", 1, 5, true)).isEqualTo(3);
        assertThat(fields.bool(o, "b", "p.b")).isTrue();
        assertThat(fields.string(o, "missing", "p.missing", false)).isNull();
        assertThat(fields.problems).isEmpty();
    }

    @Test
    void eachBadValueIsOneProblemAtItsPath() {
        assertThat(fields.string(o, "missing", "p.missing", true)).isNull();
        assertThat(fields.string(o, "blank", "p.blank", true)).isNull();
        assertThat(fields.string(o, "n", "p.n", true)).isNull();
        assertThat(fields.number(o, "n", "p.n", 3, 4, true)).isNull();
        assertThat(fields.integer(o, "n", "p.n", 0, 10, true)).isNull();
        assertThat(fields.bool(o, "s", "p.s")).isNull();
        assertThat(fields.object(o.get("s"), "p.s")).isNull();
        assertThat(fields.strings(o, "a", "p.a")).containsExactly("one");
        assertThat(fields.problems).containsExactly(
                "p.missing: is required (a string)",
                "p.blank: must not be empty",
                "p.n: must be a string",
                "p.n: must be between 3 and 4, got 2.5",
                "p.n: must be a whole number, got 2.5",
                "p.s: must be true or false",
                "p.s: must be an object",
                "p.a[1]: must be a string",
                "p.a[2]: must be one line of plain text (it is said in chat)");
    }
}
