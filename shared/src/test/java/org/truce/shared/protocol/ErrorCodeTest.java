package org.truce.shared.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.RejectReason;

/** One type for every error code: the rules' refusals keep their wire words, and docs/PROTOCOL.md lists every code. */
class ErrorCodeTest {
    @Test
    void everyRuleRejectionHasTheCodeItAlwaysHadOnTheWire() {
        for (RejectReason r : RejectReason.values()) {
            // the wire word of a rejection was always its name in lower case: clients compare it
            assertThat(ErrorCode.of(r).wire()).as(r.name()).isEqualTo(r.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void wireNamesAreDistinctLowerCaseWordsAndReadBack() {
        Set<String> wires = new LinkedHashSet<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(c.wire()).matches("[a-z_]+");
            assertThat(wires.add(c.wire())).as("duplicate " + c.wire()).isTrue();
            assertThat(ErrorCode.fromWire(c.wire())).isSameAs(c);
            assertThat(c.is(c.wire())).isTrue();
        }
        assertThat(ErrorCode.NOT_HELLO.wire()).isEqualTo("hello_first");
        assertThat(ErrorCode.fromWire("a_newer_servers_code")).isNull();
        assertThat(ErrorCode.BAD_TOKEN.is(null)).isFalse();
    }

    @Test
    void theErrorMessageCarriesTheWireWord() {
        assertThat(ProtocolCodec.encode(ServerMessage.Error.of(ErrorCode.NOT_HELLO, "say hello first")))
                .contains("\"code\":\"hello_first\"");
    }

    @Test
    void docsProtocolListsEveryCodeAndNoOther() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "PROTOCOL.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("## Error codes");
        assertThat(start).as("an 'Error codes' section in docs/PROTOCOL.md").isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        Set<String> documented = new LinkedHashSet<>();
        for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                // the first column: one code, or several as `a` / `b`
                Matcher m = Pattern.compile("`([a-z_]+)`").matcher(line.substring(1, line.indexOf('|', 1)));
                while (m.find()) {
                    documented.add(m.group(1));
                }
            }
        }
        Set<String> codes = Arrays.stream(ErrorCode.values()).map(ErrorCode::wire).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(documented).as("codes in docs/PROTOCOL.md's table").containsExactlyInAnyOrderElementsOf(codes);
    }
}
