package org.truce.shared.engine;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.PackageProblem;
import org.truce.shared.scenario.PlainText;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.text.Chars;

/**
 * The rules of the rotating pen: decides whether a command is allowed in a state and which
 * events it causes. Pure: no clock, no I/O, no randomness. Every refusal is a typed
 * {@link Rejection}, never an exception.
 */
public final class Rules {
    /** Longest chat message, in characters (Unicode code points: an emoji counts once). */
    public static final int MAX_TEXT = 500;
    /** Most rounds a game in a room may have (created with, or extended to). */
    public static final int MAX_ROUNDS = 50;
    /**
     * Most rounds a scenario may ask for, for bot-only games ({@code truce simulate}): research
     * platforms such as GENIUS run negotiations of hundreds of rounds. A room plays at most
     * {@link #MAX_ROUNDS}.
     */
    public static final int MAX_SCENARIO_ROUNDS = 1000;

    private Rules() {
    }

    /** The event that starts a game; rounds 1..1000 (rooms check their own limit of 50 first). */
    public static Event.GameStarted start(ScenarioInfo info, int rounds, long seed) {
        if (rounds < 1 || rounds > MAX_SCENARIO_ROUNDS) {
            throw new IllegalArgumentException("rounds must be within 1.." + MAX_SCENARIO_ROUNDS);
        }
        return new Event.GameStarted(info.id(), rounds, info.partyIds(), seed);
    }

    /**
     * Applies a command to a state without changing it: the events it causes, or the rejection (chat is accepted in
     * every phase).
     */
    public static Outcome decide(GameState s, Command c) {
        if (c instanceof Command.Say say) {
            return say(s, say);
        }
        if (s.isOver()) {
            return reject(RejectReason.GAME_OVER, null);
        }
        // before the game starts the facilitator may already speak to the room and hand seats
        if (c instanceof Command.Announce a) {
            return announce(s, a);
        }
        if (c instanceof Command.HandSeat h) {
            if (s.info().partyIndex(h.party()) < 0) {
                return reject(RejectReason.UNKNOWN_PARTY, "no party '" + PlainText.echo(h.party()) + "' in this game");
            }
            return accept(new Event.SeatHanded(s.round(), h.party(), h.strategy()));
        }
        if (s.phase() == Phase.LOBBY) {
            return reject(RejectReason.NOT_STARTED, null);
        }
        if (c instanceof Command.Pause || c instanceof Command.Resume || c instanceof Command.ExtendClock
                || c instanceof Command.AddRounds || c instanceof Command.FireInject) {
            return facilitate(s, c);
        }
        if (s.paused()) {
            return reject(RejectReason.PAUSED, "the facilitator has paused the game; moves wait until it resumes");
        }
        if (c instanceof Command.Propose p) {
            return propose(s, p);
        }
        if (c instanceof Command.Vote v) {
            return vote(s, v);
        }
        if (c instanceof Command.Timeout t) {
            return timeout(s, t);
        }
        throw new IllegalArgumentException("unknown command " + c);
    }

    private static Outcome propose(GameState s, Command.Propose p) {
        ScenarioInfo info = s.info();
        if (info.partyIndex(p.party()) < 0) {
            return reject(RejectReason.UNKNOWN_PARTY, "no party '" + p.party() + "' in this game");
        }
        if (p.round() != s.round()) {
            return reject(RejectReason.WRONG_ROUND, "this is round " + s.round() + ", not round " + p.round());
        }
        if (s.phase() != Phase.PROPOSING) {
            return reject(RejectReason.NOT_PROPOSING, "round " + s.round() + " already has a draft on the table; vote on it");
        }
        if (!p.party().equals(s.pen())) {
            return reject(RejectReason.NOT_YOUR_PEN, s.pen() + " holds the pen in round " + s.round());
        }
        Rejection[] problem = new Rejection[1];
        Package pkg = info.space().fromTerms(p.terms(), (kind, message) ->
                problem[0] = new Rejection(reasonFor(kind), message));
        if (pkg == null) {
            return new Outcome.Rejected(problem[0]);
        }
        return accept(new Event.Tabled(s.round(), p.party(), info.space().toTerms(pkg), false, p.standIn() ? Boolean.TRUE : null));
    }

    private static RejectReason reasonFor(PackageProblem kind) {
        switch (kind) {
            case UNKNOWN_TERM:
                return RejectReason.UNKNOWN_TERM;
            case UNKNOWN_OPTION:
                return RejectReason.UNKNOWN_OPTION;
            default:
                return RejectReason.MISSING_TERM;
        }
    }

    private static Outcome vote(GameState s, Command.Vote v) {
        if (s.info().partyIndex(v.party()) < 0) {
            return reject(RejectReason.UNKNOWN_PARTY, "no party '" + v.party() + "' in this game");
        }
        if (v.round() != s.round()) {
            return reject(RejectReason.WRONG_ROUND, "this is round " + s.round() + ", not round " + v.round());
        }
        if (s.phase() != Phase.VOTING) {
            return reject(RejectReason.NOTHING_TO_VOTE, s.pen() + " has not tabled a draft yet in round " + s.round());
        }
        if (v.party().equals(s.pen()) && !s.draft().automatic()) {
            return reject(RejectReason.PEN_HOLDER_CANNOT_VOTE, null);
        }
        if (s.votes().get(v.party()) != VoteStatus.PENDING) {
            return reject(RejectReason.ALREADY_VOTED, v.party() + " has already voted in round " + s.round());
        }
        List<Event> events = new ArrayList<>();
        Event.Voted voted = new Event.Voted(s.round(), v.party(), v.accept(), false, v.standIn() ? Boolean.TRUE : null);
        events.add(voted);
        closeIfComplete(s.apply(voted), events);
        return accept(events);
    }

    private static Outcome timeout(GameState s, Command.Timeout t) {
        if (t.round() != s.round()) {
            return reject(RejectReason.WRONG_ROUND, "this is round " + s.round() + ", not round " + t.round());
        }
        if (t.phase() != s.phase()) {
            return reject(RejectReason.WRONG_PHASE, "round " + s.round() + " is " + s.phase().wire() + ", not " + t.phase().wire());
        }
        List<Event> events = new ArrayList<>();
        if (s.phase() == Phase.PROPOSING) {
            Draft previous = s.lastDraft();
            if (previous != null) {
                // the pen holder ran out of time: the latest draft goes back on the table, still its author's
                events.add(new Event.Tabled(s.round(), previous.by(), s.info().space().toTerms(previous.pkg()), true,
                        previous.standIn() ? Boolean.TRUE : null));
            } else {
                events.add(new Event.RoundFailed(s.round(), List.of(), "no draft tabled in time"));
                if (s.round() >= s.rounds()) {
                    events.add(new Event.NoDealReached(s.round()));
                }
            }
            return accept(events);
        }
        // voting: a missing vote counts as a reject
        GameState next = s;
        for (String party : s.pendingVoters()) {
            Event.Voted v = new Event.Voted(s.round(), party, false, true);
            events.add(v);
            next = next.apply(v);
        }
        closeIfComplete(next, events);
        return accept(events);
    }

    /** Once nobody is pending: agreement if all accepted, else the round fails (and maybe the game). */
    private static void closeIfComplete(GameState s, List<Event> events) {
        if (!s.pendingVoters().isEmpty()) {
            return;
        }
        List<String> rejected = new ArrayList<>();
        s.votes().forEach((party, vote) -> {
            if (vote == VoteStatus.REJECTED) {
                rejected.add(party);
            }
        });
        if (rejected.isEmpty()) {
            events.add(new Event.Agreed(s.round(), s.info().space().toTerms(s.draft().pkg())));
            return;
        }
        events.add(new Event.RoundFailed(s.round(), rejected, "rejected"));
        if (s.round() >= s.rounds()) {
            events.add(new Event.NoDealReached(s.round()));
        }
    }

    /** Pause, resume, extend, add rounds, fire an inject: a started game that is not over. */
    private static Outcome facilitate(GameState s, Command c) {
        if (c instanceof Command.Pause) {
            return s.paused() ? reject(RejectReason.ALREADY_PAUSED, null) : accept(new Event.Paused(s.round()));
        }
        if (c instanceof Command.Resume) {
            return s.paused() ? accept(new Event.Resumed(s.round())) : reject(RejectReason.NOT_PAUSED, null);
        }
        if (c instanceof Command.ExtendClock x) {
            if (x.seconds() < 1 || x.seconds() > 3600) {
                return reject(RejectReason.BAD_SECONDS, null);
            }
            return accept(new Event.ClockExtended(s.round(), s.phase().wire(), x.seconds()));
        }
        if (c instanceof Command.AddRounds a) {
            if (a.rounds() < 1 || s.rounds() + a.rounds() > MAX_ROUNDS) {
                return reject(RejectReason.TOO_MANY_ROUNDS, s.rounds() >= MAX_ROUNDS
                        ? "this game already has the most rounds a game may have (" + MAX_ROUNDS + ")"
                        : "this game has " + s.rounds() + " rounds; at most " + MAX_ROUNDS + " in all, so add 1 to "
                        + (MAX_ROUNDS - s.rounds()));
            }
            return accept(new Event.RoundsAdded(s.round(), a.rounds(), s.rounds() + a.rounds()));
        }
        org.truce.shared.scenario.Inject i = ((Command.FireInject) c).inject();
        if (s.injects().contains(i.id())) {
            return reject(RejectReason.ALREADY_FIRED, "'" + i.id() + "' has already fired in this game");
        }
        for (String party : i.effects().keySet()) {
            if (s.info().partyIndex(party) < 0) {
                return reject(RejectReason.UNKNOWN_PARTY, "inject '" + i.id() + "' affects no party '" + party + "' of this game");
            }
        }
        return accept(new Event.InjectFired(s.round(), i.id(), i.title(), i.text(), i.effects()));
    }

    private static Outcome announce(GameState s, Command.Announce a) {
        Outcome checked = text(a.text());
        if (checked != null) {
            return checked;
        }
        return accept(new Event.Announced(s.round(), PlainText.withoutInvisible(a.text()).strip()));
    }

    /** Null if {@code raw} is acceptable chat text, else the rejection. */
    private static Outcome text(String raw) {
        String text = raw == null ? "" : PlainText.withoutInvisible(raw).strip();
        if (raw == null || raw.isEmpty() || Chars.count(text) > MAX_TEXT) {
            return reject(RejectReason.BAD_TEXT, "a message needs 1 to " + MAX_TEXT + " characters");
        }
        if (text.isEmpty() || PlainText.looksBlank(text)) {
            return reject(RejectReason.BAD_TEXT, "a message needs a visible character (it has only blank ones)");
        }
        if (!PlainText.isPlainChat(text)) {
            return reject(RejectReason.BAD_TEXT, "a message is one line of text: no control characters");
        }
        return null;
    }

    private static Outcome say(GameState s, Command.Say say) {
        if (s.info().partyIndex(say.from()) < 0) {
            return reject(RejectReason.UNKNOWN_PARTY, "no party '" + say.from() + "' in this game");
        }
        String to = say.to();
        if (!Command.Say.ALL.equals(to) && (s.info().partyIndex(to) < 0 || to.equals(say.from()))) {
            return reject(RejectReason.UNKNOWN_RECIPIENT, "send to \"all\" or to another party's id, not '" + PlainText.echo(to) + "'");
        }
        // invisible and direction characters are dropped, for every client (raw TCP included);
        // text that strips to nothing ("\u3000", a zero-width space) was blank-looking
        Outcome checked = text(say.text());
        if (checked != null) {
            return checked;
        }
        String text = PlainText.withoutInvisible(say.text()).strip();
        return accept(new Event.Said(s.round(), say.from(), to, text, say.standIn() ? Boolean.TRUE : null, say.by()));
    }

    private static Outcome accept(Event e) {
        return new Outcome.Accepted(List.of(e));
    }

    private static Outcome accept(List<Event> events) {
        return new Outcome.Accepted(events);
    }

    private static Outcome reject(RejectReason reason, String message) {
        return new Outcome.Rejected(new Rejection(reason, message));
    }
}
