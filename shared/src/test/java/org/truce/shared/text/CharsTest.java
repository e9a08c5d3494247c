package org.truce.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {
    private static final String THUMB = "\uD83D\uDC4D"; // 👍: one character, two UTF-16 units

    @Test
    void anEmojiCountsOnceAndAFlagAsItsTwoCodePoints() {
        assertThat(Chars.count("ok " + THUMB + " 准备")).isEqualTo(7);
        assertThat(Chars.count("\uD83C\uDDFA\uD83C\uDDE6")).isEqualTo(2); // 🇺🇦: two regional indicators
        assertThat(Chars.count(THUMB.repeat(32))).isEqualTo(32);
        assertThat(Chars.count("")).isZero();
        assertThat(Chars.count(null)).isZero();
    }

    @Test
    void aPrefixNeverEndsInHalfACharacter() {
        assertThat(Chars.prefix("a" + THUMB + "b", 2)).isEqualTo("a" + THUMB);
        assertThat(Chars.prefix(THUMB.repeat(50), 40)).isEqualTo(THUMB.repeat(40));
        assertThat(Chars.prefix("short", 40)).isEqualTo("short");
    }
}
