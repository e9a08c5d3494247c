package org.truce.server;

import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.BotAction;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;

/**
 * Plays a room's bots: bot seats and stand-ins move one move per task through the room's command
 * pipeline, answer private lines, and hold back players' requests while a bot chain without a
 * delay is running. Touched only on the room's executor.
 */
final class BotDriver {
    private static final Logger LOG = LoggerFactory.getLogger(BotDriver.class);

    private final Room room;
    private final Difficulty difficulty;
    private boolean tickPending;
    /** Inside a bot's move: the move's own follow-up is queued by the tick, not by {@link #moved}. */
    private boolean inTick;
    /** Requests waiting while bots without a delay play their moves (see {@link #request}). */
    private final ArrayDeque<Runnable> deferred = new ArrayDeque<>();

    BotDriver(Room room) {
        this.room = room;
        Difficulty d = Difficulty.parse(room.setup.difficulty());
        this.difficulty = d == null ? Difficulty.NORMAL : d;
    }

    /** A bot for a seat: a bot seat's own, or a stand-in ({@link Bot#standIn}) for a human seat nobody plays now. */
    Bot newBot(String party, String strategy) {
        return create(party, strategy, false);
    }

    /** The seat's bot persona, to stand in for its absent (or freed) human. */
    Bot standIn(String party) {
        return create(party, "default", true);
    }

    private Bot create(String party, String strategy, boolean standIn) {
        var scenario = room.scenario;
        long seed = room.setup.seed() * 1_000_003L + scenario.info().partyIndex(party);
        Bot b = standIn ? Bot.standIn(scenario.info(), scenario.brief(party), scenario.utility(party), difficulty, seed)
                : Bot.create(scenario.info(), scenario.brief(party), scenario.utility(party), strategy, difficulty, seed);
        for (Event e : room.game.events()) {
            b.observe(e); // a bot joining late (restart, stand-in) catches up on what its seat saw
        }
        return b;
    }

    /**
     * News changed these parties' briefs: their bots (a bot seat's, a stand-in) are made again from
     * the room's new scenario, so they play on the new utility at once (a bot keeps its brief and
     * utility for life; the new one catches up on the game so far).
     */
    void rebrief(java.util.Set<String> parties) {
        for (Seat s : room.seats.all()) {
            if (!parties.contains(s.party) || s.bot() == null) {
                continue;
            }
            SeatState st = s.state();
            if (st instanceof SeatState.Bot b) {
                s.set(new SeatState.Bot(b.strategy(), b.name(), newBot(s.party, b.strategy())));
            } else if (st instanceof SeatState.Free) {
                s.set(new SeatState.Free(standIn(s.party)));
            } else if (st instanceof SeatState.Human h) {
                s.set(h.with(new SeatState.StoodIn(standIn(s.party))));
            }
        }
    }

    /** Every bot sees each event as it happens, and may react to it in public ({@link #react}). */
    void observe(Event e) {
        for (Seat s : room.seats.all()) {
            Bot b = s.bot();
            if (b != null) {
                try {
                    b.observe(e);
                } catch (RuntimeException ex) {
                    LOG.warn("room {}: bot {} failed to observe {}", room.code, s.party, e, ex);
                }
            }
        }
        react(e);
    }

    /**
     * Bots react in public, after the room's bot delay, to a public line from a player (a question
     * to all, or one naming them), to news that changed their position and to a promise broken
     * (see {@link Bot#react}: at most one line per bot and round). Lines from bots start nothing,
     * so a table of bots never talks to itself.
     */
    private void react(Event e) {
        if (e instanceof Event.Said said) {
            Seat from = room.seats.seat(said.from());
            if (!Command.Say.ALL.equals(said.to()) || from == null || from.bot() != null) {
                return;
            }
        } else if (!(e instanceof Event.InjectFired || e instanceof Event.Voted || e instanceof Event.Tabled)) {
            return;
        }
        for (Seat s : room.seats.all()) {
            if (s.bot() == null || s.standIn() || s.party.equals(e instanceof Event.Said said ? said.from() : null)) {
                continue;
            }
            later(() -> {
                Bot b = s.bot(); // after news, the bot made again on the new brief
                if (b == null || s.standIn() || room.isOver() || room.journal.broken() || room.isGone() || room.chatFull()) {
                    return;
                }
                String line;
                try {
                    line = b.react(e, room.game.state());
                } catch (RuntimeException ex) {
                    LOG.warn("room {}: bot {} failed to react", room.code, s.party, ex);
                    return;
                }
                if (line != null && !line.isBlank()) {
                    room.command(new Command.Say(s.party, Command.Say.ALL, line, false), null, null, null);
                }
            });
        }
    }

    /** Runs a bot's words after the room's bot delay (at once on the room's executor without one). */
    private void later(Runnable r) {
        int delay = room.setup.botDelayMs();
        if (delay == 0) {
            room.executor.execute(r);
        } else {
            room.timer.after(delay, r);
        }
    }

    /**
     * Runs a connection's request. While bots without a delay are playing (one move per task,
     * the room yielding the pool thread between moves) a request waits until they are done, so
     * a script sees the same state as if the bots had moved at once.
     */
    void request(Runnable r) {
        if (chainActive()) {
            deferred.add(r);
        } else {
            r.run();
        }
    }

    private boolean chainActive() {
        return tickPending && room.setup.botDelayMs() == 0 && !room.isGone();
    }

    /** Runs the requests that waited (each answers that the room is closed, if it is). */
    void runDeferred() {
        while (!deferred.isEmpty() && !chainActive()) {
            deferred.poll().run();
        }
    }

    /** A move was made by anyone: the bots' turn comes next, unless a bot's own move is still under way. */
    void moved() {
        if (!inTick) {
            schedule();
        }
    }

    /** Queues the bots' next move if one of them has something to do. */
    void schedule() {
        if (tickPending || !playing() || !haveWork()) {
            return;
        }
        tickPending = true;
        int delay = room.setup.botDelayMs();
        if (delay == 0) {
            room.executor.executeYielding(this::tick);
        } else {
            room.timer.after(delay, this::tick);
        }
    }

    private boolean playing() {
        return !room.isOver() && !room.frozen() && room.game.state().phase() != Phase.LOBBY;
    }

    private boolean haveWork() {
        GameState g = room.game.state();
        for (Seat s : room.seats.all()) {
            if (s.bot() == null) {
                continue;
            }
            if (g.phase() == Phase.PROPOSING && s.party.equals(g.pen())) {
                return true;
            }
            if (g.phase() == Phase.VOTING && g.votes().get(s.party) == VoteStatus.PENDING) {
                return true;
            }
        }
        return false;
    }

    /**
     * One bot move per task, so that rooms full of bots take turns on the pool with everyone
     * else. With a delay: a tabled draft waits the delay before the votes come in (humans can
     * read it); votes due at once follow each other without one. Without a delay: the next move
     * is queued on the room's executor straight away.
     */
    private void tick() {
        try {
            move();
        } finally {
            if (!tickPending) {
                runDeferred();
            }
        }
    }

    private void move() {
        tickPending = false;
        if (room.isOver() || room.frozen() || room.isGone()) {
            return;
        }
        boolean proposed = false;
        inTick = true;
        try {
            for (Seat s : room.seats.all()) {
                Bot bot = s.bot();
                if (bot == null) {
                    continue;
                }
                BotAction a;
                try {
                    a = bot.act(room.game.state());
                } catch (RuntimeException e) {
                    LOG.warn("room {}: bot {} failed", room.code, s.party, e);
                    continue;
                }
                if (a == null) {
                    continue;
                }
                // the bot's words come with its move, in the move's round: a vote that closes the
                // round must not push its comment into the next one
                if (a.line() != null && !a.line().isBlank() && !room.chatFull() && room.game.decide(a.command()).isAccepted()) {
                    room.command(new Command.Say(s.party, Command.Say.ALL, a.line(), s.standIn()), null, null, null);
                }
                if (!room.command(s.standIn() ? markStandIn(a.command()) : a.command(), null, null, null)) {
                    continue;
                }
                proposed = a.command() instanceof Command.Propose;
                break;
            }
        } finally {
            inTick = false;
        }
        if (proposed || room.setup.botDelayMs() == 0) {
            schedule();
        } else if (!tickPending && !room.isOver() && !room.frozen() && haveWork()) {
            tickPending = true;
            room.executor.executeYielding(this::tick); // the next vote due now, without waiting the delay
        }
    }

    /** A stand-in's move, marked so: the journal, the history and a rebuilt client log say who made it. */
    private static Command markStandIn(Command c) {
        if (c instanceof Command.Vote v) {
            return new Command.Vote(v.party(), v.round(), v.accept(), true);
        }
        if (c instanceof Command.Propose p) {
            return new Command.Propose(p.party(), p.round(), p.terms(), true);
        }
        return c;
    }

    /**
     * A private line to a seat a bot plays gets the bot's answer, after the room's bot delay (its
     * public lines: {@link #react}).
     */
    void answer(Event.Said said) {
        if (Command.Say.ALL.equals(said.to())) {
            return;
        }
        Seat to = room.seats.seat(said.to());
        if (to == null || to.bot() == null || room.isOver()) {
            return;
        }
        Runnable answer = () -> {
            Bot b = to.bot();
            if (b == null || room.isOver() || room.journal.broken() || room.isGone() || room.chatFull()) {
                return;
            }
            String line;
            try {
                line = b.reply(said, room.game.state());
            } catch (RuntimeException e) {
                LOG.warn("room {}: bot {} failed to reply", room.code, to.party, e);
                return;
            }
            if (line != null && !line.isBlank()) {
                room.command(new Command.Say(to.party, said.from(), line, to.standIn()), null, null, null);
            }
        };
        int delay = room.setup.botDelayMs();
        if (delay == 0) {
            room.executor.execute(answer);
        } else {
            room.timer.after(delay, answer);
        }
    }
}
