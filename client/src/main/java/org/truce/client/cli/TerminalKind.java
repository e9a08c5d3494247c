package org.truce.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** What the player's terminal can show, from the environment: the screens need cursor moves; colour is optional. */
enum TerminalKind {
    /** Cannot move the cursor (TERM=dumb): the game cannot be drawn. */
    DUMB,
    /** Draws the screens, without colour (TERM=xterm-mono, vt100; or NO_COLOR is set). */
    MONOCHROME,
    /** Draws the screens in colour. */
    COLOUR;

    /**
     * Decides from {@code env} (TERM, NO_COLOR) and {@code colours}, which gives the number of
     * colours the terminfo database knows for a TERM value (null when it cannot tell).
     */
    static TerminalKind of(Map<String, String> env, Function<String, Integer> colours) {
        String term = env.getOrDefault("TERM", "").trim().toLowerCase(Locale.ROOT);
        if (term.equals("dumb")) {
            return DUMB;
        }
        // https://no-color.org: any non-empty value turns colour off
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return MONOCHROME;
        }
        if (term.isEmpty()) {
            return COLOUR;
        }
        Integer n = colours.apply(term);
        if (n != null) {
            return n < 8 ? MONOCHROME : COLOUR;
        }
        // no terminfo answer: the usual names of monochrome terminals
        return term.endsWith("-mono") || term.endsWith("-m") || term.matches("vt[0-9]+.*") ? MONOCHROME : COLOUR;
    }

    /** Asks terminfo ({@code tput colors}) for a TERM value; null if tput is missing or does not know it. */
    static Integer tputColours(String term) {
        try {
            Process p = new ProcessBuilder("tput", "-T", term, "colors")
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 && out.matches("-?[0-9]+") ? Integer.valueOf(out) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
