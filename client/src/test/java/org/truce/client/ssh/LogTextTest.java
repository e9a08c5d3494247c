package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User names in the door's log lines. */
class LogTextTest {
    @Test
    void controlAndDirectionCharactersAreEscapedAndLongTextIsCut() {
        assertThat(LogText.clean("x\u001b]2;PWNED\u0007\n\u202eA\u009b")).isEqualTo("x\\u001b]2;PWNED\\u0007\\u000a\\u202eA\\u009b");
        assertThat(LogText.clean("Ana")).isEqualTo("Ana");
        assertThat(LogText.clean("a".repeat(100))).isEqualTo("a".repeat(80) + "…");
        assertThat(LogText.clean(null)).isEqualTo("null");
    }
}
