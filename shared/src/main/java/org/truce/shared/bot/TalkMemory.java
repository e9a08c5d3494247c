package org.truce.shared.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.truce.shared.engine.Event;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * What a bot remembers of the talk, derived only from the events its seat saw, in order: the
 * lines it said (it never says one twice), the trades it agreed to (an offer to it, then its own
 * answer agreeing), the votes promised to it, and the promises broken that it has yet to call
 * out. A bot rebuilt from the event log after a restart or news remembers the same.
 */
final class TalkMemory {
    /** The fixed end of a bot's line agreeing to a trade: how the memory knows the trade was agreed. */
    static final String AGREED = "We will vote for a draft that has both.";

    /** A trade agreed: {@code partner} gives {@code give} on {@code giveTerm}, this bot accepts {@code want} on {@code wantTerm}. */
    record Trade(String partner, int giveTerm, int give, int wantTerm, int want, int round) {
        boolean honouredBy(Package p) {
            return p.choice(giveTerm) == give && p.choice(wantTerm) == want;
        }
    }

    private record Promise(String party, int round, boolean next) {
    }

    private final ScenarioInfo info;
    private final String me;
    private final TalkParser parser;
    private final Set<String> said = new HashSet<>();
    private final Map<String, TalkIntent> offers = new HashMap<>();
    private final List<Trade> trades = new ArrayList<>();
    /** By identity: the same trade agreed again after it was broken (even in the same round) is a new, unbroken one. */
    private final Set<Trade> broken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<Promise> promises = new ArrayList<>();
    /** Complaints still to say, oldest first (removed once said). */
    private final LinkedHashMap<String, Integer> grievances = new LinkedHashMap<>();
    /** News that changed this seat's position, not yet spoken about: the inject's title. */
    private Event.InjectFired news;
    private int tabledRound = -1;
    /** How often each question (by what it asks, not its words) was put to this bot, per asker: see {@link #askedBefore}. */
    private final Map<String, Integer> questions = new HashMap<>();
    /** How often each party asked this bot what matters most to it (the n-th ask gets its n-th priority). */
    private final Map<String, Integer> priorityAsks = new HashMap<>();
    /** This bot's public lines in the latest round it spoke in public: {round, count}. */
    private final int[] publicLines = {-1, 0};

    TalkMemory(ScenarioInfo info, String me, TalkParser parser) {
        this.info = info;
        this.me = me;
        this.parser = parser;
    }

    /** Takes in one event; returns what another party's line to this seat or to all says (null otherwise). */
    TalkIntent observe(Event e) {
        if (e instanceof Event.Said s) {
            return said(s);
        } else if (e instanceof Event.Tabled t) {
            tabledRound = t.round();
            tabled(t);
        } else if (e instanceof Event.Voted v && !v.accept()) {
            for (Promise p : promises) {
                if (p.party.equals(v.party()) && target(p) == v.round()) {
                    grievances.putIfAbsent(name(v.party()) + " promised us its vote on the round " + v.round()
                            + " draft, and voted against it. We will remember that.", v.round());
                }
            }
        } else if (e instanceof Event.InjectFired f && f.effects().containsKey(me)) {
            news = f;
        }
        return null;
    }

    private TalkIntent said(Event.Said s) {
        if (s.from().equals(me)) {
            said.add(s.text());
            if (s.to().equals("all")) {
                publicLines[1] = publicLines[0] == s.round() ? publicLines[1] + 1 : 1;
                publicLines[0] = s.round();
            }
            grievances.remove(s.text());
            if (news != null && s.text().contains(news.title())) {
                news = null;
            }
            TalkIntent offer = offers.remove(s.to());
            if (offer != null && s.text().endsWith(AGREED)) {
                trades.add(new Trade(s.to(), offer.term(), offer.option(), offer.term2(), offer.option2(), s.round()));
            }
            return null;
        }
        if (!s.to().equals(me) && !s.to().equals("all")) {
            return null;
        }
        TalkIntent i = parser.parse(s.text());
        if (s.to().equals(me) || me.equals(i.addressed()) || i.addressed() == null || "all".equals(i.addressed())) {
            questions.merge(s.from() + "|" + key(i), 1, Integer::sum);
            if (i.kind() == TalkIntent.Kind.PRIORITY) {
                priorityAsks.merge(s.from(), 1, Integer::sum);
            }
        }
        if (i.kind() == TalkIntent.Kind.TRADE && s.to().equals(me) && i.option() >= 0 && i.option2() >= 0) {
            offers.put(s.from(), i);
        } else if (i.kind() == TalkIntent.Kind.PROMISE && (s.to().equals(me) || me.equals(i.addressed()) || "all".equals(i.addressed())
                || i.addressed() == null)) {
            boolean next = i.term() == 1 || tabledRound < s.round();
            promises.add(new Promise(s.from(), next ? Math.max(s.round(), tabledRound + 1) : s.round(), next));
        }
        return i;
    }

    /** What a question asks, whatever its words: two lines with the same key are the same question. */
    private static String key(TalkIntent i) {
        return i.kind() + ":" + i.term() + ":" + i.option() + ":" + i.term2() + ":" + i.option2() + ":"
                + (i.pkg() == null ? "" : java.util.Arrays.toString(i.pkg()));
    }

    /**
     * Whether {@code asker} put this same question ({@code i}) to this bot before the one being
     * answered (which it has already observed): only then may an answer refer back to an earlier one.
     */
    boolean askedBefore(String asker, TalkIntent i) {
        return questions.getOrDefault(asker + "|" + key(i), 0) > 1;
    }

    /** How many times {@code asker} has asked this bot what matters most to it (the question being answered included). */
    int priorityAsks(String asker) {
        return priorityAsks.getOrDefault(asker, 0);
    }

    private int target(Promise p) {
        return p.round;
    }

    private void tabled(Event.Tabled t) {
        if (trades.isEmpty()) {
            return;
        }
        Package p = info.space().fromTerms(t.terms(), (path, msg) -> { });
        if (p == null) {
            return;
        }
        for (Trade tr : trades) {
            if (tr.partner.equals(t.by()) && !broken.contains(tr) && p.choice(tr.giveTerm) != tr.give) {
                broken.add(tr);
                grievances.putIfAbsent(name(t.by()) + " offered us " + TalkAnswers.opt(info, tr.giveTerm, tr.give) + " on "
                        + info.terms().get(tr.giveTerm).topic() + " and has now tabled a draft without it. So much for its word.", t.round());
            }
        }
    }

    /** How many public lines this bot said in {@code round} (its move's and its reactions). */
    int publicLines(int round) {
        return publicLines[0] == round ? publicLines[1] : 0;
    }

    /** Whether this exact line was said by this bot already in this game. */
    boolean saidBefore(String line) {
        return said.contains(line);
    }

    /** A trade this bot agreed to and its partner has not broken, that {@code p} honours. */
    boolean honoursTrade(Package p) {
        for (Trade t : trades) {
            if (!broken.contains(t) && t.honouredBy(p)) {
                return true;
            }
        }
        return false;
    }

    /** The trades agreed, broken ones included (for answers: an offer made again is already agreed unless broken). */
    List<Trade> trades() {
        return List.copyOf(trades);
    }

    /** Whether the partner broke this agreed trade (tabled a draft without its side of it). */
    boolean isBroken(Trade t) {
        return broken.contains(t);
    }

    /** The oldest complaint not yet said, or null. */
    String grievance() {
        for (String g : grievances.keySet()) {
            if (!said.contains(g)) {
                return g;
            }
        }
        return null;
    }

    /** News that changed this seat's position and that it has not yet spoken about, or null. */
    Event.InjectFired news() {
        return news;
    }

    private String name(String party) {
        return TalkAnswers.name(info, party, true);
    }
}
