package org.truce.client.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.truce.client.ui.Text;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.RoomOverview;
import org.truce.shared.protocol.ServerParts.SeatStatus;
import org.truce.shared.scenario.Option;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * The overview of every room as lines of text (a pure view: the model in, rows out; the window
 * paints them): a header, the list of rooms (scrolled to keep the selected one in sight), the
 * selected room's details, the last result or refusal, and the keys. Fits 80×24; a taller
 * terminal gets more rooms in the list and more detail.
 */
final class OverviewView {
    /** How a line is drawn. */
    enum Tone { PLAIN, BAR, SELECTED, ACCENT, RED, GOOD }

    /** One row of the screen. */
    record Line(String text, Tone tone) {
    }

    static final String KEYS_1 = " ↑↓ Room  Enter Watch  S Set up  J Sheet  D Reports  P Pause  R Resume  ? Help";
    static final String KEYS_2 = " A All  X Extend  + Rounds  N Announce  I Inject  B Bot  F Free  C Close  Q Quit";

    private OverviewView() {
    }

    /**
     * The screen for {@code cols}×{@code rows}: {@code scenarios} gives a scenario's public face by id
     * (null: unknown; names then show as ids), {@code server} the address, {@code banner} a link problem or null.
     */
    static List<Line> render(ClassModel m, String server, String banner, long now, Function<String, ScenarioInfo> scenarios, int cols, int rows) {
        List<Line> out = new ArrayList<>();
        String mode = m.all() ? " · ▶ ALL ROOMS (A: one)" : "";
        out.add(new Line(Text.pad(" Truce class console · " + server + " · " + m.rooms().size() + " room" + (m.rooms().size() == 1 ? "" : "s")
                + (m.notListed() > 0 ? " (+" + m.notListed() + " not listed)" : "") + mode, cols),
                m.all() ? Tone.RED : Tone.BAR));
        if (banner != null) {
            out.add(new Line(Text.fit(" " + banner, cols), Tone.RED));
        }
        List<String> status = Text.wrap(m.status(), cols - 1);
        status = status.isEmpty() ? List.of("") : status.subList(0, Math.min(2, status.size())); // a long reply takes two lines
        int bottom = status.size() + 2;
        int available = rows - out.size() - 1 - bottom; // the separator, the status and two key bars
        // the list shows every room up to six (three at least), the details take what is left
        int least = Math.max(3, Math.min(Math.min(6, m.rooms().size()), available - 4));
        List<Line> details = details(m, now, scenarios, cols, available - least);
        int listRows = Math.max(least, Math.min(Math.max(1, m.rooms().size()), available - details.size()));
        list(m, now, cols, listRows, out);
        out.add(new Line(Text.pad("", cols), Tone.PLAIN));
        int room = rows - out.size() - bottom;
        for (int i = 0; i < Math.min(room, details.size()); i++) {
            out.add(details.get(i));
        }
        while (out.size() < rows - bottom) {
            out.add(new Line("", Tone.PLAIN));
        }
        for (String l : status) {
            out.add(new Line(Text.fit(" " + l, cols), m.statusBad() ? Tone.RED : Tone.GOOD));
        }
        out.add(new Line(Text.pad(Text.fit(KEYS_1, cols), cols), Tone.BAR));
        out.add(new Line(Text.pad(Text.fit(KEYS_2, cols), cols), Tone.BAR));
        return out;
    }

    private static void list(ClassModel m, long now, int cols, int rows, List<Line> out) {
        List<RoomOverview> rooms = m.rooms();
        if (rooms.isEmpty()) {
            out.add(new Line(Text.fit("  No rooms on the server yet: S sets up a class.", cols), Tone.PLAIN));
            for (int i = 1; i < rows; i++) {
                out.add(new Line("", Tone.PLAIN));
            }
            return;
        }
        int sel = Math.max(0, m.selectedIndex());
        int first = Math.max(0, Math.min(sel - rows / 2, rooms.size() - rows));
        for (int i = first; i < first + rows; i++) {
            if (i >= rooms.size()) {
                out.add(new Line("", Tone.PLAIN));
                continue;
            }
            RoomOverview r = rooms.get(i);
            boolean on = i == sel;
            int wide = Math.max(0, cols - 80); // a wider terminal gives the scenario's name room
            String row = (on ? "▶ " : "  ") + Text.pad(r.code(), 7) + Text.pad(Text.fit(r.scenario(), 14 + wide / 4), 15 + wide / 4)
                    + Text.pad(round(r), 8) + Text.pad(Text.fit(pen(r), 7), 8) + Text.pad(clock(m, r, now), 13) + (r.closed() ? "" : seatsBrief(r));
            if (i == first && first > 0) {
                row = row.replaceFirst("^  ", "↑ ");
            } else if (i == first + rows - 1 && i < rooms.size() - 1 && !on) {
                row = row.replaceFirst("^  ", "↓ ");
            }
            out.add(new Line(Text.pad(Text.fit(row, cols), cols), on ? Tone.SELECTED : r.paused() ? Tone.ACCENT : Tone.PLAIN));
        }
    }

    static String round(RoomOverview r) {
        return Phase.fromWire(r.phase()) == Phase.LOBBY ? "lobby" : "R " + r.round() + "/" + r.rounds();
    }

    private static String pen(RoomOverview r) {
        return r.pen() == null || ended(r) ? "" : "pen " + r.pen().toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean ended(RoomOverview r) {
        return r.closed() || Phase.fromWire(r.phase()) == Phase.ENDED;
    }

    /** "2:31", "paused 2:19" (what the clock has left), "no clock", "deal", "no deal" or "closed". */
    static String clock(ClassModel m, RoomOverview r, long now) {
        if (r.closed()) {
            return "closed";
        }
        if (Phase.fromWire(r.phase()) == Phase.ENDED) {
            return Boolean.TRUE.equals(r.agreed()) ? "deal" : "no deal";
        }
        if (r.paused()) {
            return r.remainingMs() == null ? "paused" : "paused " + Text.timeLeft(r.remainingMs());
        }
        Long left = m.left(r, now);
        return left == null ? (Phase.fromWire(r.phase()) == Phase.LOBBY ? "waiting" : "no clock") : Text.timeLeft(left);
    }

    private static String seatsBrief(RoomOverview r) {
        int here = 0;
        int bots = 0;
        int free = 0;
        for (SeatStatus s : r.seats()) {
            ServerParts.Presence p = s.presenceKind();
            if (p == ServerParts.Presence.CONNECTED) {
                here++;
            } else if (p == ServerParts.Presence.BOT) {
                bots++;
            } else if (p == ServerParts.Presence.FREE) {
                free++;
            }
        }
        int away = r.seats().size() - here - bots - free;
        // compact, so that it fits the 25 columns left at 80: "1 here 2 bot 1 away 1 free"
        return here + " here " + bots + " bot" + (away > 0 ? " " + away + " away" : "") + (free > 0 ? " " + free + " free" : "");
    }

    /** The selected room's details: title, clock, seats, the draft and its votes, the outcome, injects. */
    static List<Line> details(ClassModel m, long now, Function<String, ScenarioInfo> scenarios, int cols, int rows) {
        List<Line> out = new ArrayList<>();
        RoomOverview r = m.selected();
        if (r == null) {
            return out;
        }
        String title = r.title() == null || r.title().isBlank() ? r.scenario() : r.title();
        out.add(new Line(" " + words("Room " + r.code() + " · " + title, cols - 1), Tone.ACCENT));
        if (r.closed()) {
            // a closed room is over: no seats' presence, no hints; the outcome if it had one
            out.add(new Line(Text.fit(" Closed" + (Phase.fromWire(r.phase()) == Phase.LOBBY ? " before it started" : " in round " + r.round() + " of " + r.rounds()), cols), Tone.RED));
            outcome(r, scenarios, cols, out);
            if (r.injects().stream().anyMatch(i -> i.firedRound() != null)) {
                out.addAll(news(r, cols));
            }
            return out;
        }
        String phase = Phase.fromWire(r.phase()) == Phase.LOBBY ? "waiting for players" : "round " + r.round() + " of " + r.rounds()
                + (r.pen() == null || ended(r) ? "" : ", pen " + party(scenarios, r.scenario(), r.pen()));
        String left = r.remainingMs() == null ? "" : ", " + Text.timeLeft(r.remainingMs()) + " left";
        String clock = Phase.fromWire(r.phase()) == Phase.LOBBY && !r.paused() ? null : r.paused() ? "PAUSED by the facilitator" + left : clock(m, r, now);
        out.add(new Line(Text.fit(" " + phase + (clock == null ? "" : " · " + clock), cols), r.paused() ? Tone.RED : Tone.PLAIN));
        int partyW = 14 + Math.max(0, cols - 80) / 8; // a wider terminal: whole party names and student names
        int nameW = 20 + Math.max(0, cols - 80) / 2;
        for (SeatStatus s : r.seats()) {
            ServerParts.Presence p = s.presenceKind();
            String who = s.name() == null || p == ServerParts.Presence.BOT ? "" : s.name(); // a bot's name is its party's
            List<String> team = s.teamNames();
            if (team.size() > 1 && !who.isEmpty()) {
                who = who + "+" + (team.size() - 1); // the lead and how many members; their names on the next line
            }
            out.add(new Line(Text.fit("   " + Text.pad(words(party(scenarios, r.scenario(), s.party()), partyW), partyW + 1) + Text.pad(Text.fit(who, nameW), nameW + 1)
                    + presence(s) + vote(r, s.party()), cols), Tone.PLAIN));
            if (team.size() > 1) {
                out.add(new Line(Text.fit("     team: " + team.get(0) + " (lead), " + String.join(", ", team.subList(1, team.size())), cols),
                        Tone.PLAIN));
            }
        }
        if (r.draft() != null && !ended(r)) {
            out.add(new Line(Text.fit(" Draft of round " + r.draft().round() + " by " + party(scenarios, r.scenario(), r.draft().by()) + ":", cols), Tone.PLAIN));
            // a term a line where the rows allow (the injects' line and the outcome may follow), else two columns
            boolean roomy = out.size() + r.draft().terms().size() + 1 <= rows;
            out.addAll(draft(scenarios.apply(r.scenario()), r.draft().terms(), cols, roomy));
        }
        outcome(r, scenarios, cols, out);
        if (!r.injects().isEmpty()) {
            out.addAll(news(r, cols));
        }
        return out;
    }

    /** The outcome of an ended (or closed) room with scores: deal or no deal, and each party's score. */
    private static void outcome(RoomOverview r, Function<String, ScenarioInfo> scenarios, int cols, List<Line> out) {
        if (ended(r) && r.scores() != null) {
            StringBuilder b = new StringBuilder(" Outcome: " + (Boolean.TRUE.equals(r.agreed()) ? "deal" : "no deal"));
            String sep = " · scores ";
            for (Map.Entry<String, Double> e : r.scores().entrySet()) {
                b.append(sep).append(party(scenarios, r.scenario(), e.getKey())).append(' ').append(Text.score(e.getValue())); // as the debrief and the reports
                sep = ", ";
            }
            for (String l : Text.wrap(b.toString().strip(), cols - 2)) {
                out.add(new Line(" " + l, Boolean.TRUE.equals(r.agreed()) ? Tone.GOOD : Tone.RED));
            }
        }
    }

    /**
     * The room's news injects on one line: which fired, in round order, by title (when too long, how
     * many and the latest, cut at a word), and how many are left; "(I fires one)" only while the
     * room is in play.
     */
    private static List<Line> news(RoomOverview r, int cols) {
        List<ServerParts.InjectStatus> fired = new ArrayList<>();
        for (ServerParts.InjectStatus i : r.injects()) {
            if (i.firedRound() != null) {
                fired.add(i);
            }
        }
        fired.sort(java.util.Comparator.comparingInt(ServerParts.InjectStatus::firedRound));
        int left = r.injects().size() - fired.size();
        String hint = ended(r) ? "" : " (I fires one)";
        if (fired.isEmpty()) {
            return List.of(new Line(Text.fit(" News injects: none fired" + (ended(r) ? "" : " yet") + ", " + left + (ended(r) ? " not fired" : " ready") + hint, cols), Tone.PLAIN));
        }
        String tail = left == 0 ? " (all fired)" : " · " + left + " not fired" + hint;
        List<String> byTitle = fired.stream().map(i -> "r" + i.firedRound() + " " + (i.title() == null ? i.id() : i.title())).toList();
        String line = "News fired: " + String.join("; ", byTitle) + tail;
        if (Text.cols(line) > cols - 2) {
            String head = "News fired: " + fired.size() + " (latest ";
            String end = ")" + (left == 0 ? " · all fired" : " · " + left + " not fired");
            line = head + words(byTitle.get(byTitle.size() - 1), Math.max(8, cols - 2 - Text.cols(head) - Text.cols(end))) + end;
        }
        return List.of(new Line(Text.fit(" " + line, cols), Tone.PLAIN));
    }

    /** {@code s} cut to {@code width} columns at a word's end where one is near ("The Paris summit, four seats…"). */
    static String words(String s, int width) {
        if (Text.cols(s) <= width) {
            return s;
        }
        String cut = Text.fit(s, width);
        int space = cut.lastIndexOf(' ');
        return space > width / 2 ? cut.substring(0, space).replaceAll("[,;:·\\s]+$", "") + "…" : cut;
    }

    /** An inject in the picker, its status first and short ("✓ r3", "auto r4"), then its title. */
    static String injectLabel(ServerParts.InjectStatus i) {
        String when = i.firedRound() != null ? "✓ r" + i.firedRound() : i.atRound() != null ? "auto r" + i.atRound() : "";
        return Text.pad(when, 9) + (i.title() == null ? i.id() : i.title());
    }

    /** A party's short name in that scenario ("US"), else its id upper-cased. */
    static String party(Function<String, ScenarioInfo> scenarios, String scenario, String id) {
        if (id == null) {
            return "";
        }
        ScenarioInfo info = scenarios.apply(scenario);
        Party p = info == null ? null : info.party(id);
        return p == null ? id.toUpperCase(java.util.Locale.ROOT) : p.shortName();
    }

    /** The draft's terms, "Term: option label", one a line ({@code roomy}) or in two columns with the terms' names cut short. */
    private static List<Line> draft(ScenarioInfo info, Map<String, String> terms, int cols, boolean roomy) {
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, String> t : terms.entrySet()) {
            Term term = info == null ? null : info.terms().stream().filter(x -> x.id().equals(t.getKey())).findFirst().orElse(null);
            Option o = term == null ? null : term.options().stream().filter(x -> x.id().equals(t.getValue())).findFirst().orElse(null);
            names.add(term == null ? t.getKey() : term.name());
            labels.add(o == null ? t.getValue() : o.label());
        }
        List<Line> out = new ArrayList<>();
        if (roomy) {
            int w = Math.min(30, names.stream().mapToInt(Text::cols).max().orElse(0) + 1);
            for (int i = 0; i < names.size(); i++) {
                out.add(new Line(Text.fit("   " + Text.pad(Text.fit(names.get(i), w - 1), w) + labels.get(i), cols), Tone.PLAIN));
            }
            return out;
        }
        int w = (cols - 3) / 2;
        int nameW = Math.min(15, w / 2);
        for (int i = 0; i < names.size(); i += 2) {
            String left = Text.pad(Text.fit(Text.pad(Text.fit(names.get(i), nameW - 1), nameW) + labels.get(i), w - 1), w);
            String right = i + 1 < names.size() ? Text.fit(Text.pad(Text.fit(names.get(i + 1), nameW - 1), nameW) + labels.get(i + 1), w - 1) : "";
            out.add(new Line("   " + left + right, Tone.PLAIN));
        }
        return out;
    }

    /** A seat's presence in words: "connected", "away", "stand-in bot (default)", "bot (boulware)", "free". */
    static String presence(SeatStatus s) {
        ServerParts.Presence p = s.presenceKind();
        if (p == null) {
            return s.presence() == null ? "" : s.presence();
        }
        switch (p) {
            case BOT:
                return "bot" + (s.strategy() == null ? "" : " (" + s.strategy() + ")");
            case STAND_IN:
                return "stand-in bot" + (s.strategy() == null ? "" : " (" + s.strategy() + ")");
            case FREE:
                return "free";
            case AWAY:
                return "away";
            default:
                return "connected";
        }
    }

    private static String vote(RoomOverview r, String party) {
        String v = r.votes().get(party);
        return v == null || ended(r) ? "" : "  · " + v;
    }
}
