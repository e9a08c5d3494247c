package org.truce.shared.bot;

import java.util.List;
import java.util.Objects;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;

/**
 * A bot in one seat. It knows the public scenario, its own brief and utility, the public state
 * and the chat addressed to it: never another party's brief (it is never given a
 * {@link org.truce.shared.scenario.Scenario}). Deterministic for a given seed.
 */
public final class Bot {
    /** Strategy ids a bot can play; "default" is the party's persona from the scenario. */
    public static final List<String> STRATEGIES = List.of("default", "boulware", "conceder", "linear", "tit-for-tat", "modeller");

    private final BotContext context;
    private final Strategy strategy;
    private final String strategyId;
    /** Answers given per sender and round (a flood guard: see {@link #reply}). */
    private final java.util.Map<String, Integer> answered = new java.util.HashMap<>();
    private static final int ANSWERS_PER_ROUND = 12;
    private final TalkParser parser;
    private final TalkMemory memory;
    private final TalkAnswers answers;
    /** The round of this bot's last public reaction ({@link #react}): at most one a round. */
    private int reactedIn = -1;
    /** Plays an absent human's seat: it takes any deal its party is better off with than no deal. */
    private final boolean standIn;

    private Bot(BotContext context, Strategy strategy, String strategyId, boolean standIn) {
        this.context = context;
        this.strategy = strategy;
        this.strategyId = strategyId;
        this.standIn = standIn;
        this.parser = TalkParser.of(context.info());
        this.memory = new TalkMemory(context.info(), context.party(), parser);
        this.answers = new TalkAnswers(context, memory, this::wouldAccept, "boulware".equals(strategyId)
                || "default".equals(strategyId) && "boulware".equals(context.persona().strategy()));
    }

    /**
     * A bot for the seat whose brief this is. {@code strategyId} null or "default" means the
     * party's persona.
     */
    public static Bot create(ScenarioInfo info, Brief brief, Utility utility, String strategyId,
                             Difficulty difficulty, long seed) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(brief, "brief");
        if (!utility.party().equals(brief.party())) {
            throw new IllegalArgumentException("utility and brief belong to different parties");
        }
        String id = strategyId == null || strategyId.isBlank() ? "default" : strategyId;
        if (!isKnown(id)) {
            throw new IllegalArgumentException("unknown strategy '" + id + "' (known: " + String.join(", ", STRATEGIES) + ")");
        }
        BotContext ctx = new BotContext(info, brief, utility, difficulty == null ? Difficulty.NORMAL : difficulty, seed);
        return new Bot(ctx, Strategies.create(id, ctx), id, false);
    }

    /**
     * A stand-in for a human who is away: it drafts like the party's persona, but it is a
     * caretaker, not a bargainer: it accepts every draft worth at least the party's no-deal value
     * now and crossing none of its red lines (holding out for more is the absent player's call),
     * and rejects the rest. It says so as a caretaker ("Standing in for Ukraine while its player
     * is away: …"), never with the persona's lines in the absent player's voice.
     */
    public static Bot standIn(ScenarioInfo info, Brief brief, Utility utility, Difficulty difficulty, long seed) {
        Bot persona = create(info, brief, utility, "default", difficulty, seed);
        return new Bot(persona.context, persona.strategy, "default", true);
    }

    /** Whether this bot stands in for an absent human (see {@link #standIn}). */
    public boolean isStandIn() {
        return standIn;
    }

    /** True if {@code strategyId} names one of {@link #STRATEGIES}. */
    public static boolean isKnown(String strategyId) {
        return STRATEGIES.contains(strategyId);
    }

    /** The party id of the seat this bot plays. */
    public String party() {
        return context.party();
    }

    /** The strategy this bot plays, e.g. "boulware". */
    public String strategyId() {
        return strategyId;
    }

    /** Feeds an event this seat may see (public events, chat to all or to this party). */
    public void observe(Event event) {
        if (event instanceof Event.Said s && !s.to().equals("all") && !s.to().equals(party()) && !s.from().equals(party())) {
            return; // private chat between others never reaches a bot, even if a caller passes it
        }
        context.observe(event);
        strategy.observe(event);
        TalkIntent heard = memory.observe(event);
        if (heard != null && event instanceof Event.Said s) {
            context.model().heardIn(s.round(), () -> hear(s.from(), heard));
        }
    }

    /** What a party says it wants, refuses or cares most about goes into the opponent model (cheap talk: lightly). */
    private void hear(String from, TalkIntent i) {
        OpponentModel m = context.model();
        switch (i.kind()) {
            case SAY_WANT -> m.heardOption(from, i.term(), i.option(), true);
            case SAY_REJECT -> m.heardOption(from, i.term(), i.option(), false);
            case WARN -> {
                if (i.option() >= 0) {
                    m.heardOption(from, i.term(), i.option(), false);
                }
            }
            case SAY_PRIORITY -> m.heardPriority(from, i.term());
            case TRADE -> {
                if (i.option2() >= 0) {
                    m.heardOption(from, i.term2(), i.option2(), true); // it asks for what it wants
                }
            }
            default -> {
            }
        }
    }

    /**
     * An answer to a private message sent to this bot, or null: it reads the message as one of
     * the intents of docs/RULES.md ("Talking to bots") and answers in character, consistent with
     * its vote ({@link #wouldAccept}); anything else gets a line saying what it can be asked. At
     * most {@value #ANSWERS_PER_ROUND} answers per sender and round, and never a line it said before.
     */
    public String reply(Event.Said message, GameState state) {
        if (!party().equals(message.to()) || message.from().equals(party()) || state.phase() == Phase.LOBBY
                || state.isOver()) {
            return null;
        }
        if (answered.merge(message.from() + "@" + state.round(), 1, Integer::sum) > ANSWERS_PER_ROUND) {
            return null;
        }
        if (standIn) {
            return fresh(java.util.List.of(context.lines().standInReply()), true); // it does not speak for the absent player: one line, referred back to
        }
        context.update(state);
        context.decide(state.round(), 3, message.from().hashCode());
        TalkIntent i = parser.parse(message.text());
        return answerLine(i, message.from(), answers.answer(i, message.from(), state));
    }

    /**
     * A public line this bot says after {@code event}, or null: an answer to a public question to
     * all or naming it, a word on news that changed its position, or a broken promise called out.
     * At most one a round (and never once it has said two public lines in the round, its move's
     * included: a bot rebuilt from the log keeps that bound), never a line it said before; a
     * stand-in says none. A question naming this bot is answered outside that bound, like a private
     * one (at most {@value #ANSWERS_PER_ROUND} per asker and round): the bound is for lines nobody asked for.
     */
    public String react(Event event, GameState state) {
        if (standIn || state.phase() == Phase.LOBBY || state.isOver()) {
            return null;
        }
        if (event instanceof Event.Said s && Command.Say.ALL.equals(s.to()) && !s.from().equals(party())) {
            TalkIntent i = parser.parse(s.text());
            if (party().equals(i.addressed()) && i.isQuestion()) {
                if (answered.merge(s.from() + "@" + state.round(), 1, Integer::sum) > ANSWERS_PER_ROUND) {
                    return null;
                }
                context.update(state);
                context.decide(state.round(), 4, s.from().hashCode());
                return answerLine(i, s.from(), publicAnswer(i, s.from(), state));
            }
        }
        // one reaction a round; the log bounds a bot rebuilt mid-round too: two public lines, its move's and one more
        if (reactedIn == state.round() || memory.publicLines(state.round()) >= 2) {
            return null;
        }
        String line = null;
        if (event instanceof Event.Said s && Command.Say.ALL.equals(s.to()) && !s.from().equals(party())) {
            TalkIntent i = parser.parse(s.text());
            boolean toMe = party().equals(i.addressed());
            boolean toAll = "all".equals(i.addressed()) || i.addressed() == null;
            if (toMe || toAll && i.isQuestion()) {
                context.update(state);
                line = answerLine(i, s.from(), publicAnswer(i, s.from(), state));
            }
        } else if (event instanceof Event.InjectFired && memory.news() != null) {
            line = fresh(java.util.List.of(newsLine(memory.news())));
        }
        if (line == null && memory.grievance() != null) {
            line = fresh(java.util.List.of(memory.grievance()));
        }
        if (line != null) {
            reactedIn = state.round();
        }
        return line;
    }

    /** The answer to a question asked at the table: a trade is to be offered in private (a bot agrees to trades only there). */
    private java.util.List<String> publicAnswer(TalkIntent i, String from, GameState state) {
        if (i.kind() != TalkIntent.Kind.TRADE) {
            return answers.answer(i, from, state, true);
        }
        String who = TalkAnswers.name(context.info(), from, false);
        if (i.option() < 0 || i.option2() < 0 || i.term() == i.term2()) {
            return java.util.List.of("Make us that offer in private, " + who + ".");
        }
        return java.util.List.of("Make us that offer in private, " + who + ": " + TalkAnswers.opt(context.info(), i.term(), i.option())
                + " on " + context.info().terms().get(i.term()).topic() + " for " + TalkAnswers.opt(context.info(), i.term2(), i.option2())
                + " on " + context.info().terms().get(i.term2()).topic() + ".");
    }

    /** What the news means for this seat, said in public: it names the news and the term it cares most about now. */
    private String newsLine(Event.InjectFired f) {
        org.truce.shared.scenario.InjectEffect e = f.effects().get(party());
        String mood = e.noDeal() < 0 ? "we want this settled sooner rather than later"
                : e.noDeal() > 0 ? "we can afford to wait for a better text" : "our position has shifted";
        int top = answers.topTerm();
        return "After the news (\u201c" + f.title() + "\u201d), " + mood + ". What matters most to us now is "
                + context.info().terms().get(top).topic() + ": " + TalkAnswers.opt(context.info(), top, answers.wish(top)) + ".";
    }

    /**
     * The answer said to {@code asker}'s question {@code i}: a fresh candidate; for the same question
     * again a reference back; for a different one whose wordings are used up, one naming what was asked.
     */
    private String answerLine(TalkIntent i, String asker, java.util.List<String> candidates) {
        boolean repeated = memory.askedBefore(asker, i);
        String line = fresh(candidates, repeated);
        return line != null || repeated ? line : fresh(answers.named(i, candidates));
    }

    /** The first candidate this bot has not said before in this game, else null. */
    private String fresh(java.util.List<String> candidates) {
        return fresh(candidates, false);
    }

    /**
     * As {@link #fresh(java.util.List)}; {@code repeated}: the same question was asked before, so
     * an answer said already may come again as a short reference to it ("As we said: …"). A
     * different question never gets an earlier sentence back.
     */
    private String fresh(java.util.List<String> candidates, boolean repeated) {
        for (String prefix : repeated ? new String[] {"", "As we said: ", "To be clear: "} : new String[] {""}) {
            for (String c : candidates) {
                if (c != null && !c.isBlank() && !memory.saidBefore(prefix + c)) {
                    return prefix + c;
                }
            }
        }
        return null;
    }

    /** A move's line, or another of the brief's lines for it when this one was said before, or none. */
    private String once(String line, java.util.function.Supplier<java.util.List<String>> variants) {
        if (line == null || !memory.saidBefore(line)) {
            return line;
        }
        for (String v : variants.get()) {
            if (v != null && !memory.saidBefore(v)) {
                return v;
            }
        }
        return null;
    }

    /** The strategy object (tests look at its continuation values). */
    Strategy strategy() {
        return strategy;
    }

    /** What this bot believes about the others (tests). */
    OpponentModel model() {
        return context.model();
    }

    /** The chat this bot has heard (for tests: private chat between others never gets here). */
    java.util.List<Event.Said> heard() {
        return context.heard();
    }

    /**
     * Whether this bot would vote for {@code p} in {@code state} now: never across one of its red
     * lines, never below its no-deal value of the round, and otherwise as its strategy judges
     * (a stand-in takes anything above its floor), or when the draft honours a trade it agreed to
     * in talk and its partner has kept. Talk uses it too, so what a bot says it would
     * accept is what it votes.
     */
    public boolean wouldAccept(GameState state, Package p) {
        context.update(state);
        return !context.utility().crossesRedLine(p)
                && context.utility().value(p) >= context.noDealNow(state)
                && (standIn || strategy.accept(state, p) || memory.honoursTrade(p));
    }

    /** What the bot does in this state, or null when it has nothing to do (not its pen, already voted). */
    public BotAction act(GameState state) {
        if (state.phase() == Phase.PROPOSING && party().equals(state.pen())) {
            context.update(state);
            context.decide(state.round(), 1, 0);
            Package p = strategy.table(state);
            Utility u = context.utility();
            if (u.crossesRedLine(p) || u.value(p) < context.noDealNow(state)) {
                // the pen holder accepts what it tables: never below its own floor
                p = u.space().decode(u.codesBestFirst()[0]);
            }
            Package tabled = p;
            String line = standIn ? once(context.lines().standInTable(p), java.util.List::of)
                    : once(context.lines().onTable(p, state), () -> context.lines().variants(tabled, state, true, false));
            return new BotAction(new Command.Propose(party(), state.round(), context.info().space().toTerms(p)), line);
        }
        if (state.phase() == Phase.VOTING && state.votes().get(party()) == VoteStatus.PENDING) {
            context.update(state);
            context.decide(state.round(), 2, 0);
            Package draft = state.draft().pkg();
            boolean accept = wouldAccept(state, draft);
            String line = standIn ? once(context.lines().standInVote(draft, accept), java.util.List::of)
                    : once(accept ? context.lines().onAccept(draft, state) : context.lines().onReject(draft, state),
                    () -> context.lines().variants(draft, state, false, accept));
            return new BotAction(new Command.Vote(party(), state.round(), accept), line);
        }
        return null;
    }
}
