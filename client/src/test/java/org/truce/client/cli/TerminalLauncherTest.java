package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where the game cannot be drawn or played, the interactive commands refuse at once: one line, exit 2. */
class TerminalLauncherTest {

    @Test
    @Timeout(120)
    void everyInteractiveCommandRefusesWithoutATerminal() throws Exception {
        // stdin from /dev/null, stdout to a file: no key could ever reach the game
        for (String[] args : new String[][] {{"solo", "--party", "UA"}, {"join", "localhost:1"}, {}}) {
            ChildTruce.Result r = ChildTruce.run(Map.of(), args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", args))
                    .isEqualTo("truce: the game needs an interactive terminal: run it in a terminal, without redirecting its input or output");
            assertThat(r.out()).isEmpty(); // not a byte of screen drawing
        }
    }

    @Test
    void aDumbTerminalIsRefusedWithOneLine() {
        assertThat(TerminalLauncher.refusal(true, Map.of("TERM", "dumb")))
                .isEqualTo("truce: this terminal (TERM=dumb) cannot draw the game's screens: "
                        + "run it in a terminal such as xterm, or set TERM to your terminal's type");
        assertThat(TerminalLauncher.refusal(true, Map.of("TERM", "xterm-256color"))).isNull();
        assertThat(TerminalLauncher.refusal(true, Map.of("TERM", "xterm-mono"))).isNull();
    }

    @Test
    void colourFollowsTerminfoAndNoColor() {
        Map<String, Integer> terminfo = Map.of("xterm-mono", -1, "vt100", -1, "xterm-256color", 256, "linux", 8);
        assertThat(TerminalKind.of(Map.of("TERM", "xterm-mono"), terminfo::get)).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(TerminalKind.of(Map.of("TERM", "vt100"), terminfo::get)).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(TerminalKind.of(Map.of("TERM", "xterm-256color"), terminfo::get)).isEqualTo(TerminalKind.COLOUR);
        assertThat(TerminalKind.of(Map.of("TERM", "linux"), terminfo::get)).isEqualTo(TerminalKind.COLOUR);
        assertThat(TerminalKind.of(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), terminfo::get)).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(TerminalKind.of(Map.of("TERM", "xterm-256color", "NO_COLOR", ""), terminfo::get)).isEqualTo(TerminalKind.COLOUR);
        assertThat(TerminalKind.of(Map.of("TERM", "dumb"), terminfo::get)).isEqualTo(TerminalKind.DUMB);
        // terminfo does not know it (or there is no tput): the usual names
        assertThat(TerminalKind.of(Map.of("TERM", "foo-mono"), t -> null)).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(TerminalKind.of(Map.of("TERM", "vt220"), t -> null)).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(TerminalKind.of(Map.of("TERM", "rxvt-unicode"), t -> null)).isEqualTo(TerminalKind.COLOUR);
        assertThat(TerminalKind.tputColours("no-such-terminal-for-truce")).isNull();
    }
}
