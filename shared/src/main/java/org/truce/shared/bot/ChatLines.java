package org.truce.shared.bot;

import java.util.List;
import java.util.SplittableRandom;
import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;
import org.truce.shared.scenario.Utility;

/**
 * What a bot says when it tables, accepts or rejects: a line from its brief, in character,
 * with {term}, {option} and {party} filled in from the draft (the term it cares most about,
 * or the one that hurts it most, or the red line crossed).
 */
final class ChatLines {
    private final ScenarioInfo info;
    private final Brief brief;
    private final Utility utility;
    private final java.util.function.Supplier<SplittableRandom> random;

    ChatLines(ScenarioInfo info, Brief brief, Utility utility, java.util.function.Supplier<SplittableRandom> random) {
        this.info = info;
        this.brief = brief;
        this.utility = utility;
        this.random = random;
    }

    String onTable(Package p, GameState state) {
        // the term this party cares most about, with the option it put on the table
        int top = 0;
        for (int t = 1; t < info.terms().size(); t++) {
            if (utility.bestContribution(t) > utility.bestContribution(top)) {
                top = t;
            }
        }
        return fill(pick(brief.lines().table()), top, p.choice(top), state.pen());
    }

    String onAccept(Package draft, GameState state) {
        if (brief.lines().accept().isEmpty() || random.get().nextDouble() > 0.35) {
            return null;
        }
        return fill(pick(brief.lines().accept()), worstTerm(draft), draft.choice(worstTerm(draft)), state.pen());
    }

    String onReject(Package draft, GameState state) {
        int red = utility.redLineTerm(draft);
        if (red >= 0 && !brief.lines().redLine().isEmpty()) {
            return fill(pick(brief.lines().redLine()), red, draft.choice(red), state.pen());
        }
        int worst = worstTerm(draft);
        return fill(pick(brief.lines().reject()), worst, draft.choice(worst), state.pen());
    }

    /**
     * Every line of the brief for this move, filled in as {@link #onTable}, {@link #onAccept} and
     * {@link #onReject} fill theirs: a bot that already said the line it picked says another, or
     * nothing (it never repeats itself word for word in a game).
     */
    List<String> variants(Package p, GameState state, boolean table, boolean accept) {
        int term;
        List<String> lines;
        if (table) {
            term = 0;
            for (int t = 1; t < info.terms().size(); t++) {
                if (utility.bestContribution(t) > utility.bestContribution(term)) {
                    term = t;
                }
            }
            lines = brief.lines().table();
        } else if (accept) {
            term = worstTerm(p);
            lines = brief.lines().accept();
        } else {
            int red = utility.redLineTerm(p);
            term = red >= 0 ? red : worstTerm(p);
            lines = red >= 0 && !brief.lines().redLine().isEmpty() ? brief.lines().redLine() : brief.lines().reject();
        }
        List<String> out = new java.util.ArrayList<>();
        for (String l : lines) {
            out.add(fill(l, term, p.choice(term), state.pen()));
        }
        return out;
    }

    // ---- a stand-in's words: a caretaker for an absent player, never in that player's voice ----

    private String caretaker() {
        return "Standing in for " + info.party(brief.party()).inText() + " while its player is away: ";
    }

    /** A stand-in tables: what it kept on the term its party cares most about. */
    String standInTable(Package p) {
        int top = 0;
        for (int t = 1; t < info.terms().size(); t++) {
            if (utility.bestContribution(t) > utility.bestContribution(top)) {
                top = t;
            }
        }
        Term t = info.terms().get(top);
        return caretaker() + "this draft keeps " + t.topic() + " at " + quoted(t.option(p.choice(top)).label()) + ".";
    }

    /** A stand-in's vote, and why: the seat's floor (no deal now) and its red lines, nothing more. */
    String standInVote(Package draft, boolean accept) {
        if (accept) {
            return caretaker() + "this draft is better for it than no deal, so it is accepted.";
        }
        int red = utility.redLineTerm(draft);
        return caretaker() + (red >= 0 ? "this draft crosses its red line on " + info.terms().get(red).topic()
                : "this draft leaves it worse off than no deal") + ", so it is rejected.";
    }

    /** A stand-in's answer to a private message: it keeps the seat, it does not bargain. */
    String standInReply() {
        return caretaker() + "I only keep the seat; its player answers for it when they are back.";
    }

    /** The term where the draft costs this party the most against its best option. */
    private int worstTerm(Package draft) {
        int worst = 0;
        double loss = -1;
        for (int t = 0; t < info.terms().size(); t++) {
            double l = utility.bestContribution(t) - utility.contribution(t, draft.choice(t));
            if (l > loss) {
                loss = l;
                worst = t;
            }
        }
        return worst;
    }

    private String pick(List<String> lines) {
        return lines.isEmpty() ? null : lines.get(random.get().nextInt(lines.size()));
    }

    private String fill(String line, int term, int option, String party) {
        return render(info, line, term, option, party);
    }

    /** A line template with {term}, {option} and {party} filled in, as a bot says it (null stays null). */
    static String render(ScenarioInfo info, String line, int term, int option, String party) {
        if (line == null) {
            return null;
        }
        Term t = info.terms().get(term);
        String partyName = party == null ? "" : info.party(party).name();
        // an option's label is a phrase, not a noun: quoted, it reads as the text on the table
        String out = line.replace("{term}", t.topic()).replace("{option}", quoted(t.option(option).label()))
                .replace("{party}", partyName);
        // a topic such as "the US role" may open the line
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /**
     * An option's label in curly quotes; a label that is itself a quotation (the summit report's
     * words, e.g. "Vital and coordinated role") keeps one pair, not two.
     */
    static String quoted(String label) {
        String l = label.strip();
        if (l.length() >= 2 && (l.startsWith("\"") && l.endsWith("\"") || l.startsWith("\u201c") && l.endsWith("\u201d"))) {
            l = l.substring(1, l.length() - 1);
        }
        return "\u201c" + l + "\u201d";
    }
}
