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

    /** The score shown next to two numbers is their difference as shown (the newcomer saw 42.0, 34.6 and −7.5). */
    @Test
    void aGainIsTheDifferenceOfTheNumbersAsShown() {
        assertThat(Text.num(34.55) + " " + Text.num(42.0) + " " + Text.gain(34.55, 42.0)).isEqualTo("34.6 42.0 -7.4");
        assertThat(Text.gain(16.06, 60.04)).isEqualTo("-43.9");
        assertThat(Text.gain(42.0, 42.0)).isEqualTo("+0.0");
        assertThat(Text.gain(50.25, 10.0)).isEqualTo("+40.3");
        for (int i = 0; i < 2000; i++) { // whatever the binary fractions, the gain adds up with the numbers shown
            double a = i * 0.05 + 0.001 * (i % 7);
            double b = 100 - i * 0.035;
            assertThat(Double.parseDouble(Text.gain(a, b).replace(',', '.'))).as(a + " " + b)
                    .isCloseTo(Double.parseDouble(Text.num(a).replace(',', '.')) - Double.parseDouble(Text.num(b).replace(',', '.')), org.assertj.core.data.Offset.offset(1e-9));
        }
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
