package org.truce.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void countsTerminalColumns() {
        assertThat(TextWidth.cols("Україна 乌克兰")).isEqualTo(14);
        assertThat(TextWidth.cols("ok 👍 准备好了 🇺🇦")).isEqualTo(3 + 3 + 9 + 4);
        assertThat(TextWidth.cols("ＡＢ")).isEqualTo(4);
        assertThat(TextWidth.cols("ｱ")).isEqualTo(1); // halfwidth katakana
        assertThat(TextWidth.cols(null)).isZero();
    }

    @Test
    void padsByColumnsAndNeverCuts() {
        assertThat(TextWidth.padRight("乌克兰", 8)).isEqualTo("乌克兰  ");
        assertThat(TextWidth.padLeft("乌克兰", 8)).isEqualTo("  乌克兰");
        assertThat(TextWidth.padRight("Ukraine", 3)).isEqualTo("Ukraine");
    }
}
