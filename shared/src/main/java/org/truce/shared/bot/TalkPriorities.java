package org.truce.shared.bot;

import java.util.List;

import static org.truce.shared.bot.TalkAnswers.name;
import static org.truce.shared.bot.TalkAnswers.opt;

/** A bot's answers to "what matters most to you": its terms by priority, the next one each time it is asked again. */
final class TalkPriorities {
    private final BotContext ctx;
    private final TalkMemory memory;
    private final TalkAnswers answers;

    TalkPriorities(BotContext ctx, TalkMemory memory, TalkAnswers answers) {
        this.ctx = ctx;
        this.memory = memory;
        this.answers = answers;
    }

    void priority(List<String> out, String asker, boolean inPublic) {
        int[] ranked = ranked();
        // asked again by the same party: the next priority down (RULES: "and, asked again, its second")
        int n = Math.max(1, memory.priorityAsks(asker)) - 1;
        if (n >= ranked.length) {
            // past the last term: the ranking is exhausted (said once, then only "As we said")
            out.add("That is all our terms, from " + ctx.topic(ranked[0]) + " down to " + ctx.topic(ranked[ranked.length - 1]) + ".");
            return;
        }
        if (n > 0) {
            int t = ranked[n];
            StringBuilder before = new StringBuilder();
            for (int k = 0; k < n; k++) {
                before.append(k == 0 ? "" : k == n - 1 ? " and " : ", ").append(ctx.topic(ranked[k]));
            }
            String w = opt(ctx.info(), t, wish(t));
            out.add("After " + before + ", what matters most to us is " + ctx.topic(t) + ": " + w + ".");
            out.add("Next on our list, after " + before + ", comes " + ctx.topic(t) + ": we want " + w + ".");
            // never the brief's reply lines here: they speak of the first priority ("what matters most")
            return;
        }
        int top = ranked[0];
        int second = ranked.length > 1 ? ranked[1] : top;
        if (inPublic) {
            // the brief's reply lines are confidences ("Off the record: …"): at the table it says it plainly
            out.add("For " + name(ctx.info(), ctx.party(), false) + ", everything turns on " + ctx.topic(top) + ": we want "
                    + opt(ctx.info(), top, wish(top)) + ".");
            out.add("First " + ctx.topic(top) + " (" + opt(ctx.info(), top, wish(top)) + "), then " + ctx.topic(second) + " ("
                    + opt(ctx.info(), second, wish(second)) + ").");
            return;
        }
        for (String line : ctx.brief().lines().reply()) {
            out.add(ChatLines.render(ctx.info(), line, top, wish(top), asker));
        }
        out.add("For us, everything turns on " + ctx.topic(top) + ": we want " + opt(ctx.info(), top, wish(top)) + ".");
        out.add("First " + ctx.topic(top) + " (" + opt(ctx.info(), top, wish(top)) + "), then " + ctx.topic(second) + " ("
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

    private int wish(int t) {
        return answers.wish(t);
    }
}
