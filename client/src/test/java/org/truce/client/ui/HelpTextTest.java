package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Help reads as paragraphs at any terminal width: no sentence broken by hand, key lists stay in a column. */
class HelpTextTest {
    private static final List<String> HELP = List.of(Help.GAME, Help.TABLE, Help.table(false, true), Help.table(true, true), Help.table(true, false), Help.EDITOR, Help.DEBRIEF, Help.START, Help.LOBBY,
            Help.COMMON);

    @Test
    void wrapsWithoutRaggedLinesAt80To120Columns() {
        for (int cols : new int[] {80, 100, 120}) {
            int width = Math.max(40, Math.min(76, cols - 6)) - 2; // as TextDialog lays it out
            for (String help : HELP) {
                List<String> lines = Text.wrapHanging(help, width);
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String a = lines.get(i);
                    String b = lines.get(i + 1).strip();
                    assertThat(Text.cols(a)).as(a).isLessThanOrEqualTo(width);
                    // a line going on with a lower-case word that would have fitted above: a hand-made break
                    if (!b.isEmpty() && Character.isLowerCase(b.charAt(0))) {
                        String word = b.split(" ")[0];
                        assertThat(Text.cols(a) + 1 + Text.cols(word)).as("ragged at %d columns:%n%s%n%s", cols, a, b)
                                .isGreaterThan(width);
                    }
                }
            }
        }
    }

    @Test
    void aKeyLineContinuesUnderItsDescription() {
        List<String> lines = Text.wrapHanging("I    start from your ideal package (best for you, avoiding every declared red line)", 40);
        assertThat(lines).containsExactly("I    start from your ideal package (best",
                "     for you, avoiding every declared", "     red line)");
        assertThat(Text.wrapHanging("Plain words  with two spaces fit", 40)).containsExactly("Plain words  with two spaces fit");
    }

    /** Solo has no lobby and nobody else's room to run: its help offers neither F nor Esc to the lobby. */
    @Test
    void theFacilitatorKeyIsOfferedOnlyWhereThereIsALobby() {
        for (boolean spectator : new boolean[] {false, true}) {
            assertThat(Help.table(spectator, false)).doesNotContain("creator only").doesNotContain("\n\n\n");
            assertThat(Help.table(spectator, true)).contains("F  (the room's creator only)").doesNotContain("\n\n\n");
        }
    }
}
