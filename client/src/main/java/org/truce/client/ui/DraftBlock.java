package org.truce.client.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.truce.client.model.GameModel;
import org.truce.client.model.Names;
import org.truce.client.model.Worth;
import org.truce.client.ui.TableView.Line;
import org.truce.client.ui.TableView.Tone;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerParts.RoundView;
import org.truce.shared.protocol.ServerMessage.State;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * The table's draft block as lines of text: who tabled the draft, its nine terms with what each
 * gives you, the votes, what the draft is worth to you, and the others' declared red lines it
 * crosses ({@link TableView#DRAFT_ROWS} rows). No terminal types.
 */
final class DraftBlock {
    private final GameModel m;
    private final State s;
    private final ScenarioInfo info;
    private final int w;
    private final Line[] draft = new Line[TableView.DRAFT_ROWS];

    private DraftBlock(GameModel m, int cols) {
        this.m = m;
        this.s = m.state();
        this.info = m.scenario();
        this.w = cols;
    }

    /** The block's rows for {@code m}, each padded to {@code cols}. */
    static List<Line> render(GameModel m, int cols) {
        DraftBlock b = new DraftBlock(m, cols);
        for (int i = 0; i < TableView.DRAFT_ROWS; i++) {
            b.draft[i] = b.plain("");
        }
        b.drawDraft();
        b.drawYou();
        return List.of(b.draft);
    }

    private Line plain(String text) {
        return line(text, Tone.PLAIN, false);
    }

    private Line line(String text, Tone tone, boolean bold) {
        return new Line(Text.pad(text, w), tone, bold, false);
    }

    private void drawDraft() {
        if (info == null) {
            return;
        }
        Names n = m.names();
        Worth worth = m.worth();
        DraftView d = s == null ? null : s.draft();
        int nameW = Math.min(28, Math.max(14, w - 52));
        // the worth column: what this option gives you out of the most the term can give (its weight for you)
        int optW = Math.max(8, w - nameW - 1 - (worth == null ? 0 : 12));
        String column = worth == null ? "" : Text.padLeft(d == null ? "max" : "gives/max", 9);
        if (d == null) {
            draft[0] = line(Text.pad("No draft on the table yet.", nameW + 1 + optW) + column, Tone.PLAIN, true);
        } else {
            int origin = m.originRound(d);
            String by = d.automatic()
                    ? "Re-tabled by the clock: " + author(m, d) + " draft" + (origin > 0 ? " of round " + origin : "")
                    : "Draft on the table: by " + (d.by().equals(m.party()) ? "you" : n.inText(d.by())) + ", round " + d.round();
            if (Text.cols(by) > nameW + 1 + optW && d.automatic() && !d.by().equals(m.party())) {
                // a long name: its short form rather than a cut line
                by = "Re-tabled by the clock: " + n.possessiveShort(d.by()) + " draft" + (origin > 0 ? " of round " + origin : "");
            }
            draft[0] = line(Text.pad(by, nameW + 1 + optW) + column, Tone.PLAIN, true);
        }
        Package p = worth == null || d == null ? null : worth.pkg(d.terms());
        for (int t = 0; t < info.terms().size() && t < 9; t++) {
            Term term = info.terms().get(t);
            String opt = d == null ? "—" : n.option(term.id(), d.terms().get(term.id()));
            String row = Text.pad(term.name(), nameW) + " " + Text.pad(opt, optW);
            String max = String.valueOf(Math.round(worth == null ? 0 : worth.bestContribution(t)));
            boolean red = false;
            if (p != null) {
                int o = p.choice(t);
                red = worth.isRedLine(t, o);
                row += Text.padLeft(Text.num(worth.contribution(t, o)), 6) + "/" + Text.pad(max, 2) + (red ? " ✗" : "");
            } else if (worth != null) {
                row += Text.padLeft(max, 9);
            }
            draft[1 + t] = line(row, red ? Tone.RED : Tone.PLAIN, red);
        }
        draft[10] = plain(votesLine());
    }

    private String votesLine() {
        if (s == null || m.scenario() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("Votes:");
        Map<String, String> votes = s.votes() == null ? Map.of() : s.votes();
        String pen = s.pen();
        RoundView last = lastClosed(s);
        if (Phase.fromWire(s.phase()) != Phase.VOTING && last != null && last.round() == s.round() - 1) {
            // while the next draft is written, the last round's votes stay in sight
            String whose = last.draft() == null ? "no draft" : author(m, last.draft()) + " draft";
            if (Text.cols(whose) + 5 * m.scenario().partyIds().size() + 20 > w && last.draft() != null && !last.draft().by().equals(m.party())) {
                whose = m.names().possessiveShort(last.draft().by()) + " draft"; // a long name: its short form, not a cut line
            }
            b = new StringBuilder("Round " + last.round() + " votes (" + whose + "):");
            votes = last.votes() == null ? Map.of() : last.votes();
            pen = last.draft() == null || last.draft().automatic() ? null : last.draft().by();
        } else if (s.draft() != null) {
            // the draft's author accepts by tabling it; on one the clock re-tabled, everyone votes
            pen = s.draft().automatic() ? null : s.draft().by();
        }
        for (String p : m.scenario().partyIds()) {
            b.append(' ').append(p).append(' ');
            if (p.equals(pen)) {
                b.append('✎');
            } else {
                String v = votes.get(p);
                b.append(VoteStatus.fromWire(v) == VoteStatus.ACCEPTED ? "✓" : VoteStatus.fromWire(v) == VoteStatus.REJECTED ? "✗" : Phase.fromWire(s.phase()) == Phase.VOTING ? "…" : "·");
            }
        }
        return b.toString();
    }

    /** The round that closed last, or null. */
    static RoundView lastClosed(State s) {
        RoundView last = null;
        if (s != null && s.history() != null) {
            for (RoundView r : s.history()) {
                if (last == null || r.round() > last.round()) {
                    last = r;
                }
            }
        }
        return last;
    }

    /** "your", "Ukraine's", "the United States'", "the stand-in's" (one a stand-in wrote for this seat): whose draft it is. */
    static String author(GameModel m, DraftView d) {
        if (d.by().equals(m.party())) {
            return d.byStandIn() ? "the stand-in's" : "your";
        }
        return m.names().possessive(d.by());
    }

    private void drawYou() {
        Worth worth = m.worth();
        DraftView d = s == null ? null : s.draft();
        if (worth == null || info == null) {
            draft[11] = line(m.party() == null && m.room() != null ? "You are watching (spectator)." : "", Tone.PLAIN, true);
            if (d != null && m.names() != null) {
                List<String> crossed = m.names().declaredRedLinesCrossed(d.terms(), null);
                draft[12] = plain(crossed.isEmpty() ? "⚑ Crosses no declared red line." : crossedLine(crossed, w));
            }
            return;
        }
        int round = s == null || s.round() < 1 ? 1 : s.round();
        double nd = worth.noDeal(round);
        StringBuilder b = new StringBuilder(m.names().shortName(m.party())).append(" (you) · no deal now ").append(Text.num(nd));
        Package p = d == null ? null : worth.pkg(d.terms());
        boolean red = false;
        boolean good = true;
        if (p != null) {
            double u = worth.utility(p);
            b.append(" · this draft ").append(Text.num(u)).append(" · score ").append(Text.gain(u, nd));
            List<Term> crossed = worth.redLinesCrossed(p);
            red = !crossed.isEmpty();
            good = u >= nd;
            String verdict = red ? " · ✗ RED LINE: " + crossed.get(0).name() : " · ✓ no red line";
            // long names: keep the verdict's mark whole rather than cut it mid-word (the draft's rows mark the term ✗)
            b.append(Text.cols(b + verdict) <= w ? verdict : red ? " · ✗ RED LINE" : " · ✓");
        }
        draft[11] = line(b.toString(), red ? Tone.RED : good ? Tone.GOOD : Tone.ACCENT, true);
        // the others' public red lines: a draft crossing one will be rejected out of hand
        String tail = " · your brief: B";
        if (p == null) {
            String others = "The others declared " + m.names().declaredRedLines(m.party()) + " red lines: E marks them ⚑.";
            draft[12] = plain(Text.fit(others, w - tail.length()) + tail);
        } else {
            List<String> crossed = m.names().declaredRedLinesCrossed(d.terms(), m.party());
            String others = crossed.isEmpty() ? "⚑ Crosses no red line the others declared." : crossedLine(crossed, w - tail.length());
            draft[12] = line(Text.fit(others, w - tail.length()) + tail, crossed.isEmpty() ? Tone.PLAIN : Tone.ACCENT, !crossed.isEmpty());
        }
    }

    /**
     * "⚑ Crosses declared red lines: RU on NATO membership, …"; when that is too long for
     * {@code width}, whose red lines they are ("⚑ Crosses red lines declared by RU, US"), not a cut list.
     */
    private static String crossedLine(List<String> crossed, int width) {
        String full = "⚑ Crosses declared red lines: " + String.join(", ", crossed);
        if (Text.cols(full) <= width) {
            return full;
        }
        Set<String> parties = new LinkedHashSet<>();
        for (String x : crossed) {
            parties.add(x.substring(0, x.indexOf(" on ") < 0 ? x.length() : x.indexOf(" on ")));
        }
        return "⚑ Crosses " + crossed.size() + " red lines declared by " + String.join(", ", parties);
    }
}
