package org.truce.shared.bot;

import java.util.Map;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * Reads a line of chat as one of the {@link TalkIntent}s, leniently: parties by id, name or short
 * name, terms by id, name or topic words, options by letter ("sanctions b", "b on sanctions",
 * "sanctions:b") or by the words of their label ("phased sanctions relief"), all case-insensitive.
 * Pure and deterministic: the same line always reads the same. What a line names is found by {@link TalkNames}.
 */
final class TalkParser {
    private static final Map<ScenarioInfo, TalkParser> PARSERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE = 4096;

    private final ScenarioInfo info;
    private final TalkNames names;
    /** Lines read before: bots say the same few hundred lines game after game, so reading is paid once. */
    private final Map<String, TalkIntent> read = new java.util.concurrent.ConcurrentHashMap<>();

    TalkParser(ScenarioInfo info) {
        this.info = info;
        this.names = new TalkNames(info);
    }

    /** The parser for a scenario, shared by its bots (it holds nothing but the scenario's names and lines read). */
    static TalkParser of(ScenarioInfo info) {
        TalkParser mine = latest;
        if (mine != null && mine.info == info) {
            return mine; // a simulator makes six bots a game on the same scenario object
        }
        if (PARSERS.size() > 64) {
            PARSERS.clear();
        }
        TalkParser p = PARSERS.computeIfAbsent(info, TalkParser::new);
        latest = p;
        return p;
    }

    private static volatile TalkParser latest;

    private record Last(String text, TalkIntent intent) {
    }

    /** The line read last: every bot at a table reads the same line object in turn. */
    private volatile Last last = new Last(null, null);

    /** What {@code text} asks or says. */
    TalkIntent parse(String text) {
        Last l = last;
        if (l.text == text && text != null) {
            return l.intent;
        }
        TalkIntent i = lookUp(text);
        last = new Last(text, i);
        return i;
    }

    private TalkIntent lookUp(String text) {
        String key = text == null ? "" : text;
        TalkIntent known = read.get(key);
        if (known != null) {
            return known;
        }
        if (read.size() > CACHE) {
            read.clear();
        }
        TalkIntent i = read(key);
        read.put(key, i);
        return i;
    }

    private TalkIntent read(String text) {
        String raw = text == null ? "" : text.strip();
        String addressed = null;
        String body = raw;
        int cut = firstOf(raw, ',', ':');
        if (cut > 0 && cut <= 40) {
            String head = raw.substring(0, cut).strip();
            String who = names.partyNamed(head, true);
            if (who != null) {
                addressed = who;
                body = raw.substring(cut + 1);
            }
        }
        if (addressed == null) {
            addressed = names.partyNamed(names.withoutTermNames(raw.replaceAll("\\([^)]*\\)", " ")), false);
        }
        String n = TalkNames.norm(body);
        boolean question = raw.contains("?") || n.matches("^(would|could|will|can|do|does|what|how|is|are|which|where|whats|tell)\\b.*");

        if (has(n, "give you", "i will give", "we will give", "offer you", "i offer", "we offer", "in exchange", "in return", "trade you")) {
            int split = firstMarker(n, " if you ", " in exchange for ", " in return for ", " provided you ", " as long as you ",
                    " and you ", " if ", " for ");
            if (split > 0) {
                int[] give = names.termOption(n.substring(0, split));
                int[] want = names.termOption(n.substring(split));
                int[] gives = names.explicitPairs(n.substring(0, split));
                int[] wants = names.explicitPairs(n.substring(split));
                if (count(gives) > 1 || count(wants) > 1) {
                    // more than one term on a side: carried whole so the bot can say it weighs one for one
                    int[] both = java.util.Arrays.copyOf(gives, gives.length * 2);
                    System.arraycopy(wants, 0, both, gives.length, wants.length);
                    return new TalkIntent(TalkIntent.Kind.TRADE, addressed, give[0], give[1], want[0], want[1], both);
                }
                return new TalkIntent(TalkIntent.Kind.TRADE, addressed, give[0], give[1], want[0], want[1], null);
            }
        }
        int[] pkg = names.packageIn(n);
        if (pkg != null) {
            return new TalkIntent(TalkIntent.Kind.ACCEPT_PACKAGE, addressed, -1, -1, -1, -1, pkg);
        }
        if (has(n, "promise", "i will vote for", "we will vote for", "you have my vote", "you have our vote", "i will accept the",
                "we will accept the", "i will support the", "we will support the")) {
            return new TalkIntent(TalkIntent.Kind.PROMISE, addressed, has(n, "next") ? 1 : 0, -1, -1, -1, null);
        }
        int[] to = names.termOption(n);
        if (has(n, "warn", "or else", "walk away", "i will reject", "we will reject", "last chance", "i will never", "we will never")) {
            return new TalkIntent(TalkIntent.Kind.WARN, addressed, to[0], to[1], -1, -1, null);
        }
        if (!question) {
            if (to[1] >= 0 && has(n, "cannot accept", "can not accept", "will not accept", "wont accept", "reject", "red line",
                    "unacceptable", "never", "no way")) {
                return new TalkIntent(TalkIntent.Kind.SAY_REJECT, addressed, to[0], to[1], -1, -1, null);
            }
            if (to[1] >= 0 && has(n, "we need", "we want", "we must have", "we insist", "i need", "i want", "we ask for", "we require")) {
                return new TalkIntent(TalkIntent.Kind.SAY_WANT, addressed, to[0], to[1], -1, -1, null);
            }
            if (to[0] >= 0 && has(n, "matters most to us", "our priority", "most important to us", "our first priority", "we care most")) {
                return new TalkIntent(TalkIntent.Kind.SAY_PRIORITY, addressed, to[0], -1, -1, -1, null);
            }
        }
        if (has(n, "accept", "live with", "sign", "agree to", "go along with", "ok with", "okay with", "vote for", "take ")) {
            if (to[1] >= 0) {
                return new TalkIntent(TalkIntent.Kind.ACCEPT_OPTION, addressed, to[0], to[1], -1, -1, null);
            }
            if (to[0] < 0 || has(n, "draft", "table", "text", "proposal")) {
                return TalkIntent.of(TalkIntent.Kind.ACCEPT_DRAFT, addressed);
            }
        }
        if (to[0] >= 0 && (question || has(n, "need", "want", "position", "bottom line", "require", "about", "stand", "view",
                "think", "expect", "minimum", "ask"))) {
            return new TalkIntent(TalkIntent.Kind.NEEDS, addressed, to[0], to[1], -1, -1, null);
        }
        if (has(n, "most", "priorit", "important", "care", "matter", "key", "main", "need", "want", "red line")) {
            return TalkIntent.of(TalkIntent.Kind.PRIORITY, addressed);
        }
        return TalkIntent.of(TalkIntent.Kind.UNKNOWN, addressed);
    }

    private static int count(int[] pairs) {
        int c = 0;
        for (int o : pairs) {
            c += o >= 0 ? 1 : 0;
        }
        return c;
    }

    private static boolean has(String n, String... phrases) {
        for (String p : phrases) {
            if (n.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static int firstMarker(String n, String... markers) {
        for (String m : markers) {
            int i = n.indexOf(m);
            if (i > 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(String s, char... cs) {
        int best = -1;
        for (char c : cs) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
