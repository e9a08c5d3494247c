package org.truce.client.ui;

/** Help texts, one per screen, plus what every screen shares. */
final class Help {
    static final String COMMON = "Everywhere: F1 or ? help · Esc back · Q quit (asks first).";

    static final String GAME = String.join("\n",
            "HOW THE GAME WORKS",
            "The parties negotiate a ceasefire package: one option for each term. Each round one party holds the pen "
                    + "and tables a complete draft; every other party then accepts or rejects it. If all accept, the draft is the "
                    + "agreement and the game ends. If anyone rejects, the pen passes on. After the last round with no agreement, "
                    + "everyone gets their no-deal value.",
            "",
            "Your brief (B) is secret: your priorities, the score of each option, your red lines (✗, never acceptable) and "
                    + "your no-deal value, which shrinks every round. A draft's worth to you is your utility (0-100); your score "
                    + "is utility minus the no-deal value of the round a deal is reached. Anything above 0 beats walking away.",
            "",
            "Others have other briefs. Read their drafts and votes, talk (T) in public or in private, and write drafts "
                    + "that give them enough to say yes.");

    /** The table's help for a player (lobby: LAN play, where Esc can leave a seat before the game starts). */
    static final String TABLE = table(false, false);

    /**
     * The table's help for this role: a spectator is told what the screen shows and the keys it
     * has, not a player's keys; {@code lobby} says where Esc goes (LAN play).
     */
    /** What the facilitator's actions look like at the table (a room on a server: not solo play). */
    private static final String FACILITATOR = "In class the facilitator may pause the game (the clock stands still and moves "
            + "wait; talk goes on), add time or rounds, speak to the room (\"The facilitator: …\") and fire news "
            + "(\"NEWS: …\", kept as a banner under the top line).";

    static String table(boolean spectator, boolean lobby) {
        if (spectator) {
            return String.join("\n",
                    "WATCHING A TABLE (SPECTATOR)",
                    "You see what every party sees: the draft on the table, the votes and the public talk. "
                            + "Briefs and private messages stay secret.",
                    "Top: the draft on the table, term by term.",
                    "Below it: the votes (✓ accepted, ✗ rejected, … waiting, ✎ holds the pen), then which "
                            + "declared red lines the draft crosses.",
                    "Bottom: the public talk and the events.",
                    "After a round fails, the top line says who rejected which draft, and the votes line keeps "
                            + "that round's votes while the next draft is written.",
                    "",
                    "H  the drafts of earlier rounds          L  the whole talk and event log",
                    lobby ? "F  (the room's creator only) free an abandoned seat or close the room\n"
                            + "Esc  stop watching: back to the lobby, to watch or join another room\n\n" + FACILITATOR + "\n" : "",
                    GAME);
        }
        return String.join("\n",
                "THE NEGOTIATION TABLE",
                "Top: the draft on the table, term by term, with what each term gives you (✗ = your red line).",
                "Below it: the votes (✓ accepted, ✗ rejected, … waiting, ✎ holds the pen), then your no-deal value now, "
                        + "what this draft is worth to you and your score if it were agreed.",
                "Bottom: talk and events; private messages start with (private), as in \"(private) Russia → you: …\".",
                "After a round fails, the top line says who rejected which draft until your next move, and the "
                        + "votes line keeps that round's votes while the next draft is written.",
                "",
                "A  accept the draft (when you vote)      R  reject it",
                "E  write your draft (when you hold the pen)",
                "T  talk: ↑↓ to everyone or to one party, type, Enter sends",
                "   Bots answer a private question in private and a question to all in public. Tab offers what to "
                        + "ask (what a party needs on a term, what matters most, whether it would accept an option, the "
                        + "draft or a package, a trade, your promised vote, a warning); a bot's yes is its vote.",
                "B  your full brief",
                "H  the drafts of earlier rounds          L  the whole talk and event log",
                // solo has no lobby and no one else's room to run: F is a LAN key
                lobby ? "F  (the room's creator only) free an abandoned seat or close the room\n"
                        + "Esc  before the game starts: leave your seat (it becomes free) and choose again. Once the "
                        + "game has started your seat stays yours: Q quits Truce and the seat waits for your return.\n\n"
                        + "TEAMS (several players on one seat; the first to take it leads): only the lead tables and votes."
                        + " A member presses E to suggest a draft, + or - to suggest accepting or rejecting, and talks to"
                        + " \"My team\" with T. The lead sees the suggestions and their worth, U loads the latest into the"
                        + " editor, K hands the lead to a member.\n\n"
                        + FACILITATOR + " News that changes your position says so in the log, and your brief (B) lists it"
                        + " under NEWS.\n"
                        : "",
                GAME);
    }

    static final String EDITOR = String.join("\n",
            "THE PACKAGE EDITOR",
            "↑ ↓  choose a term        ← →  or a digit  choose its option",
            "C    start again from the draft on the table",
            "P    start from an earlier draft (press again for older ones)",
            "I    start from your ideal package (best for you, avoiding every declared red line)",
            "Enter or T  table this draft (asks to confirm)    Esc  back to the table",
            "     (your edits stay for the round: E comes back to them)",
            "A    ask a bot (talk) whether it would accept this package: its answer shows here",
            "",
            "⚑ marks an option that another party has publicly declared a red line: they will reject any draft with it.",
            "Your utility, score and red lines (✗) update as you change options. Each term shows what it gives you "
                    + "and the most it could give you.");

    static final String DEBRIEF = String.join("\n",
            "THE DEBRIEF",
            "1  the outcome: the agreement (or no deal) and every party's score",
            "2  the chart: what each draft was worth to each party, round by round, and each party's no-deal line (···)",
            "3  the briefs: every party's secret brief, now revealed (← → for the next party)",
            "N  play again: a new solo game with the same settings, or back to the lobby on a server",
            "Esc  (watching) leave the room: back to the lobby, or the class console's overview",
            "",
            "The Nash solution is the package that maximises the product of every party's gain over no deal; the Pareto "
                    + "frontier holds the packages nobody can improve on without making someone worse off. The closer "
                    + "your agreement is to them, the better the table did together.");

    static final String START = String.join("\n",
            "STARTING A SOLO GAME",
            "Choose the party you will play with ↑ ↓ and Enter, then how hard the bots bargain.",
            "Bots take every other seat.",
            "",
            GAME);

    static final String LOBBY = String.join("\n",
            "THE LOBBY",
            "Type the server address (host or host:port) and your name, then Enter on Connect.",
            "Rooms: ↓ from the fields (or Tab) reaches the list; Enter on a room to choose a seat in it or watch it.",
            "F2 create a room    F5 refresh the list",
            "Room code + Join by code: go to the seats of a room not in the list, or one a classmate named.",
            "↑ ↓ move between the fields, the list and the buttons; Tab and Shift+Tab too.");

    private Help() {
    }
}
