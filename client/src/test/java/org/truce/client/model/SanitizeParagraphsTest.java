package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A brief's paragraphs reach the screen as paragraphs, not joined by a double space. */
class SanitizeParagraphsTest {
    @Test
    void paragraphBreaksStayAndControlCharactersStillGo() {
        assertThat(Sanitize.paragraphs("in the constitution.\n\nRussia demands")).isEqualTo("in the constitution.\n\nRussia demands");
        assertThat(Sanitize.paragraphs("a\r\nb\u001B[2Jc")).isEqualTo("a\nb [2Jc");
        assertThat(Sanitize.paragraphs(null)).isNull();
    }
}
