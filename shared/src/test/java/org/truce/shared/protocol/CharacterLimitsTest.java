package org.truce.shared.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A name's limit counts characters (code points) as users do, not UTF-16 units: an emoji is one. */
class CharacterLimitsTest {
    private static final String THUMB = "\uD83D\uDC4D";

    private static ClientMessage.Hello hello(String name) {
        return (ClientMessage.Hello) ProtocolCodec.decodeClient(
                "{\"type\":\"hello\",\"protocol\":1,\"name\":\"" + name + "\"}").message();
    }

    @Test
    void thirtyTwoEmojiAreANameAndThirtyThreeAreNot() {
        assertThat(hello(THUMB.repeat(32)).name()).isEqualTo(THUMB.repeat(32));
        assertThat(hello("x".repeat(31) + THUMB).name()).isEqualTo("x".repeat(31) + THUMB);
        assertThatThrownBy(() -> hello(THUMB.repeat(33)))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("'name' must be at most 32 characters")
                .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(ErrorCode.BAD_NAME));
        assertThatThrownBy(() -> hello("x".repeat(32) + THUMB)).isInstanceOf(ProtocolException.class);
    }
}
