package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void wrapsWordsKeepsIndentAndCutsLongWords() {
        assertThat(Text.wrap("the quick brown fox", 10)).containsExactly("the quick", "brown fox");
        assertThat(Text.wrap("   100  Option A", 40)).containsExactly("   100  Option A");
        assertThat(Text.wrap("abcdefghijkl", 5)).containsExactly("abcde", "fghij", "kl");
        assertThat(Text.wrap("  one two three", 9)).containsExactly("  one two", "  three");
    }

    @Test
    void fitsAndPads() {
        assertThat(Text.fit("Breach commission", 10)).isEqualTo("Breach co…");
        assertThat(Text.pad("ab", 4)).isEqualTo("ab  ");
        assertThat(Text.padLeft("ab", 4)).isEqualTo("  ab");
        assertThat(Text.timeLeft(10_000L, 0)).isEqualTo("0:10");
        assertThat(Text.timeLeft(null, 0)).isNull();
    }

    @Test
    void countsTerminalColumnsNotCharacters() {
        // 和平 takes four columns: fitting and padding measure what the terminal draws
        assertThat(Text.cols("和平 ok")).isEqualTo(7);
        assertThat(Text.fit("和平和平和平", 5)).isEqualTo("和平…");
        assertThat(Text.pad("和平", 6)).isEqualTo("和平  ");
        assertThat(Text.cols(Text.pad("мир 🕊", 10))).isEqualTo(10);
        assertThat(Text.wrap("和平和平和平", 4)).containsExactly("和平", "和平", "和平");
        assertThat(Text.wrap("Слава Україні", 6)).containsExactly("Слава", "Україн", "і");
    }
}
