package org.truce.shared.bot;

import org.truce.shared.scenario.Package;

/**
 * What a line of chat asks or says, as a bot understands it (see {@link TalkParser}): the kind,
 * the party it is addressed to by name (null: none named), and the term and option it is about
 * (-1: none). A trade gives {@code term}/{@code option} and asks for {@code term2}/{@code option2};
 * a package question carries the package asked about ({@code -1} choices are filled from the
 * draft on the table). A trade naming more than one term on a side carries in {@code pkg} the
 * options given (first half, one per term, -1 for none) then those asked (second half).
 */
record TalkIntent(Kind kind, String addressed, int term, int option, int term2, int option2, int[] pkg) {
    /** The intents a bot understands; docs/RULES.md "Talking to bots" lists them with examples. */
    enum Kind {
        /** What does the party need on a term. */
        NEEDS,
        /** What matters most to the party. */
        PRIORITY,
        /** Would it accept an option (the draft on the table with that option substituted). */
        ACCEPT_OPTION,
        /** Would it accept the draft on the table. */
        ACCEPT_DRAFT,
        /** Would it accept a whole package. */
        ACCEPT_PACKAGE,
        /** This for that: the speaker gives term/option if the party accepts term2/option2. */
        TRADE,
        /** The speaker promises to vote for the draft on the table, or the next one. */
        PROMISE,
        /** A warning; with an option: the speaker will reject drafts that have it. */
        WARN,
        /** A statement: the speaker wants this option. */
        SAY_WANT,
        /** A statement: the speaker cannot accept this option. */
        SAY_REJECT,
        /** A statement: this term matters most to the speaker. */
        SAY_PRIORITY,
        /** Nothing a bot understands. */
        UNKNOWN
    }

    static TalkIntent of(Kind kind, String addressed) {
        return new TalkIntent(kind, addressed, -1, -1, -1, -1, null);
    }

    /** A question a bot answers when asked privately (statements and warnings feed its model). */
    boolean isQuestion() {
        return kind == Kind.NEEDS || kind == Kind.PRIORITY || kind == Kind.ACCEPT_OPTION || kind == Kind.ACCEPT_DRAFT
                || kind == Kind.ACCEPT_PACKAGE || kind == Kind.TRADE;
    }

    /** The package asked about, with unset terms taken from {@code base}. */
    Package packageOver(Package base) {
        int[] c = base.toArray();
        for (int t = 0; t < c.length && pkg != null; t++) {
            if (pkg[t] >= 0) {
                c[t] = pkg[t];
            }
        }
        return new Package(c);
    }
}
