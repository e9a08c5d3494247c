package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.bot.TalkText;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * The talk dialog's structured choices: what to ask a bot (docs/RULES.md, "Talking to bots"),
 * and the term and option it is about, each chosen from a list; {@link #text} is the canonical
 * line ({@link TalkText}) bots understand.
 */
final class TalkChoices {
    static final int FREE = 0;
    static final int PACKAGE = 5;
    private static final String[] INTENTS = {
        "Your own words", "What do you need on a term?", "What matters most to you?", "Would you accept an option?",
        "Would you accept the draft on the table?", "Would you accept this package?", "Offer a trade (this for that)",
        "Promise my vote for the draft on the table", "Promise my vote for the next draft", "Warn: I reject drafts with an option"};
    /** How many term/option slots each intent has (a trade: give term, option, want term, option). */
    private static final int[] SLOTS = {0, 1, 0, 2, 0, 0, 4, 0, 0, 2};

    private final ScenarioInfo info;
    private final Package pkg;
    private int intent;
    /** term, option, term 2, option 2. */
    private final int[] slot = {0, 0, 1, 0};

    TalkChoices(ScenarioInfo info, Package pkg) {
        this.info = info;
        this.pkg = pkg;
    }

    void intent(int i) {
        intent = i;
    }

    /** The rows to show: the intent, then its slots. */
    List<String> rows() {
        List<String> out = new ArrayList<>();
        out.add("Ask: " + INTENTS[intent] + "  (↑↓)");
        int n = SLOTS[intent];
        boolean trade = n == 4;
        if (n >= 1) {
            out.add((trade ? "I give, on: " : "Term: ") + term(slot[0]).name());
        }
        if (n >= 2) {
            out.add((trade ? "   option: " : "Option: ") + option(slot[0], slot[1]));
        }
        if (n >= 4) {
            out.add("If you accept, on: " + term(slot[2]).name());
            out.add("   option: " + option(slot[2], slot[3]));
        }
        if (intent == PACKAGE && pkg != null) {
            out.add("Package: " + packageText());
        }
        return out;
    }

    /** Moves row {@code r} (0 the intent, then the slots) by {@code d}, wrapping. */
    void step(int r, int d) {
        if (r == 0) {
            intent = Math.floorMod(intent + d, INTENTS.length);
            return;
        }
        int s = r - 1;
        if (s >= SLOTS[intent]) {
            return;
        }
        if (s % 2 == 0) {
            slot[s] = Math.floorMod(slot[s] + d, info.terms().size());
            slot[s + 1] = Math.min(slot[s + 1], term(slot[s]).options().size() - 1);
        } else {
            slot[s] = Math.floorMod(slot[s] + d, term(slot[s - 1]).options().size());
        }
    }

    /** The canonical line to {@code party} ("all" or a party id), or null for the player's own words. */
    String text(String party) {
        return switch (intent) {
            case 1 -> TalkText.needs(info, party, slot[0]);
            case 2 -> TalkText.priority(info, party);
            case 3 -> TalkText.acceptOption(info, party, slot[0], slot[1]);
            case 4 -> TalkText.acceptDraft(info, party);
            case PACKAGE -> pkg == null ? TalkText.acceptDraft(info, party) : TalkText.acceptPackage(info, party, pkg);
            case 6 -> TalkText.trade(info, party, slot[0], slot[1], slot[2], slot[3]);
            case 7 -> TalkText.promise(info, party, false);
            case 8 -> TalkText.promise(info, party, true);
            case 9 -> TalkText.warn(info, party, slot[0], slot[1]);
            default -> null;
        };
    }

    private Term term(int t) {
        return info.terms().get(t);
    }

    private String option(int t, int o) {
        return term(t).option(o).id() + " (" + term(t).option(o).label().replace("\"", "") + ")";
    }

    private String packageText() {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < info.terms().size(); t++) {
            b.append(t == 0 ? "" : " ").append(term(t).option(pkg.choice(t)).id());
        }
        return b.toString();
    }
}
