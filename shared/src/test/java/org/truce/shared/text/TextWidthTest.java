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
    void marksJoinersAndSelectorsTakeNoColumn() {
        assertThat(TextWidth.of(0x0301)).isZero(); // combining acute (Mn)
        assertThat(TextWidth.of(0x20E3)).isZero(); // combining enclosing keycap (Me)
        assertThat(TextWidth.of(0x200D)).isZero(); // zero-width joiner (Cf)
        assertThat(TextWidth.of(0xFE0F)).isZero(); // variation selector 16
        assertThat(TextWidth.of(0xE0041)).isZero(); // tag A (Cf)
        assertThat(TextWidth.cols("A1 e\u0301e\u0301e\u0301 end")).isEqualTo(10);
        assertThat(TextWidth.cols("1\uFE0F\u20E3")).isEqualTo(1);
        assertThat(TextWidth.cols("\u0E01\u0E34\u0E4A")).isEqualTo(1); // Thai "กิ๊": one base, two marks
        assertThat(TextWidth.cols("é")).isEqualTo(1);
    }

    @Test
    void padsByColumnsAndNeverCuts() {
        assertThat(TextWidth.padRight("乌克兰", 8)).isEqualTo("乌克兰  ");
        assertThat(TextWidth.padLeft("乌克兰", 8)).isEqualTo("  乌克兰");
        assertThat(TextWidth.padRight("Ukraine", 3)).isEqualTo("Ukraine");
    }
}
