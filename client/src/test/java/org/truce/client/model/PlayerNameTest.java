package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The client checks a name's length as the server does: in characters, so an emoji counts once. */
class PlayerNameTest {
    private static final String THUMB = "\uD83D\uDC4D";

    @Test
    void thirtyTwoEmojiAreANameAndThirtyThreeAreNot() {
        assertThat(PlayerName.problem(THUMB.repeat(32))).isNull();
        assertThat(PlayerName.problem("Ana " + THUMB + " 准备")).isNull();
        assertThat(PlayerName.problem(THUMB.repeat(33))).isEqualTo("Your name must be at most 32 characters (it has 33).");
    }
}
