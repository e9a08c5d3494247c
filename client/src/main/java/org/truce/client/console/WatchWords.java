package org.truce.client.console;

/** The class console's words while it watches a room: its help and the table's key bar. */
final class WatchWords {
    private WatchWords() {
    }

    /** The help while watching: the console's keys, not a player's. */
    static final String HELP = "WATCHING A ROOM FROM THE CLASS CONSOLE\n"
            + "The room's public table: the draft, the votes, the talk and the events (never a brief).\n"
            + "  Esc     back to the overview        ] [  next / previous room\n"
            + "  H       the drafts so far           L    the whole talk and event log\n"
            + "The controls act on the room watched:\n"
            + "  P / R   pause / resume              X    extend the clock (seconds)\n"
            + "  +       add rounds                  N    announce a message\n"
            + "  I       fire a news inject          B    hand a seat to a bot\n"
            + "  F       free a seat                 C    close the room (asks first)";

    /**
     * The table's key bar while watching: Esc goes back to the overview, [ ] to other rooms, and
     * which room this is (the player's table names no room, and [ ] changes it).
     */
    static String keyBar(String bar, String watched) {
        if (!bar.contains("Esc Lobby")) {
            return bar;
        }
        // a padded bar keeps its width (the terminal's): what does not fit is dropped, the room first (the debrief's heading names it)
        int width = bar.endsWith(" ") ? bar.length() : Integer.MAX_VALUE;
        String out = bar.replace("Esc Lobby", "Esc Back  [ ] Room").stripTrailing();
        String room = watched == null ? "" : "  Watching " + watched;
        if (org.truce.client.ui.Text.cols(out + room) > width && out.contains("  ↑↓ Scroll")) {
            out = out.replace("  ↑↓ Scroll", "  ↑↓"); // the debrief's page of briefs: "←→ Party" takes the room
        }
        if (org.truce.client.ui.Text.cols(out + room) <= width) {
            out += room;
        }
        return width == Integer.MAX_VALUE ? out : org.truce.client.ui.Text.pad(out, width);
    }
}
