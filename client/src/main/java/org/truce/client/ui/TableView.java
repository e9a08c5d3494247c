package org.truce.client.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.truce.client.model.GameModel;
import org.truce.client.model.LogEntry;
import org.truce.client.model.Names;
import org.truce.client.model.Worth;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * The negotiation table as lines of text: the model and what this screen knows (the link's
 * banner, the round summary already seen, a vote or draft on its way) in, one {@link Frame} of
 * lines as wide as the screen out. No terminal types: {@link TableWindow} paints the lines.
 */
final class TableView {
    /** Rows of the draft block: its title, nine terms, the votes, what it is worth to you, the others' red lines. */
    static final int DRAFT_ROWS = 13;
    /** Rows that are not the status, the talk or the action line: header, draft, separator, key bar. */
    private static final int FIXED_ROWS = 16;

    /** How a line is drawn; the painter picks the colours. */
    enum Tone { PLAIN, ACCENT, RED, GOOD, PRIVATE, EVENT, FACILITATOR, NEWS }

    /** One screen row: its text padded to the width, its tone, bold, reverse video. */
    record Line(String text, Tone tone, boolean bold, boolean reverse) {
    }

    /**
     * What the table shows besides the model. {@code summarySeen}: the last closed round whose
     * result the player has acted after (its summary then goes); {@code voteSent} / {@code tabling}:
     * this client's vote / draft is on its way; {@code facilitator}: F runs the room;
     * {@code lobby}: Esc can go back to a lobby.
     */
    record Context(String banner, int summarySeen, boolean voteSent, boolean tabling, boolean facilitator, boolean lobby) {
    }

    /** The table top to bottom: header, status (1–2 rows), draft ({@link #DRAFT_ROWS}), separator, talk, action (0–1), key bar. */
    record Frame(Line header, List<Line> status, List<Line> draft, Line separator, List<Line> log, List<Line> action, Line keys) {
        /** Every row in screen order. */
        List<Line> lines() {
            List<Line> all = new ArrayList<>();
            all.add(header);
            all.addAll(status);
            all.addAll(draft);
            all.add(separator);
            all.addAll(log);
            all.addAll(action);
            all.add(keys);
            return all;
        }
    }

    private final GameModel m;
    private final State s;
    private final ScenarioInfo info;
    private final Context c;
    private final int w;

    private TableView(GameModel m, Context c, int cols) {
        this.m = m;
        this.s = m.state();
        this.info = m.scenario();
        this.c = c;
        this.w = cols;
    }

    /** The table for {@code m} on a {@code cols}×{@code rows} screen. */
    static Frame render(GameModel m, Context c, int cols, int rows) {
        return new TableView(m, c, cols).frame(rows);
    }

    /** "The Paris summit" for "The Paris summit: …": a scenario's title before its colon. */
    static String shortTitle(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon) : title;
    }

    private Frame frame(int rows) {
        // the scenario's title names the table (paris-summit and its four-seat variant share a start):
        // the game's own name gives way to it first; the round, the pen and the clock matter more than both
        String head = headerText(true, true);
        if (Text.cols(head) > w) {
            head = headerText(true, false);
        }
        if (Text.cols(head) > w) {
            head = headerText(false, true);
        }
        List<Line> status = status();
        List<Line> action = action();
        // nothing to do now: the action line's row goes to the talk
        List<Line> log = log(Math.max(1, rows - FIXED_ROWS - status.size() - action.size()));
        return new Frame(plain(head), status, DraftBlock.render(m, w), plain("── Talk & events " + "─".repeat(Math.max(0, w - 17))),
                log, action, plain(keyBar()));
    }

    private Line plain(String text) {
        return line(text, Tone.PLAIN, false);
    }

    private Line line(String text, Tone tone, boolean bold) {
        return new Line(Text.pad(text, w), tone, bold, false);
    }

    /** What the status says while the facilitator has paused the game. */
    static final String PAUSED = "■ Paused by the facilitator: moves wait until the game resumes; talk goes on.";

    /** Whether this player may write a draft now (holds the pen, has not just tabled one, the game is not paused). */
    private boolean penInHand() {
        return m.isMyPen() && !c.tabling() && !m.paused();
    }

    private boolean voteDue() {
        return m.isMyVote() && !c.voteSent() && !m.paused();
    }

    private String headerText(boolean title, boolean brand) {
        StringBuilder b = new StringBuilder(brand || info == null ? " TRUCE" : "");
        if (info != null && title) {
            b.append(brand ? " · " : " ").append(shortTitle(info.title()));
        }
        if (s == null) {
            return b.append(" · joining…").toString();
        }
        if (Phase.fromWire(s.phase()) == Phase.LOBBY) {
            return b.append(" · waiting for the seats to fill").toString();
        }
        b.append(" · Round ").append(s.round()).append(" of ").append(s.rounds());
        if (s.pen() != null && m.names() != null) {
            // the short name: a long one would push the clock off an 80-column header
            b.append(" · Pen: ").append(m.names().shortName(s.pen())).append(m.isStandIn(s.pen()) ? " (stand-in)" : "");
        }
        if (c.banner() != null) {
            // no word from the server: a countdown would guess; the server's clock is as it says once back
            return b.append(" · clock: waiting for the server").toString();
        }
        String left = Text.timeLeft(m.millisLeft());
        if (m.paused()) {
            return b.append(" · paused").append(left == null ? "" : ", " + left + " left").toString();
        }
        b.append(" · ").append(left == null ? "no clock" : left + " left");
        return b.toString();
    }

    /**
     * The link's banner, the facilitator's pause, or how the last round ended (reverse video until
     * the player's next move), or what to do now; then the latest news, once some has fired.
     */
    private List<Line> status() {
        if (c.banner() != null) {
            return List.of(line(c.banner(), Tone.RED, true));
        }
        List<Line> out = new ArrayList<>(situation());
        if (!m.team().isEmpty()) {
            out.add(line(Text.fit(TeamLines.teamLine(m), w), Tone.PRIVATE, false));
        }
        ServerParts.InjectNews news = m.latestNews();
        if (news != null && s != null && Phase.fromWire(s.phase()) != Phase.ENDED) {
            out.add(line(Text.fit("NEWS · round " + news.round() + ": " + news.title(), w), Tone.NEWS, true));
        }
        return out;
    }

    /** The pause, the last round's end, or what to do now. */
    private List<Line> situation() {
        if (m.paused()) {
            return List.of(line(PAUSED, Tone.RED, true));
        }
        String summary = RoundSummary.text(m, s, c.summarySeen(), w);
        if (summary == null) {
            return List.of(line(prompt(), Tone.ACCENT, true));
        }
        // a summary no short form fits goes on two rows (the talk gives one up) rather than being cut
        List<String> wrapped = Text.wrap(summary, w);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < Math.max(1, Math.min(2, wrapped.size())); i++) {
            out.add(new Line(Text.pad(wrapped.get(i), w), Tone.ACCENT, true, true));
        }
        return out;
    }

    private String prompt() {
        if (s == null) {
            return "Taking your seat…";
        }
        Names n = m.names();
        Phase phase = Phase.fromWire(s.phase());
        if (phase == null) {
            return "";
        }
        switch (phase) {
            case LOBBY:
                return "Waiting for the other seats to be taken…";
            case ENDED:
                return "The talks are over.";
            case PROPOSING:
                if (m.isMember() && m.isSeatPen()) {
                    return "Your team holds the pen: " + m.lead() + " tables. E drafts a suggestion for them.";
                }
                if (m.isMyPen()) {
                    return c.tabling() ? "Tabling your draft…" : "▶ You hold the pen: press E to write your draft and table it.";
                }
                return (m.isStandIn(s.pen()) ? m.who(s.pen()) : n.subject(s.pen())) + " is writing a draft…";
            case VOTING:
                if (m.isMember() && m.isSeatVote()) {
                    return m.lead() + " votes for your team: + suggests accepting, - rejecting.";
                }
                if (voteDue()) {
                    return "▶ Your vote: A to accept the draft, R to reject it.";
                }
                if (m.party() != null && s.draft() != null && m.party().equals(s.draft().by()) && !s.draft().automatic()) {
                    return "Your draft is on the table: the others are voting…";
                }
                return "Waiting for the other votes…";
            default:
                return "";
        }
    }

    /** The newest talk and events that fit in {@code need} rows, oldest first; a long entry wraps with an indent. */
    private List<Line> log(int need) {
        List<LogEntry> entries = m.log();
        List<Line> lines = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && lines.size() < need; i--) {
            LogEntry e = entries.get(i);
            List<String> wrapped = Text.wrap(e.text(), w - 1);
            for (int j = wrapped.size() - 1; j >= 0 && lines.size() < need; j--) {
                lines.add(line((j == 0 ? "" : " ") + wrapped.get(j), tone(e.kind()),
                        e.kind() == LogEntry.Kind.FACILITATOR || e.kind() == LogEntry.Kind.NEWS));
            }
        }
        while (lines.size() < need) {
            lines.add(plain("")); // the newest line stays at the bottom
        }
        Collections.reverse(lines);
        return lines;
    }

    private static Tone tone(LogEntry.Kind k) {
        switch (k) {
            case PRIVATE:
                return Tone.PRIVATE;
            case EVENT:
                return Tone.EVENT;
            case ERROR:
                return Tone.RED;
            case FACILITATOR:
                return Tone.FACILITATOR;
            case NEWS:
                return Tone.NEWS;
            default:
                return Tone.PLAIN;
        }
    }

    /** What this player can do now, in one line (none when there is nothing to do or say). */
    private List<Line> action() {
        if (s == null) {
            return List.of();
        }
        if (voteDue()) {
            Worth worth = m.worth();
            Package p = worth == null || s.draft() == null ? null : worth.pkg(s.draft().terms());
            int yes = 0;
            int no = 0;
            for (org.truce.client.model.Team.Suggestion sg : TeamLines.latestPerMember(m)) {
                if (!sg.isPackage()) {
                    yes += sg.vote() ? 1 : 0;
                    no += sg.vote() ? 0 : 1;
                }
            }
            // with the team's tally the line is said shorter, so that all of it fits at 80 columns
            boolean tallied = yes + no > 0;
            String tally = tallied ? " · team: " + yes + " yes, " + no + " no" : "";
            String tail = "";
            if (p != null) {
                double u = worth.utility(p);
                boolean red = !worth.redLinesCrossed(p).isEmpty();
                String gain = Text.gain(u, worth.noDeal(s.round()));
                tail = !tallied ? "   worth " + Text.num(u) + " to you, score " + gain + (red ? "  ✗ red line!" : "")
                        : " · worth " + Text.num(u) + (red ? " ✗ red line!" : ", score " + gain);
            }
            return List.of(line(Text.fit("▶ Your vote: A accept · R reject" + tail + tally, w), Tone.ACCENT, true));
        }
        org.truce.client.model.Team.Suggestion pkg = TeamLines.latestPackage(m);
        if (penInHand() && pkg != null && m.worth() != null && m.worth().pkg(pkg.terms()) != null) {
            double u = m.worth().utility(m.worth().pkg(pkg.terms()));
            return List.of(line(Text.fit("▶ " + pkg.by() + " suggests a package worth " + Text.num(u) + " to you: U loads it, E writes your own", w),
                    Tone.ACCENT, true));
        }
        if (penInHand()) {
            return List.of(line("▶ You hold the pen: E writes your draft for round " + s.round(), Tone.ACCENT, true));
        }
        if (Phase.fromWire(s.phase()) == Phase.VOTING && m.party() != null && s.votes() != null) {
            String mine = s.votes().get(m.party());
            VoteStatus vote = VoteStatus.fromWire(mine);
            String text = vote == VoteStatus.ACCEPTED ? "You accepted this draft." : vote == VoteStatus.REJECTED ? "You rejected this draft." : "";
            return text.isEmpty() ? List.of() : List.of(plain(text));
        }
        return List.of();
    }

    private String keyBar() {
        StringBuilder b = new StringBuilder();
        if (m.isMyVote() && !m.paused()) {
            b.append(" A Accept  R Reject ");
        }
        if (penInHand()) {
            b.append(" E Edit draft ");
            if (TeamLines.latestPackage(m) != null) {
                b.append(" U Suggested ");
            }
        }
        if (m.isMember() && !m.paused()) {
            b.append(m.isSeatPen() ? " E Suggest draft " : m.isSeatVote() ? " +/- Suggest accept/reject " : "");
        }
        if (m.isLead() && !m.team().isEmpty() && !m.isMyVote() && !penInHand()) {
            b.append(" K Hand lead ");
        }
        b.append(m.party() == null ? " H Drafts  L Log  ? Help  Q Quit" : " T Talk  B Brief  H Drafts  L Log  ? Help  Q Quit");
        if (canGoBack(m, c.lobby())) {
            b.append(m.party() == null ? "  Esc Lobby" : "  Esc Leave seat");
        }
        if (c.facilitator() && (s == null || Phase.fromWire(s.phase()) != Phase.ENDED)) {
            b.append("  F Room");
        }
        // too long for the screen: the keys the log and the brief line already hint at go first (help lists all)
        String bar = b.toString();
        for (String less : new String[] {"  L Log", "  H Drafts", "  B Brief"}) {
            if (bar.length() > w) {
                bar = bar.replace(less, "");
            }
        }
        return bar;
    }

    /**
     * Whether Esc leaves the table: a spectator always may (back to the lobby), a player only
     * while the room still waits for players (the seat is freed); never without a lobby (solo).
     * During a game a seat is not dropped by a stray Esc: Q quits, and the seat waits.
     */
    static boolean canGoBack(GameModel m, boolean lobby) {
        State s = m.state();
        return lobby && m.room() != null && (m.party() == null || (s != null && Phase.fromWire(s.phase()) == Phase.LOBBY));
    }
}
