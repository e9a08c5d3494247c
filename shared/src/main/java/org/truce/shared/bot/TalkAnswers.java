package org.truce.shared.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;
import org.truce.shared.scenario.Utility;

/**
 * A bot's answers to what it is asked, consistent with its brief and the table: "would you
 * accept" is answered by the vote itself ({@code accepts}, i.e. {@link Bot#wouldAccept}) on the
 * draft on the table with the option substituted; it never names an option it would not sign as
 * enough, never names another party's declared red line as its wish, never complains about a term
 * where the draft already has its best option. Honest, except that a boulware persona overstates
 * the least it could live with on a term by one option (never its red lines, never its vote).
 * Priority questions are answered by {@link TalkPriorities}, trade offers by {@link TalkTrades}.
 */
final class TalkAnswers {
    private final BotContext ctx;
    private final BiPredicate<GameState, Package> accepts;
    /** Whether it plays boulware (chosen, or its persona): the one persona that bluffs. */
    private final boolean bluffs;
    private final TalkPriorities priorities;
    private final TalkTrades trades;

    TalkAnswers(BotContext ctx, TalkMemory memory, BiPredicate<GameState, Package> accepts, boolean bluffs) {
        this.ctx = ctx;
        this.accepts = accepts;
        this.bluffs = bluffs;
        this.priorities = new TalkPriorities(ctx, memory, this);
        this.trades = new TalkTrades(ctx, memory, this);
    }

    /** Candidate answers, best first (the caller says the first one not said before), or an empty list for none. */
    List<String> answer(TalkIntent i, String asker, GameState state) {
        return answer(i, asker, state, false);
    }

    /** As {@link #answer(TalkIntent, String, GameState)}; {@code inPublic}: said to the table, not in a corridor. */
    List<String> answer(TalkIntent i, String asker, GameState state, boolean inPublic) {
        ScenarioInfo info = ctx.info();
        Package base = base(state);
        List<String> out = new ArrayList<>();
        switch (i.kind()) {
            case NEEDS -> needs(out, i.term(), base, state);
            case PRIORITY -> priorities.priority(out, asker, inPublic);
            case ACCEPT_OPTION -> {
                if (base == null) {
                    out.add(ctx.utility().isRedLine(i.term(), i.option())
                            ? "No: " + opt(info, i.term(), i.option()) + " on " + ctx.topic(i.term()) + " is a red line for us."
                            : "There is no draft yet. " + capital(opt(info, i.term(), i.option())) + " on " + ctx.topic(i.term())
                            + " could be part of a deal if the rest is right; ask us again when a draft is on the table.");
                } else {
                    verdict(out, withOption(base, i.term(), i.option()), state, "With " + opt(info, i.term(), i.option()) + " on "
                            + ctx.topic(i.term()) + ", ");
                }
            }
            case ACCEPT_DRAFT -> {
                if (base == null) {
                    out.add("There is no draft on the table yet. Ask us what matters most to us, or what we need on a term.");
                } else {
                    verdict(out, base, state, "");
                }
            }
            case ACCEPT_PACKAGE -> verdict(out, i.packageOver(base != null ? base : best()), state, "Your package (" + pairs(i.pkg()) + "): ");
            case TRADE -> trades.trade(out, i, asker, base);
            case PROMISE -> out.add("Noted, " + name(info, asker, false) + ": we count on your vote for "
                    + (i.term() == 1 || state.phase() != Phase.VOTING ? "the next draft" : "the round " + state.round() + " draft") + ".");
            case WARN -> out.add(i.option() >= 0
                    ? "We hear you, " + name(info, asker, false) + ": you will not sign " + opt(info, i.term(), i.option()) + " on "
                    + ctx.topic(i.term()) + ". We judge every draft on the whole of it."
                    : "Warnings do not change what we can sign, " + name(info, asker, false) + ".");
            // each statement acknowledged in its own words: another statement never gets the same line back
            case SAY_WANT -> out.add("Noted, " + name(info, asker, false) + ": you want " + opt(info, i.term(), i.option()) + " on "
                    + ctx.topic(i.term()) + ". We will keep it in mind.");
            case SAY_REJECT -> out.add("Noted, " + name(info, asker, false) + ": you cannot accept " + opt(info, i.term(), i.option())
                    + " on " + ctx.topic(i.term()) + ". We will keep it in mind.");
            case SAY_PRIORITY -> out.add("Noted, " + name(info, asker, false) + ": " + ctx.topic(i.term()) + " matters most to you.");
            default -> out.add("I am not sure what you are asking, " + name(info, asker, false) + ". Ask me what we need on a term, "
                    + "what matters most to us, whether we would accept an option, the draft or a package, or offer a trade: "
                    + "\"I'll give you <term> <option> if you accept <term> <option>\".");
        }
        return out;
    }

    /**
     * For a different question when all of {@code answers} were said already: the first one again,
     * led by what was asked, so a different question still gets its own answer (empty: nothing to name).
     */
    List<String> named(TalkIntent i, List<String> answers) {
        String about = about(i);
        return about == null || answers.isEmpty() ? List.of() : List.of("On " + about + ": " + answers.get(0));
    }

    /** What a question is about, named so that different questions read differently (null: nothing to name). */
    private String about(TalkIntent i) {
        ScenarioInfo info = ctx.info();
        return switch (i.kind()) {
            case ACCEPT_PACKAGE -> i.pkg() == null ? null : "that package (" + pairs(i.pkg()) + ")";
            case ACCEPT_OPTION -> i.term() < 0 || i.option() < 0 ? null : opt(info, i.term(), i.option()) + " on " + ctx.topic(i.term());
            case NEEDS -> i.term() < 0 ? null : ctx.topic(i.term());
            case TRADE -> i.pkg() != null || i.term() < 0 || i.term2() < 0 ? null : "that offer (" + side(i.term(), i.option()) + " for "
                    + side(i.term2(), i.option2()) + ")";
            default -> null;
        };
    }

    private String side(int t, int o) {
        return o < 0 ? ctx.topic(t) : opt(ctx.info(), t, o) + " on " + ctx.topic(t);
    }

    /** The term-option pairs a package question named, as ids ("sanctions a, nato b"). */
    private String pairs(int[] pkg) {
        List<String> named = new ArrayList<>();
        for (int t = 0; pkg != null && t < pkg.length; t++) {
            if (pkg[t] >= 0) {
                Term term = ctx.info().terms().get(t);
                named.add(term.id() + " " + term.option(pkg[t]).id());
            }
        }
        return String.join(", ", named);
    }

    /** The draft asked about: the one on the table while votes are cast, else the last one tabled (null: none yet). */
    static Package base(GameState state) {
        Draft d = state.phase() == Phase.VOTING && state.draft() != null ? state.draft() : state.lastDraft();
        return d == null ? null : d.pkg();
    }

    /** What the bot would vote for {@code p} now: its own draft on the table counts as accepted, as in the rules. */
    boolean votes(GameState state, Package p) {
        Draft d = state.phase() == Phase.VOTING ? state.draft() : null;
        if (d != null && d.by().equals(ctx.party()) && !d.automatic() && d.pkg().equals(p)) {
            return true;
        }
        return accepts.test(state, p);
    }

    private void verdict(List<String> out, Package p, GameState state, String lead) {
        Utility u = ctx.utility();
        ScenarioInfo info = ctx.info();
        Draft d = state.phase() == Phase.VOTING ? state.draft() : null;
        boolean own = d != null && d.by().equals(ctx.party()) && d.pkg().equals(p);
        if (votes(state, p)) {
            int kept = topTerm();
            out.add(own ? "It is our own text: we vote for it." : capital(lead + "yes, we would vote for that. It has "
                    + opt(info, kept, p.choice(kept)) + " on " + ctx.topic(kept) + "."));
            out.add(capital(lead + "yes: that is a text we can sign."));
            return;
        }
        int red = u.redLineTerm(p);
        if (red >= 0) {
            out.add(capital(lead + "no: " + opt(info, red, p.choice(red)) + " on " + ctx.topic(red) + " is a red line for us."));
            out.add("Never with " + opt(info, red, p.choice(red)) + " on " + ctx.topic(red) + ".");
            return;
        }
        int[] fix = fix(p, state);
        String then = fix == null ? "It is still far from what we can sign."
                : "Put " + opt(info, fix[0], fix[1]) + " on " + ctx.topic(fix[0]) + " and we would vote for it.";
        out.add(capital(lead + "no, not as it stands. " + then));
        out.add(capital(lead + "we would vote against it. " + then));
    }

    /** One change that would make {@code p} a text this bot votes for, or null: never an option it would reject. */
    private int[] fix(Package p, GameState state) {
        Utility u = ctx.utility();
        boolean[][] theirs = ctx.othersDeclaredRedLines();
        int[] best = null;
        double bestCost = Double.MAX_VALUE;
        for (int t = 0; t < p.terms(); t++) {
            for (int o = 0; o < ctx.info().terms().get(t).options().size(); o++) {
                if (o == p.choice(t) || theirs[t][o] || u.contribution(t, o) <= u.contribution(t, p.choice(t))) {
                    continue;
                }
                Package q = withOption(p, t, o);
                double cost = u.contribution(t, o) - u.contribution(t, p.choice(t));
                if (cost < bestCost && accepts.test(state, q)) {
                    bestCost = cost;
                    best = new int[] {t, o};
                }
            }
        }
        return best;
    }

    private void needs(List<String> out, int t, Package base, GameState state) {
        Utility u = ctx.utility();
        ScenarioInfo info = ctx.info();
        int wish = wish(t);
        String reds = ownRedLines(t);
        if (base != null && u.contribution(t, base.choice(t)) >= u.contribution(t, wish)) {
            // nothing to complain about on this term
            out.add("On " + ctx.topic(t) + " the draft already has " + opt(info, t, base.choice(t)) + ": keep it there." + reds);
            out.add("Keep " + opt(info, t, base.choice(t)) + " on " + ctx.topic(t) + ", as the draft has it." + reds);
            return;
        }
        if (base == null) {
            int least = least(t, -1, null, state);
            out.add("On " + ctx.topic(t) + " we want " + opt(info, t, wish) + (least >= 0 && least != wish ? "; we could live with "
                    + opt(info, t, least) : "") + "." + reds);
            out.add("What we need on " + ctx.topic(t) + " is " + opt(info, t, wish) + "." + reds);
            return;
        }
        int least = least(t, base.choice(t), base, state);
        if (votes(state, base)) {
            out.add("This draft works for us as it is; on " + ctx.topic(t) + " we would still rather have " + opt(info, t, wish) + "." + reds);
            out.add("We can sign the draft as it stands, though " + opt(info, t, wish) + " on " + ctx.topic(t) + " is what we want." + reds);
        } else if (least >= 0) {
            out.add("On " + ctx.topic(t) + (least == wish ? " we need " + opt(info, t, wish) + ". With it there, we could sign this draft."
                    : " we want " + opt(info, t, wish) + ". With " + opt(info, t, least) + " there, we could sign this draft.") + reds);
            out.add("Give us " + opt(info, t, least) + " on " + ctx.topic(t) + " and this draft is one we can sign." + reds);
        } else {
            out.add("On " + ctx.topic(t) + " we want " + opt(info, t, wish) + ", but even that would not make this draft enough for us."
                    + reds);
            out.add("We want " + opt(info, t, wish) + " on " + ctx.topic(t) + "; the draft needs more than that for us." + reds);
        }
    }

    /**
     * The least good option on the term that makes {@code base} a draft the bot votes for (with no
     * draft: the least option worth at least half its best there); -1 if none. A boulware persona
     * names the next better one (its bluff).
     */
    private int least(int t, int current, Package base, GameState state) {
        Utility u = ctx.utility();
        int n = ctx.info().terms().get(t).options().size();
        boolean[][] theirs = ctx.othersDeclaredRedLines();
        int least = -1;
        for (int o = 0; o < n; o++) {
            if (u.isRedLine(t, o) || theirs[t][o]) {
                continue;
            }
            boolean ok = base == null ? u.contribution(t, o) >= u.bestContribution(t) / 2 : votes(state, withOption(base, t, o));
            if (ok && (least < 0 || u.contribution(t, o) < u.contribution(t, least))) {
                least = o;
            }
        }
        if (least >= 0 && bluffs) {
            int better = -1;
            for (int o = 0; o < n; o++) {
                if (!u.isRedLine(t, o) && !theirs[t][o] && u.contribution(t, o) > u.contribution(t, least)
                        && (better < 0 || u.contribution(t, o) < u.contribution(t, better))) {
                    better = o;
                }
            }
            if (better >= 0 && (base == null || votes(state, withOption(base, t, better)))) {
                least = better;
            }
        }
        return least;
    }

    Package best() {
        return ctx.utility().space().decode(ctx.utility().codesBestFirst()[0]);
    }

    /** The term this party cares most about. */
    int topTerm() {
        int top = 0;
        for (int t = 1; t < ctx.info().terms().size(); t++) {
            if (ctx.utility().bestContribution(t) > ctx.utility().bestContribution(top)) {
                top = t;
            }
        }
        return top;
    }

    /** The best option on a term for this party that is neither its red line nor another party's declared one. */
    int wish(int t) {
        Utility u = ctx.utility();
        boolean[][] theirs = ctx.othersDeclaredRedLines();
        int best = -1;
        for (int o = 0; o < ctx.info().terms().get(t).options().size(); o++) {
            if (!u.isRedLine(t, o) && !theirs[t][o] && (best < 0 || u.contribution(t, o) > u.contribution(t, best))) {
                best = o;
            }
        }
        return best < 0 ? 0 : best;
    }

    private String ownRedLines(int t) {
        StringBuilder b = new StringBuilder();
        for (int o = 0; o < ctx.info().terms().get(t).options().size(); o++) {
            if (ctx.utility().isRedLine(t, o)) {
                b.append(b.length() == 0 ? " " : " ").append(capital(opt(ctx.info(), t, o))).append(" is a red line for us.");
            }
        }
        return b.toString();
    }

    static Package withOption(Package p, int t, int o) {
        int[] c = p.toArray();
        c[t] = o;
        return new Package(c);
    }

    /** An option's label as bots quote it. */
    static String opt(ScenarioInfo info, int t, int o) {
        Term term = info.terms().get(t);
        return ChatLines.quoted(term.option(o).label());
    }

    /** A party's name in a sentence ("the United States"), capitalised to open one if {@code capital}. */
    static String name(ScenarioInfo info, String party, boolean capital) {
        if (party == null || "all".equals(party)) {
            return capital ? "Everyone" : "everyone";
        }
        var p = info.party(party);
        String n = p.inText();
        return capital ? capital(n) : n;
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
