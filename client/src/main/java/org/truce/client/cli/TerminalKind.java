package org.truce.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** What the player's terminal can show, from the environment: the screens need cursor moves; colour is optional. */
enum TerminalKind {
    /** TERM is unset or empty: nothing tells what the terminal understands, so nothing is drawn. */
    UNSET,
    /** Cannot move the cursor (TERM=dumb, unknown, emacs; terminfo has no {@code cup}): the game cannot be drawn. */
    DUMB,
    /** Draws the screens, without colour (TERM=xterm-mono, vt100; terminfo cannot tell its colours; or NO_COLOR is set). */
    MONOCHROME,
    /** Draws the screens in colour. */
    COLOUR;

    /** Names of terminals that cannot address the cursor, for machines whose terminfo lacks their entries. */
    private static final Set<String> NO_CURSOR = Set.of("dumb", "unknown", "emacs");

    /**
     * What terminfo says about one TERM value: {@code known} is false when terminfo (or tput) does
     * not know it; then the other two mean nothing.
     */
    record Terminfo(boolean known, boolean cursorMoves, int colours) {
        static final Terminfo UNKNOWN = new Terminfo(false, false, -1);

        /** Asks tput: {@code cup 0 0} (cursor addressing) and {@code colors}. */
        static Terminfo ask(String term) {
            Tput cup = tput(term, "cup", "0", "0");
            if (cup == null || cup.exit() > 1) {
                return UNKNOWN; // no tput, or 3: "unknown terminal type" (1: the capability is absent)
            }
            Tput colours = tput(term, "colors");
            int n = colours != null && colours.exit() == 0 && colours.out().matches("-?[0-9]+") ? Integer.parseInt(colours.out()) : -1;
            return new Terminfo(true, cup.exit() == 0, n);
        }
    }

    /**
     * Decides from {@code env} (TERM, NO_COLOR) and {@code terminfo}'s answer for the TERM value.
     * Colour is never assumed: where terminfo cannot tell, only a name that says so ({@code *color})
     * gets it.
     */
    static TerminalKind of(Map<String, String> env, Function<String, Terminfo> terminfo) {
        String term = env.getOrDefault("TERM", "").trim().toLowerCase(Locale.ROOT);
        if (term.isEmpty()) {
            return UNSET;
        }
        Terminfo t = terminfo.apply(term);
        if (t == null) {
            t = Terminfo.UNKNOWN;
        }
        if (t.known() ? !t.cursorMoves() : NO_CURSOR.contains(term)) {
            return DUMB;
        }
        // https://no-color.org: any non-empty value turns colour off
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return MONOCHROME;
        }
        if (t.known()) {
            return t.colours() >= 8 ? COLOUR : MONOCHROME;
        }
        // terminfo does not know it (e.g. a new terminal's entry missing on an SSH host)
        return term.endsWith("color") ? COLOUR : MONOCHROME;
    }

    private record Tput(int exit, String out) {
    }

    /** Runs {@code tput -T term args…}; null if tput is missing or hangs. */
    private static Tput tput(String term, String... args) {
        try {
            String[] cmd = new String[args.length + 3];
            cmd[0] = "tput";
            cmd[1] = "-T";
            cmd[2] = term;
            System.arraycopy(args, 0, cmd, 3, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return new Tput(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
