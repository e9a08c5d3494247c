package org.truce.shared.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * The state of one game, derived from its events only ({@link #apply}). Immutable: every event
 * gives a new state. Holds only public facts (no briefs, no private chat), so it can be shown to
 * any seat and read by bots.
 */
public final class GameState {
    private final ScenarioInfo info;
    private final Phase phase;
    private final int round;
    private final int rounds;
    private final long seed;
    private final Draft draft;
    private final Map<String, VoteStatus> votes;
    private final List<RoundRecord> history;
    private final Package agreement;
    /** The parties whose vote on the current draft the clock cast (a rejection), in the order cast. */
    private final List<String> byClock;
    /** The parties whose vote on the current draft a stand-in bot cast for their absent player. */
    private final List<String> standIns;
    /** Paused by the facilitator: moves and the clock wait. */
    private final boolean paused;
    /** The ids of the injects fired so far, in order. */
    private final List<String> injects;

    private GameState(ScenarioInfo info, Phase phase, int round, int rounds, long seed, Draft draft,
                      Map<String, VoteStatus> votes, List<RoundRecord> history, Package agreement) {
        this(info, phase, round, rounds, seed, draft, votes, history, agreement, List.of());
    }

    private GameState(ScenarioInfo info, Phase phase, int round, int rounds, long seed, Draft draft,
                      Map<String, VoteStatus> votes, List<RoundRecord> history, Package agreement, List<String> byClock) {
        this(info, phase, round, rounds, seed, draft, votes, history, agreement, byClock, List.of());
    }

    private GameState(ScenarioInfo info, Phase phase, int round, int rounds, long seed, Draft draft,
                      Map<String, VoteStatus> votes, List<RoundRecord> history, Package agreement, List<String> byClock,
                      List<String> standIns) {
        this(info, phase, round, rounds, seed, draft, votes, history, agreement, byClock, standIns, false, List.of());
    }

    private GameState(ScenarioInfo info, Phase phase, int round, int rounds, long seed, Draft draft,
                      Map<String, VoteStatus> votes, List<RoundRecord> history, Package agreement, List<String> byClock,
                      List<String> standIns, boolean paused, List<String> injects) {
        this.paused = paused;
        this.injects = injects;
        this.info = info;
        this.phase = phase;
        this.round = round;
        this.rounds = rounds;
        this.seed = seed;
        this.draft = draft;
        this.votes = votes;
        this.history = history;
        this.agreement = agreement;
        this.byClock = byClock;
        this.standIns = standIns;
    }

    /** Before the game starts: seats are being filled. */
    public static GameState lobby(ScenarioInfo info) {
        return new GameState(Objects.requireNonNull(info), Phase.LOBBY, 0, info.rounds(), 0L, null,
                Map.of(), List.of(), null);
    }

    /** Folds events into a state, from the lobby. */
    public static GameState replay(ScenarioInfo info, List<Event> events) {
        GameState s = lobby(info);
        for (Event e : events) {
            s = s.apply(e);
        }
        return s;
    }

    /** The scenario being played (public part). */
    public ScenarioInfo info() {
        return info;
    }

    /** Lobby, proposing, voting or ended. */
    public Phase phase() {
        return phase;
    }

    /** Current round, 1-based (0 in the lobby; the last round played once ended). */
    public int round() {
        return round;
    }

    /** The number of rounds this game was started with (0 in the lobby). */
    public int rounds() {
        return rounds;
    }

    /** The seed the game was started with (for the bots' randomness); 0 in the lobby. */
    public long seed() {
        return seed;
    }

    /** The party holding the pen this round, or null in the lobby. */
    public String pen() {
        return phase == Phase.LOBBY ? null : info.penHolder(round);
    }

    /** The draft on the table in the current round (null while the pen holder drafts). */
    public Draft draft() {
        return draft;
    }

    /**
     * Votes on the current draft, every party; the pen holder counts as accepting a draft it
     * tabled, and votes like everyone else on one the clock re-tabled.
     */
    public Map<String, VoteStatus> votes() {
        return votes;
    }

    /** The parties whose vote on the current draft a stand-in bot cast, in the order cast. */
    public List<String> standIns() {
        return standIns;
    }

    /** Whether the facilitator has paused the game (moves are refused, the clock waits). */
    public boolean paused() {
        return paused;
    }

    /** The ids of the injects fired so far, oldest first. */
    public List<String> injects() {
        return injects;
    }

    /** Every round played so far, oldest first, the current one included. */
    public List<RoundRecord> history() {
        return history;
    }

    /** Every package tabled so far, oldest first, the current draft included. */
    public List<Draft> drafts() {
        List<Draft> out = new ArrayList<>();
        for (RoundRecord r : history) {
            if (r.draft() != null) {
                out.add(r.draft());
            }
        }
        if (draft != null && (history.isEmpty() || history.get(history.size() - 1).round() != draft.round())) {
            out.add(draft);
        }
        return out;
    }

    /** The most recent tabled package, or null if none was ever tabled. */
    public Draft lastDraft() {
        List<Draft> d = drafts();
        return d.isEmpty() ? null : d.get(d.size() - 1);
    }

    /** True once the game has ended, by agreement or without a deal. */
    public boolean isOver() {
        return phase == Phase.ENDED;
    }

    /** The agreed package if the game ended in agreement, else null. */
    public Package agreement() {
        return agreement;
    }

    /** Parties that still have to vote on the current draft. */
    public List<String> pendingVoters() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, VoteStatus> e : votes.entrySet()) {
            if (e.getValue() == VoteStatus.PENDING) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The state after one more event. */
    public GameState apply(Event event) {
        if (event instanceof Event.Paused) {
            return with(true, injects);
        }
        if (event instanceof Event.Resumed) {
            return with(false, injects);
        }
        if (event instanceof Event.InjectFired e) {
            List<String> fired = new ArrayList<>(injects);
            fired.add(e.id());
            return with(paused, Collections.unmodifiableList(fired));
        }
        if (event instanceof Event.RoundsAdded e) {
            return new GameState(info, phase, round, e.rounds(), seed, draft, votes, history, agreement, byClock, standIns,
                    paused, injects);
        }
        if (event instanceof Event.ClockExtended || event instanceof Event.Announced || event instanceof Event.SeatHanded) {
            return this;
        }
        GameState next = step(event);
        // a game that ends is no longer paused
        return next.with(paused && !next.isOver(), injects);
    }

    private GameState with(boolean paused, List<String> injects) {
        return new GameState(info, phase, round, rounds, seed, draft, votes, history, agreement, byClock, standIns, paused,
                injects);
    }

    private GameState step(Event event) {
        if (event instanceof Event.GameStarted e) {
            return new GameState(info, Phase.PROPOSING, 1, e.rounds(), e.seed(), null, Map.of(), List.of(), null);
        }
        if (event instanceof Event.Tabled e) {
            Package p = info.space().fromTerms(e.terms(), (problem, message) -> {
                throw new IllegalStateException("event log holds an invalid package: " + message);
            });
            // a re-tabled draft stays its author's (logs written before the author was recorded name the pen holder)
            Draft earlier = e.automatic() ? lastDraft() : null;
            String by = earlier != null ? earlier.by() : e.by();
            boolean standIn = earlier != null ? earlier.standIn() : e.byStandIn();
            Map<String, VoteStatus> v = new LinkedHashMap<>();
            for (String party : info.partyIds()) {
                // a draft the pen holder tabled counts as its acceptance; one the clock re-tabled
                // in its name does not: it votes on that like everyone else
                v.put(party, party.equals(by) && !e.automatic() ? VoteStatus.ACCEPTED : VoteStatus.PENDING);
            }
            return new GameState(info, Phase.VOTING, round, rounds, seed, new Draft(e.round(), by, p, e.automatic(), standIn),
                    Collections.unmodifiableMap(v), history, null);
        }
        if (event instanceof Event.Voted e) {
            Map<String, VoteStatus> v = new LinkedHashMap<>(votes);
            v.put(e.party(), e.accept() ? VoteStatus.ACCEPTED : VoteStatus.REJECTED);
            List<String> clock = byClock;
            if (e.automatic()) {
                clock = new ArrayList<>(byClock);
                clock.add(e.party());
                clock = Collections.unmodifiableList(clock);
            }
            List<String> stood = standIns;
            if (e.byStandIn()) {
                stood = new ArrayList<>(standIns);
                stood.add(e.party());
                stood = Collections.unmodifiableList(stood);
            }
            return new GameState(info, phase, round, rounds, seed, draft, Collections.unmodifiableMap(v), history, null, clock, stood);
        }
        if (event instanceof Event.RoundFailed e) {
            List<RoundRecord> h = closeRound(false);
            int next = Math.min(round + 1, rounds);
            // after the last round NoDealReached follows and ends the game
            return new GameState(info, Phase.PROPOSING, round < rounds ? next : round, rounds, seed, null, Map.of(), h, null);
        }
        if (event instanceof Event.Agreed e) {
            List<RoundRecord> h = closeRound(true);
            return new GameState(info, Phase.ENDED, round, rounds, seed, draft, votes, h, draft.pkg(), byClock, standIns);
        }
        if (event instanceof Event.NoDealReached) {
            return new GameState(info, Phase.ENDED, round, rounds, seed, null, Map.of(), history, null);
        }
        if (event instanceof Event.Said) {
            return this;
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    private List<RoundRecord> closeRound(boolean agreed) {
        List<RoundRecord> h = new ArrayList<>(history);
        h.add(new RoundRecord(round, pen(), draft, votes, agreed, byClock, standIns));
        return Collections.unmodifiableList(h);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GameState g && info.equals(g.info) && phase == g.phase && round == g.round
                && rounds == g.rounds && seed == g.seed && Objects.equals(draft, g.draft) && votes.equals(g.votes)
                && history.equals(g.history) && Objects.equals(agreement, g.agreement) && byClock.equals(g.byClock)
                && standIns.equals(g.standIns) && paused == g.paused && injects.equals(g.injects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phase, round, rounds, seed, draft, votes, history, agreement);
    }

    @Override
    public String toString() {
        return "GameState[" + phase.wire() + (paused ? " paused" : "") + " round " + round + "/" + rounds + " pen " + pen()
                + (draft == null ? "" : " draft " + draft.pkg()) + "]";
    }
}
