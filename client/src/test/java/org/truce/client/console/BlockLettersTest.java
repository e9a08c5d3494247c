package org.truce.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The join sheet's block letters: every character a room code uses has its own glyph, five rows, five columns. */
class BlockLettersTest {
    /** The server's room-code alphabet (Secrets.CODE_ALPHABET). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    @Test
    void everyCodeCharacterHasADistinctGlyph() {
        Set<List<String>> seen = new HashSet<>();
        List<String> box = BlockLetters.render("~");
        for (char c : CODE_ALPHABET.toCharArray()) {
            List<String> g = BlockLetters.render(String.valueOf(c));
            assertThat(g).as("%s", c).hasSize(BlockLetters.HEIGHT).isNotEqualTo(box);
            g.forEach(row -> assertThat(row.length()).as("%s", c).isLessThanOrEqualTo(5));
            assertThat(seen.add(g)).as("%s looks like another character", c).isTrue();
        }
    }

    @Test
    void aCodeIsItsGlyphsSideBySide() {
        List<String> rows = BlockLetters.render("k7");
        assertThat(rows.get(0)).isEqualTo("█   █ █████");
        assertThat(BlockLetters.width("K7QXM")).isEqualTo(29);
        assertThat(new JoinSheet("10.0.0.5:7777", "paris-summit", List.of("K7QXM")).lines())
                .startsWith("Join the game:  truce join 10.0.0.5:7777   (then pick your room's code)")
                .contains("Room 1 of 1:  K7QXM");
    }
}
