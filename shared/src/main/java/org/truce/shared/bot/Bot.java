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
    private final java.util.Map<String, Integer> repliedInRound = new java.util.HashMap<>();
    /** Plays an absent human's seat: it takes any deal its party is better off with than no deal. */
    private final boolean standIn;

    private Bot(BotContext context, Strategy strategy, String strategyId, boolean standIn) {
        this.context = context;
        this.strategy = strategy;
        this.strategyId = strategyId;
        this.standIn = standIn;
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
    }

    /**
     * An answer to a private message sent to this bot, or null: once per sender and round, in
     * character, it names its first priority and says how far the draft on the table is from
     * what it could sign — the kind of signal a delegation gives in a corridor, nothing more.
     */
    public String reply(Event.Said message, GameState state) {
        if (!party().equals(message.to()) || message.from().equals(party()) || state.phase() == Phase.LOBBY
                || state.isOver()) {
            return null;
        }
        Integer last = repliedInRound.put(message.from(), state.round());
        if (last != null && last == state.round()) {
            return null;
        }
        if (standIn) {
            return context.lines().standInReply(); // it does not speak for the absent player
        }
        context.update(state);
        context.decide(state.round(), 3, message.from().hashCode());
        org.truce.shared.engine.Draft draft = state.lastDraft();
        String stance;
        if (draft == null) {
            stance = "";
        } else if (context.utility().crossesRedLine(draft.pkg())) {
            stance = " The last draft crosses one of our red lines.";
        } else {
            double gap = strategy.aspiration(state) - context.utility().value(draft.pkg());
            stance = gap <= 0 ? " The last draft is one we could sign."
                    : gap <= 8 ? " On the last draft, we are close."
                    : " The last draft is still far from what we can sign.";
        }
        return context.lines().onReply(message.from()) + stance;
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
     * (a stand-in takes anything above its floor). Talk uses it too, so what a bot says it would
     * accept is what it votes.
     */
    public boolean wouldAccept(GameState state, Package p) {
        context.update(state);
        return !context.utility().crossesRedLine(p)
                && context.utility().value(p) >= context.noDealNow(state) && (standIn || strategy.accept(state, p));
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
            String line = standIn ? context.lines().standInTable(p) : context.lines().onTable(p, state);
            return new BotAction(new Command.Propose(party(), state.round(), context.info().space().toTerms(p)), line);
        }
        if (state.phase() == Phase.VOTING && state.votes().get(party()) == VoteStatus.PENDING) {
            context.update(state);
            context.decide(state.round(), 2, 0);
            Package draft = state.draft().pkg();
            boolean accept = wouldAccept(state, draft);
            String line = standIn ? context.lines().standInVote(draft, accept)
                    : accept ? context.lines().onAccept(draft, state) : context.lines().onReject(draft, state);
            return new BotAction(new Command.Vote(party(), state.round(), accept), line);
        }
        return null;
    }
}
