package org.truce.shared.bot;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

import static org.truce.shared.bot.TalkAnswers.name;
import static org.truce.shared.bot.TalkAnswers.opt;
import static org.truce.shared.bot.TalkAnswers.withOption;

/** A bot's answers to trade offers: one option for one, judged against the draft or what it expects. */
final class TalkTrades {
    private final BotContext ctx;
    private final TalkMemory memory;
    private final TalkAnswers answers;

    TalkTrades(BotContext ctx, TalkMemory memory, TalkAnswers answers) {
        this.ctx = ctx;
        this.memory = memory;
        this.answers = answers;
    }

    void trade(List<String> out, TalkIntent i, String asker, Package base) {
        ScenarioInfo info = ctx.info();
        Utility u = ctx.utility();
        if (i.option() < 0 || i.option2() < 0 || i.term() == i.term2()) {
            // each flaw named, so that different offers get different answers
            String who = name(info, asker, false);
            String form = " Say it as: \"I'll give you <term> <option> if you accept <term> <option>\".";
            if (i.term() >= 0 && i.term() == i.term2()) {
                out.add("A trade needs a different term on each side, " + who + ": you named " + ctx.topic(i.term()) + " on both." + form);
                return;
            }
            List<String> unclear = new ArrayList<>();
            unclear.add(i.term() < 0 ? "what you give" : i.option() < 0 ? "which option you give on " + ctx.topic(i.term()) : null);
            unclear.add(i.term2() < 0 ? "what you ask" : i.option2() < 0 ? "which option you ask on " + ctx.topic(i.term2()) : null);
            unclear.removeIf(java.util.Objects::isNull);
            out.add("Name both sides of the trade, " + who + ": we cannot tell " + String.join(" or ", unclear) + "." + form);
            return;
        }
        if (i.pkg() != null) {
            manyForMany(out, i.pkg(), asker);
            return;
        }
        String give = opt(info, i.term(), i.option()) + " on " + ctx.topic(i.term());
        String want = opt(info, i.term2(), i.option2()) + " on " + ctx.topic(i.term2());
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
        String onGive = base == null ? "what we expect on " + ctx.topic(i.term()) : base.choice(i.term()) == i.option()
                ? "what the draft has already" : "the draft's " + opt(info, i.term(), base.choice(i.term()));
        String onWant = base == null ? "what we expect on " + ctx.topic(i.term2()) : base.choice(i.term2()) == i.option2()
                ? "what the draft has already" : "the draft's " + opt(info, i.term2(), base.choice(i.term2()));
        int red = base == null ? (u.isRedLine(i.term(), i.option()) ? i.term() : -1)
                : u.redLineTerm(withOption(withOption(base, i.term(), i.option()), i.term2(), i.option2()));
        if (red >= 0) {
            Package p = base == null ? withOption(best(), i.term(), i.option()) : withOption(withOption(base, i.term(), i.option()), i.term2(),
                    i.option2());
            out.add("No trade, " + who + ": with " + give + " and " + want + ", " + opt(info, red, p.choice(red)) + " on " + ctx.topic(red)
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
                gives.add(opt(ctx.info(), t, pairs[t]) + " on " + ctx.topic(t));
            }
            if (pairs[n + t] >= 0) {
                asks.add(opt(ctx.info(), t, pairs[n + t]) + " on " + ctx.topic(t));
                if (red.isEmpty() && ctx.utility().isRedLine(t, pairs[n + t])) {
                    red = " And " + opt(ctx.info(), t, pairs[n + t]) + " on " + ctx.topic(t) + " is a red line for us.";
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
        return answers.best();
    }

    private int wish(int t) {
        return answers.wish(t);
    }
}
