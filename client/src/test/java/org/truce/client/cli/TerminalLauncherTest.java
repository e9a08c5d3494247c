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

    /** Terminfo answers as tput gives them on a machine with the full ncurses database, injected. */
    private static final Map<String, TerminalKind.Terminfo> TERMINFO = Map.of(
            "dumb", new TerminalKind.Terminfo(true, false, -1),
            "unknown", new TerminalKind.Terminfo(true, false, -1),
            "emacs", new TerminalKind.Terminfo(true, false, -1),
            "xterm-mono", new TerminalKind.Terminfo(true, true, -1),
            "vt100", new TerminalKind.Terminfo(true, true, -1),
            "xterm-256color", new TerminalKind.Terminfo(true, true, 256),
            "linux", new TerminalKind.Terminfo(true, true, 8),
            "cons25", new TerminalKind.Terminfo(true, true, 8));

    private static TerminalKind kind(Map<String, String> env) {
        return TerminalKind.of(env, t -> TERMINFO.getOrDefault(t, TerminalKind.Terminfo.UNKNOWN));
    }

    private static String refusal(Map<String, String> env) {
        return TerminalLauncher.refusal(true, env.get("TERM"), kind(env));
    }

    @Test
    void aDumbTerminalIsRefusedWithOneLine() {
        assertThat(refusal(Map.of("TERM", "dumb")))
                .isEqualTo("truce: this terminal (TERM=dumb) cannot draw the game's screens: "
                        + "run it in a terminal such as xterm, or set TERM to your terminal's type");
        assertThat(refusal(Map.of("TERM", "xterm-256color"))).isNull();
        assertThat(refusal(Map.of("TERM", "xterm-mono"))).isNull();
        assertThat(refusal(Map.of("TERM", "cons25"))).isNull(); // FreeBSD console: cursor and 8 colours
    }

    @Test
    void anUnsetOrEmptyTermIsRefusedWithOneLine() {
        String expected = "truce: TERM is not set: the game cannot tell how to draw on this terminal; "
                + "set it to your terminal's type, e.g. TERM=xterm-256color";
        assertThat(refusal(Map.of())).isEqualTo(expected);
        assertThat(refusal(Map.of("TERM", ""))).isEqualTo(expected);
        assertThat(refusal(Map.of("TERM", "  "))).isEqualTo(expected);
        assertThat(refusal(Map.of("NO_COLOR", "1"))).isEqualTo(expected);
    }

    @Test
    void aTerminalWithoutCursorAddressingIsRefusedWhateverItsName() {
        // terminfo knows it and it has no cup (tput cup 0 0 fails)
        assertThat(TerminalKind.of(Map.of("TERM", "glass-tty"), t -> new TerminalKind.Terminfo(true, false, -1)))
                .isEqualTo(TerminalKind.DUMB);
        // emacs M-x shell, and ncurses' "unknown": refused from terminfo, and by name where terminfo lacks them
        for (String t : new String[] {"dumb", "unknown", "emacs"}) {
            assertThat(refusal(Map.of("TERM", t))).as(t).contains("(TERM=" + t + ") cannot draw");
            assertThat(TerminalKind.of(Map.of("TERM", t), x -> TerminalKind.Terminfo.UNKNOWN)).as(t).isEqualTo(TerminalKind.DUMB);
        }
        // terminfo knows it with cup: drawn, whatever the name suggests
        assertThat(TerminalKind.of(Map.of("TERM", "emacs"), t -> new TerminalKind.Terminfo(true, true, 8))).isEqualTo(TerminalKind.COLOUR);
    }

    @Test
    void colourFollowsTerminfoAndNoColor() {
        assertThat(kind(Map.of("TERM", "xterm-mono"))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(kind(Map.of("TERM", "vt100"))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(kind(Map.of("TERM", "xterm-256color"))).isEqualTo(TerminalKind.COLOUR);
        assertThat(kind(Map.of("TERM", "linux"))).isEqualTo(TerminalKind.COLOUR);
        assertThat(kind(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(kind(Map.of("TERM", "xterm-256color", "NO_COLOR", ""))).isEqualTo(TerminalKind.COLOUR);
        assertThat(kind(Map.of("TERM", "dumb"))).isEqualTo(TerminalKind.DUMB);
        // terminfo (or tput) cannot tell: colour is never assumed, unless the name says it
        assertThat(kind(Map.of("TERM", "foo-mono"))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(kind(Map.of("TERM", "vt220"))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(kind(Map.of("TERM", "rxvt-unicode"))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(kind(Map.of("TERM", "xterm-kitty"))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(kind(Map.of("TERM", "eterm-color"))).isEqualTo(TerminalKind.COLOUR);
        // a known terminal whose colours tput cannot read: monochrome
        assertThat(TerminalKind.of(Map.of("TERM", "odd"), t -> new TerminalKind.Terminfo(true, true, -1))).isEqualTo(TerminalKind.MONOCHROME);
        assertThat(TerminalKind.Terminfo.ask("no-such-terminal-for-truce")).isEqualTo(TerminalKind.Terminfo.UNKNOWN);
    }
}
