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
 */
final class TalkAnswers {
    private final BotContext ctx;
    private final TalkMemory memory;
    private final BiPredicate<GameState, Package> accepts;
    /** Whether it plays boulware (chosen, or its persona): the one persona that bluffs. */
    private final boolean bluffs;

    TalkAnswers(BotContext ctx, TalkMemory memory, BiPredicate<GameState, Package> accepts, boolean bluffs) {
        this.ctx = ctx;
        this.memory = memory;
        this.accepts = accepts;
        this.bluffs = bluffs;
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
            case PRIORITY -> priority(out, asker, inPublic);
            case ACCEPT_OPTION -> {
                if (base == null) {
                    out.add(ctx.utility().isRedLine(i.term(), i.option())
                            ? "No: " + opt(info, i.term(), i.option()) + " on " + topic(i.term()) + " is a red line for us."
                            : "There is no draft yet. " + capital(opt(info, i.term(), i.option())) + " on " + topic(i.term())
                            + " could be part of a deal if the rest is right; ask us again when a draft is on the table.");
                } else {
                    verdict(out, withOption(base, i.term(), i.option()), state, "With " + opt(info, i.term(), i.option()) + " on "
                            + topic(i.term()) + ", ");
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
            case TRADE -> trade(out, i, asker, base);
            case PROMISE -> out.add("Noted, " + name(info, asker, false) + ": we count on your vote for "
                    + (i.term() == 1 || state.phase() != Phase.VOTING ? "the next draft" : "the round " + state.round() + " draft") + ".");
            case WARN -> out.add(i.option() >= 0
                    ? "We hear you, " + name(info, asker, false) + ": you will not sign " + opt(info, i.term(), i.option()) + " on "
                    + topic(i.term()) + ". We judge every draft on the whole of it."
                    : "Warnings do not change what we can sign, " + name(info, asker, false) + ".");
            // each statement acknowledged in its own words: another statement never gets the same line back
            case SAY_WANT -> out.add("Noted, " + name(info, asker, false) + ": you want " + opt(info, i.term(), i.option()) + " on "
                    + topic(i.term()) + ". We will keep it in mind.");
            case SAY_REJECT -> out.add("Noted, " + name(info, asker, false) + ": you cannot accept " + opt(info, i.term(), i.option())
                    + " on " + topic(i.term()) + ". We will keep it in mind.");
            case SAY_PRIORITY -> out.add("Noted, " + name(info, asker, false) + ": " + topic(i.term()) + " matters most to you.");
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
            case ACCEPT_OPTION -> i.term() < 0 || i.option() < 0 ? null : opt(info, i.term(), i.option()) + " on " + topic(i.term());
            case NEEDS -> i.term() < 0 ? null : topic(i.term());
            case TRADE -> i.pkg() != null || i.term() < 0 || i.term2() < 0 ? null : "that offer (" + side(i.term(), i.option()) + " for "
                    + side(i.term2(), i.option2()) + ")";
            default -> null;
        };
    }

    private String side(int t, int o) {
        return o < 0 ? topic(t) : opt(ctx.info(), t, o) + " on " + topic(t);
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
                    + opt(info, kept, p.choice(kept)) + " on " + topic(kept) + "."));
            out.add(capital(lead + "yes: that is a text we can sign."));
            return;
        }
        int red = u.redLineTerm(p);
        if (red >= 0) {
            out.add(capital(lead + "no: " + opt(info, red, p.choice(red)) + " on " + topic(red) + " is a red line for us."));
            out.add("Never with " + opt(info, red, p.choice(red)) + " on " + topic(red) + ".");
            return;
        }
        int[] fix = fix(p, state);
        String then = fix == null ? "It is still far from what we can sign."
                : "Put " + opt(info, fix[0], fix[1]) + " on " + topic(fix[0]) + " and we would vote for it.";
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
            out.add("On " + topic(t) + " the draft already has " + opt(info, t, base.choice(t)) + ": keep it there." + reds);
            out.add("Keep " + opt(info, t, base.choice(t)) + " on " + topic(t) + ", as the draft has it." + reds);
            return;
        }
        if (base == null) {
            int least = least(t, -1, null, state);
            out.add("On " + topic(t) + " we want " + opt(info, t, wish) + (least >= 0 && least != wish ? "; we could live with "
                    + opt(info, t, least) : "") + "." + reds);
            out.add("What we need on " + topic(t) + " is " + opt(info, t, wish) + "." + reds);
            return;
        }
        int least = least(t, base.choice(t), base, state);
        if (votes(state, base)) {
            out.add("This draft works for us as it is; on " + topic(t) + " we would still rather have " + opt(info, t, wish) + "." + reds);
            out.add("We can sign the draft as it stands, though " + opt(info, t, wish) + " on " + topic(t) + " is what we want." + reds);
        } else if (least >= 0) {
            out.add("On " + topic(t) + (least == wish ? " we need " + opt(info, t, wish) + ". With it there, we could sign this draft."
                    : " we want " + opt(info, t, wish) + ". With " + opt(info, t, least) + " there, we could sign this draft.") + reds);
            out.add("Give us " + opt(info, t, least) + " on " + topic(t) + " and this draft is one we can sign." + reds);
        } else {
            out.add("On " + topic(t) + " we want " + opt(info, t, wish) + ", but even that would not make this draft enough for us."
                    + reds);
            out.add("We want " + opt(info, t, wish) + " on " + topic(t) + "; the draft needs more than that for us." + reds);
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

    private void priority(List<String> out, String asker, boolean inPublic) {
        int[] ranked = ranked();
        // asked again by the same party: the next priority down (RULES: "and, asked again, its second")
        int n = Math.max(1, memory.priorityAsks(asker)) - 1;
        if (n >= ranked.length) {
            // past the last term: the ranking is exhausted (said once, then only "As we said")
            out.add("That is all our terms, from " + topic(ranked[0]) + " down to " + topic(ranked[ranked.length - 1]) + ".");
            return;
        }
        if (n > 0) {
            int t = ranked[n];
            StringBuilder before = new StringBuilder();
            for (int k = 0; k < n; k++) {
                before.append(k == 0 ? "" : k == n - 1 ? " and " : ", ").append(topic(ranked[k]));
            }
            String w = opt(ctx.info(), t, wish(t));
            out.add("After " + before + ", what matters most to us is " + topic(t) + ": " + w + ".");
            out.add("Next on our list, after " + before + ", comes " + topic(t) + ": we want " + w + ".");
            // never the brief's reply lines here: they speak of the first priority ("what matters most")
            return;
        }
        int top = ranked[0];
        int second = ranked.length > 1 ? ranked[1] : top;
        if (inPublic) {
            // the brief's reply lines are confidences ("Off the record: …"): at the table it says it plainly
            out.add("For " + name(ctx.info(), ctx.party(), false) + ", everything turns on " + topic(top) + ": we want "
                    + opt(ctx.info(), top, wish(top)) + ".");
            out.add("First " + topic(top) + " (" + opt(ctx.info(), top, wish(top)) + "), then " + topic(second) + " ("
                    + opt(ctx.info(), second, wish(second)) + ").");
            return;
        }
        for (String line : ctx.brief().lines().reply()) {
            out.add(ChatLines.render(ctx.info(), line, top, wish(top), asker));
        }
        out.add("For us, everything turns on " + topic(top) + ": we want " + opt(ctx.info(), top, wish(top)) + ".");
        out.add("First " + topic(top) + " (" + opt(ctx.info(), top, wish(top)) + "), then " + topic(second) + " ("
                + opt(ctx.info(), second, wish(second)) + ").");
    }

    /** The terms by how much they matter to this party (its best score there), most first; ties by term order. */
    private int[] ranked() {
        int n = ctx.info().terms().size();
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ctx.utility().bestContribution(b), ctx.utility().bestContribution(a)));
        int[] out = new int[n];
        for (int t = 0; t < n; t++) {
            out[t] = order[t];
        }
        return out;
    }

    private void trade(List<String> out, TalkIntent i, String asker, Package base) {
        ScenarioInfo info = ctx.info();
        Utility u = ctx.utility();
        if (i.option() < 0 || i.option2() < 0 || i.term() == i.term2()) {
            // each flaw named, so that different offers get different answers
            String who = name(info, asker, false);
            String form = " Say it as: \"I'll give you <term> <option> if you accept <term> <option>\".";
            if (i.term() >= 0 && i.term() == i.term2()) {
                out.add("A trade needs a different term on each side, " + who + ": you named " + topic(i.term()) + " on both." + form);
                return;
            }
            List<String> unclear = new ArrayList<>();
            unclear.add(i.term() < 0 ? "what you give" : i.option() < 0 ? "which option you give on " + topic(i.term()) : null);
            unclear.add(i.term2() < 0 ? "what you ask" : i.option2() < 0 ? "which option you ask on " + topic(i.term2()) : null);
            unclear.removeIf(java.util.Objects::isNull);
            out.add("Name both sides of the trade, " + who + ": we cannot tell " + String.join(" or ", unclear) + "." + form);
            return;
        }
        if (i.pkg() != null) {
            manyForMany(out, i.pkg(), asker);
            return;
        }
        String give = opt(info, i.term(), i.option()) + " on " + topic(i.term());
        String want = opt(info, i.term2(), i.option2()) + " on " + topic(i.term2());
        boolean brokenBefore = false;
        for (TalkMemory.Trade t : memory.trades()) {
            if (t.partner().equals(asker) && t.giveTerm() == i.term() && t.give() == i.option() && t.wantTerm() == i.term2()
                    && t.want() == i.option2()) {
                if (!memory.isBroken(t)) {
                    out.add("We already agreed on that: " + give + " for " + want + ".");
                    return;
                }
                brokenBefore = true;
            }
        }
        int from = out.size();
        judgeTrade(out, i, asker, base, give, want);
        if (brokenBefore) {
            // a broken trade offered again is judged afresh, and the bot says it has not forgotten
            for (int k = from; k < out.size(); k++) {
                out.set(k, "You broke that trade once. " + out.get(k));
            }
        }
    }

    private void judgeTrade(List<String> out, TalkIntent i, String asker, Package base, String give, String want) {
        ScenarioInfo info = ctx.info();
        Utility u = ctx.utility();
        if (u.isRedLine(i.term2(), i.option2())) {
            out.add("No trade: " + want + " is a red line for us, whatever " + give + " is worth.");
            return;
        }
        // both halves against the draft on the table, or with none against what it expects on each term
        double gain = u.contribution(i.term(), i.option()) - reference(i.term(), base);
        double loss = reference(i.term2(), base) - u.contribution(i.term2(), i.option2());
        String who = name(info, asker, false);
        String onGive = base == null ? "what we expect on " + topic(i.term()) : base.choice(i.term()) == i.option()
                ? "what the draft has already" : "the draft's " + opt(info, i.term(), base.choice(i.term()));
        String onWant = base == null ? "what we expect on " + topic(i.term2()) : base.choice(i.term2()) == i.option2()
                ? "what the draft has already" : "the draft's " + opt(info, i.term2(), base.choice(i.term2()));
        int red = base == null ? (u.isRedLine(i.term(), i.option()) ? i.term() : -1)
                : u.redLineTerm(withOption(withOption(base, i.term(), i.option()), i.term2(), i.option2()));
        if (red >= 0) {
            Package p = base == null ? withOption(best(), i.term(), i.option()) : withOption(withOption(base, i.term(), i.option()), i.term2(),
                    i.option2());
            out.add("No trade, " + who + ": with " + give + " and " + want + ", " + opt(info, red, p.choice(red)) + " on " + topic(red)
                    + " would still be a red line for us.");
            return;
        }
        if (gain >= loss && (gain > 0 || loss < 0)) {
            out.add("Agreed, " + who + ": " + give + " from you, " + want + " from us. " + TalkMemory.AGREED);
            return;
        }
        if (gain <= 0) {
            out.add("No trade, " + who + ": " + give + " is no gain for us over " + onGive + ", and " + want
                    + (loss > 0 ? " would cost us, against " : " does not make up for that, against ") + onWant + ".");
            return;
        }
        out.add("No trade, " + who + ": " + give + " would be a gain for us over " + onGive + ", but " + want
                + " would cost us more than that, against " + onWant + ".");
    }

    /**
     * A trade with more than one term on a side: a bot weighs one option for one (RULES), so it
     * says so, naming both sides, and names any option asked of it that is its red line.
     */
    private void manyForMany(List<String> out, int[] pairs, String asker) {
        int n = pairs.length / 2;
        List<String> gives = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        String red = "";
        for (int t = 0; t < n; t++) {
            if (pairs[t] >= 0) {
                gives.add(opt(ctx.info(), t, pairs[t]) + " on " + topic(t));
            }
            if (pairs[n + t] >= 0) {
                asks.add(opt(ctx.info(), t, pairs[n + t]) + " on " + topic(t));
                if (red.isEmpty() && ctx.utility().isRedLine(t, pairs[n + t])) {
                    red = " And " + opt(ctx.info(), t, pairs[n + t]) + " on " + topic(t) + " is a red line for us.";
                }
            }
        }
        out.add("One term on each side, please, " + name(ctx.info(), asker, false) + ": we weigh one option for one, not "
                + (gives.isEmpty() ? "what you offer" : String.join(" and ", gives)) + " for "
                + (asks.isEmpty() ? "what you ask" : String.join(" and ", asks)) + "." + red);
    }

    /**
     * What the bot counts on for term {@code t}: the draft's option there, or with no draft yet the
     * average of its own scores over the options still open there (neither its red lines nor another
     * party's declared ones).
     */
    private double reference(int t, Package base) {
        Utility u = ctx.utility();
        if (base != null) {
            return u.contribution(t, base.choice(t));
        }
        boolean[][] theirs = ctx.othersDeclaredRedLines();
        double sum = 0;
        int n = 0;
        for (int o = 0; o < ctx.info().terms().get(t).options().size(); o++) {
            if (!u.isRedLine(t, o) && !theirs[t][o]) {
                sum += u.contribution(t, o);
                n++;
            }
        }
        return n == 0 ? u.contribution(t, wish(t)) : sum / n;
    }

    private Package best() {
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

    private String topic(int t) {
        return ctx.info().terms().get(t).topic();
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
        String n = (p.article().isEmpty() ? "" : p.article() + " ") + p.name();
        return capital ? capital(n) : n;
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
