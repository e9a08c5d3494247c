package org.truce.client.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.truce.shared.protocol.ServerMessage;

/**
 * The console's answers in a teacher's words (pure): a control's result ("Paused room QU2K4."),
 * an "all rooms" result summarised by reason so that it fits the two status lines at 80 columns,
 * a refusal without its protocol code, and a line on each bot strategy.
 */
final class Replies {
    /** At most this many room codes are listed in one summary group; more are counted only. */
    private static final int CODES = 4;

    private Replies() {
    }

    /** What a control did, as the start of a sentence that a room or rooms follow ("Paused", "Added 2 rounds in"). */
    static String verb(String action) {
        return switch (action == null ? "" : action) {
            case "pause" -> "Paused";
            case "resume" -> "Resumed";
            case "extend" -> "Gave more time in";
            case "add_rounds" -> "Added rounds in";
            case "announce" -> "Announced in";
            case "inject" -> "Fired the news in";
            case "seat_bot" -> "Handed the seat to a bot in";
            case "free_seat" -> "Freed the seat in";
            case "close_room" -> "Closed";
            default -> "Done in";
        };
    }

    /**
     * The result of a control: {@code did} (as {@link #verb}, or a fuller one remembered when the
     * control was sent) and the rooms, then where it did not apply, grouped by reason.
     */
    static String done(ServerMessage.Facilitated f, String did) {
        String verb = did == null ? verb(f.action()) : did;
        List<String> rooms = f.rooms() == null ? List.of() : f.rooms();
        StringBuilder b = new StringBuilder();
        if (rooms.isEmpty()) {
            b.append("No room changed.");
        } else {
            b.append(verb).append(' ').append(rooms.size() == 1 ? "room " + rooms.get(0) : rooms(rooms)).append('.');
        }
        String skipped = skipped(f.skipped());
        if (!skipped.isEmpty()) {
            b.append(" Skipped ").append(skipped).append('.');
        }
        return b.toString();
    }

    /**
     * What {@code write_reports} did, in two lines at most at 80 columns: where the files are (on the
     * server's machine), for how many rooms, and what was left out ("Reports of 3 rooms written to
     * /srv/truce-data/reports on the server (class.md, class.csv, CODE.md/.json). 2 rooms not over yet.").
     */
    static String reports(ServerMessage.ReportsWritten w) {
        StringBuilder b = new StringBuilder();
        int n = w.rooms().size();
        if (n == 0) {
            b.append("No finished room to report yet.");
        } else {
            b.append("Reports of ").append(n).append(n == 1 ? " room" : " rooms").append(" written to ").append(w.dir())
                    .append(" on the server (class.md, class.csv, CODE.md/.json).");
        }
        int playing = w.inProgress().size();
        if (playing > 0) {
            b.append(' ').append(playing).append(playing == 1 ? " room" : " rooms").append(" not over yet")
                    .append(playing <= 6 ? " (" + String.join(", ", w.inProgress()) + ")." : ".");
        }
        int bad = w.problems().size();
        if (bad > 0) {
            b.append(' ').append(bad).append(bad == 1 ? " log" : " logs").append(" unreadable (truce report on the server says why).");
        }
        return b.toString();
    }

    /** "3 rooms (A, B, C)", or "12 rooms" when the codes would not fit. */
    private static String rooms(List<String> codes) {
        return codes.size() + " rooms" + (codes.size() <= CODES ? " (" + String.join(", ", codes) + ")" : "");
    }

    /** The rooms skipped, grouped by reason, most rooms first: "4 rooms: the game has not started; QU2K4: the game is already paused". */
    static String skipped(Map<String, String> skipped) {
        if (skipped == null || skipped.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(skipped).entrySet()) {
            String why = e.getValue() == null ? "not possible there" : e.getValue().strip().replaceAll("[.]+$", "");
            byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(e.getKey());
        }
        List<Map.Entry<String, List<String>>> groups = new ArrayList<>(byReason.entrySet());
        groups.sort((a, c) -> c.getValue().size() - a.getValue().size());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups) {
            List<String> codes = g.getValue();
            String whose = codes.size() == 1 ? codes.get(0) : codes.size() + " rooms" + (codes.size() <= 2 ? " (" + String.join(", ", codes) + ")" : "");
            parts.add(whose + ": " + g.getKey());
        }
        return String.join("; ", parts);
    }

    /** A refusal in plain words: the server's own sentence, without its code (which is for programs). */
    static String refusal(ServerMessage.Error e) {
        String why = e.message() == null || e.message().isBlank() ? e.code() : e.message().strip();
        if ("rate_limited".equals(e.code())) {
            return "Not now: " + why;
        }
        if ("bad_field".equals(e.code()) || "bad_request".equals(e.code())) {
            return "The server did not understand the request: " + why;
        }
        return "Cannot: " + why;
    }

    /** A server's notice as the console's own lines are: a capital first, a full stop last ("the server is shutting down" → "The server is shutting down."). */
    static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return ".!?…:".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    /** One line on a bot strategy, for the picker ("conceder — gives ground early"). */
    static String strategy(String id) {
        String what = switch (id) {
            case "default" -> "the party's own persona, as the scenario sets it";
            case "boulware" -> "holds firm, concedes only near the end";
            case "conceder" -> "gives ground early";
            case "linear" -> "concedes at a steady pace, round by round";
            case "tit-for-tat" -> "gives ground as far as the others do";
            case "modeller" -> "learns what the others want and offers it";
            default -> "";
        };
        return what.isEmpty() ? id : String.format(Locale.ROOT, "%-12s%s", id, what);
    }
}
