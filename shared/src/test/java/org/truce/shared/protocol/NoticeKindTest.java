package org.truce.shared.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One type for the notice kinds: wire words read back, and docs/PROTOCOL.md lists every kind. */
class NoticeKindTest {
    @Test
    void wireWordsReadBackAndANewerServersKindIsNone() {
        for (NoticeKind k : NoticeKind.values()) {
            assertThat(NoticeKind.fromWire(k.wire())).isEqualTo(k);
        }
        assertThat(NoticeKind.SEAT_FREED.wire()).isEqualTo("seat_freed");
        assertThat(NoticeKind.fromWire("meteor")).isNull();
        assertThat(NoticeKind.fromWire(null)).isNull();
        assertThat(ProtocolCodec.encode(ServerMessage.Notice.of(NoticeKind.STAND_IN, "x"))).contains("\"kind\":\"stand_in\"");
    }

    @Test
    void docsProtocolListsEveryKindAndNoOther() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "PROTOCOL.md"), StandardCharsets.UTF_8);
        String row = doc.lines().filter(l -> l.startsWith("| `notice` |")).findFirst().orElseThrow();
        int from = row.indexOf("kinds:");
        assertThat(from).as("the notice row names its kinds").isNotNegative();
        // the kinds are the code words before each one's explanation: `a`, `b` (why), ...
        Set<String> documented = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?:kinds: |, )`([a-z_]+)`").matcher(row.substring(from));
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> kinds = Arrays.stream(NoticeKind.values()).map(NoticeKind::wire).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(documented).as("kinds in docs/PROTOCOL.md's notice row").containsExactlyInAnyOrderElementsOf(kinds);
    }
}
