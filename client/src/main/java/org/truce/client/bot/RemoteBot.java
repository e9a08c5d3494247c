package org.truce.client.bot;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.truce.client.net.Connection;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.BotAction;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Utility;
import org.truce.shared.text.Chars;
import org.truce.shared.view.SeatView;
import org.truce.shared.view.ViewEvents;
import org.truce.shared.view.ViewFold;

/**
 * Plays one seat for one of the game's own bots over a client {@link Connection}. It knows only
 * what its seat is told ({@code joined}: the public scenario and its brief; the room's view, folded
 * with the shared {@link ViewFold} from states and events; chat to it), and moves when the view
 * says the pen or a vote is its. Every message is handled on the bot's own thread, where the
 * pause before a move may sleep. A lost link is the connection's to retry (with its backoff); once
 * the waits between failed attempts in a row add up to {@value #PATIENCE_MS} ms the bot gives up. {@link #exitCode()} ends with
 * 0 at game over, 1 when the seat was refused, the server could not be reached, said nothing or broke the
 * protocol, the room was closed or another connection took the seat over.
 */
public final class RemoteBot implements ConnectionListener {
    /** How long, in the connection's waits between failed attempts in a row, the bot tries to get back to its seat. */
    public static final long PATIENCE_MS = 120_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RemoteBot.class);


    /** What the bot plays: the seat, its bot, the pause before each move. */
    public record Seat(String room, String party, String strategy, Difficulty difficulty, long seed, long delayMs) {
    }

    private final Seat seat;
    private final String where;
    private final Consumer<String> out;
    private final Consumer<String> err;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "truce-bot");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Connection> connection = new CompletableFuture<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    /** Read by the network thread for each hello: the seat to resume and the version its view has. */
    private volatile String token;
    private volatile Integer since;
    // the rest is the bot thread's
    private boolean seated;
    private int failures;
    /** The connection's waits since the last time the bot was seated. */
    private long waited;
    private Bot bot;
    /** The brief {@link #bot} plays: a resume whose brief differs (news fired while away) rebuilds the bot. */
    private org.truce.shared.scenario.Brief brief;
    private ScenarioInfo info;
    private ViewFold fold;
    private final Set<String> observed = new HashSet<>();
    private String lastActed;
    /** When the bot last spoke (System.nanoTime), so its lines keep within the server's chat limit. */
    private long lastSaid = System.nanoTime() - CHAT_GAP_NANOS;
    private static final long CHAT_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(1_100);
    /** After a refusal for going too fast, the bot decides again this much later (ms; tests shorten it). */
    long rateLimitedRetryMs = 1_000;

    /** A bot for {@code seat} on the server at {@code where} (for messages); lines go to {@code out} and {@code err}. */
    public RemoteBot(Seat seat, String where, Consumer<String> out, Consumer<String> err) {
        this.seat = seat;
        this.where = where;
        this.out = out;
        this.err = err;
    }

    /** The greeting for each (re)connect: resumes the seat once there is a token, asking for the events since its view. */
    public ClientMessage.Hello hello() {
        String t = token;
        // the token is this bot's own from its previous link (which the server may not have seen drop yet)
        return new ClientMessage.Hello(seat.party() + " bot (" + seat.strategy() + ")", ProtocolCodec.PROTOCOL_VERSION, t,
                t == null ? null : Boolean.TRUE, Boolean.TRUE, t == null ? null : since).withFeatures();
    }

    /**
     * The link this bot plays on (connected with {@link #hello} and this listener); a ping goes out
     * every {@code pingMs} so a long wait for humans does not cost the seat (the server closes a
     * silent connection).
     */
    public void attach(Connection c, long pingMs) {
        connection.complete(c);
        thread.scheduleAtFixedRate(() -> c.send(new ClientMessage.Ping()), pingMs, pingMs, TimeUnit.MILLISECONDS);
    }

    /** Waits for the end: 0 at game over, 1 otherwise. */
    public int exitCode() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            return 1;
        }
    }

    /** Stops the bot's thread (the caller closes the connection). */
    public void stop() {
        thread.shutdownNow();
    }

    @Override
    public void onMessage(ServerMessage message) {
        on(() -> handle(message));
    }

    @Override
    public void onLink(boolean up, String detail, long retryMs) {
        on(() -> link(up, detail, retryMs));
    }

    @Override
    public void onFatal(String reason) {
        on(() -> finish(1, "truce bot: " + reason));
    }

    @Override
    public void onUnreadable(String line) {
        String shown = Chars.count(line) > 60 ? Chars.prefix(line, 60) + "…" : line;
        on(() -> finish(1, "truce bot: the server does not speak the Truce protocol (it sent: "
                + shown.replaceAll("\\p{Cntrl}", "?") + ")"));
    }

    private void on(Runnable task) {
        try {
            thread.execute(() -> {
                if (exit.isDone()) {
                    return;
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // a bug of ours: one line, never a stack trace or the JVM's words on the player's terminal
                    LOG.error("the bot stopped", e);
                    finish(1, "truce bot: stopped by an internal error (details in " + org.truce.client.model.TruceLogFile.path() + ")");
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopped: the game is over for this bot
        }
    }

    private void finish(int code, String line) {
        if (line != null && !exit.isDone()) {
            err.accept(line);
        }
        exit.complete(code);
    }

    private void link(boolean up, String detail, long retryMs) {
        if (up) {
            lastActed = null; // an action may have been lost with the old link: decide again from the view
            if (token == null) {
                send(new ClientMessage.Join(seat.room().toUpperCase(Locale.ROOT), seat.party()));
            }
            return;
        }
        if (token == null && !seated) {
            // nothing to resume; the connection names only the address it could not reach
            finish(1, detail.startsWith("no answer")
                    ? "truce bot: " + where + " took the connection but says nothing (is it a Truce server?)"
                    : "truce bot: cannot connect to " + where + (detail.startsWith("cannot reach") ? "" : " (" + detail + ")"));
            return;
        }
        failures = seated ? 1 : failures + 1;
        waited = seated ? 0 : waited;
        seated = false;
        if (waited >= PATIENCE_MS) {
            finish(1, "truce bot: giving up after " + (failures - 1) + " attempts to reconnect in " + waited / 1000 + " s");
            return;
        }
        waited += retryMs;
        err.accept("truce bot: " + detail + "; reconnecting in " + Math.max(1, (retryMs + 999) / 1000) + " s (resuming "
                + seat.party() + "'s seat), attempt " + failures);
    }

    private void handle(ServerMessage m) {
        if (m instanceof ServerMessage.Error e) {
            if (ErrorCode.BAD_TOKEN.is(e.code()) && token != null) {
                // the player's words ("choose a seat again") do not fit a bot
                finish(1, "truce bot: the server no longer knows this seat (it was freed, the room was closed or archived, "
                        + "or the server lost its data)");
                return;
            }
            if (!ErrorCode.RATE_LIMITED.is(e.code()) || bot == null) {
                err.accept("truce bot: server says " + e.code() + ": " + e.message());
            } else {
                LOG.info("server says {}: {} (deciding again shortly)", e.code(), e.message()); // handled below: not the user's concern
            }
            if (!seated && bot == null) {
                finish(1, null); // could not take the seat
            } else if (ErrorCode.RATE_LIMITED.is(e.code())) {
                // a dropped move is not lost: decide again from the view a little later (the server refills its tokens)
                lastActed = null;
                thread.schedule(() -> on(() -> {
                    if (fold != null && fold.view() != null) {
                        play();
                    }
                }), rateLimitedRetryMs, TimeUnit.MILLISECONDS);
            }
        } else if (m instanceof ServerMessage.Joined j) {
            joined(j);
        } else if (m instanceof ServerMessage.Said s && bot != null) {
            fold(s);
            bot.observe(new Event.Said(s.round(), s.from(), s.to(), s.text()));
        } else if ((m instanceof ServerMessage.State || m instanceof ServerMessage.Event) && bot != null) {
            if (fold(m) == ViewFold.Step.APPLIED) {
                play();
            }
        } else if (m instanceof ServerMessage.BriefUpdate b && bot != null && b.brief() != null
                && seat.party().equals(b.party()) && seat.party().equals(b.brief().party())) {
            newBrief(b.brief(), true);
        } else if (m instanceof ServerMessage.GameOver g) {
            var r = g.results() == null ? null : g.results().get(seat.party());
            out.accept("Game over: " + (g.agreement() != null ? "agreement" : "no deal") + " in round " + g.round()
                    + (r == null ? "" : "; " + seat.party() + " scores " + org.truce.client.ui.Text.score(r.score())));
            finish(0, null);
        } else if (m instanceof ServerMessage.Notice n) {
            NoticeKind kind = NoticeKind.fromWire(n.kind());
            if (kind == NoticeKind.CLOSED || kind == NoticeKind.REPLACED || kind == NoticeKind.REMOVED) {
                // the room is gone, or another connection plays the seat: nothing left to play here
                finish(1, "truce bot: " + n.text());
                return;
            }
            out.accept("notice: " + n.text());
        }
    }

    private void joined(ServerMessage.Joined j) {
        if (bot == null && (j.scenario() == null || j.brief() == null)) {
            finish(1, "truce bot: the server broke the protocol: its 'joined' has no " + (j.scenario() == null ? "scenario" : "brief"));
            return;
        }
        seated = true;
        failures = 0;
        token = j.seatToken() != null ? j.seatToken() : token;
        if (bot == null) {
            info = j.scenario();
            brief = j.brief();
            bot = Bot.create(info, brief, new Utility(info, brief), seat.strategy(), seat.difficulty(), seat.seed());
            fold = new ViewFold(info.partyIds());
            out.accept("Seated as " + seat.party() + " in room " + j.room() + " (" + bot.strategyId() + ")");
        } else {
            out.accept("Back in " + seat.party() + "'s seat in room " + j.room());
            // the server sends 'brief' only to the seat's connection of the moment: news that fired while
            // this bot was away arrives only in the resumed seat's brief (the catch-up after it decides the move)
            if (j.brief() != null && seat.party().equals(j.brief().party())) {
                newBrief(j.brief(), false);
            }
        }
    }

    /**
     * News changed this seat's position: the bot plays on the new brief at once (a new bot on the new
     * utility, told the public table again), and, if {@code decide}, decides if its move is due and not yet decided.
     * The brief it already plays changes nothing.
     */
    private void newBrief(org.truce.shared.scenario.Brief brief, boolean decide) {
        if (brief.equals(this.brief)) {
            return;
        }
        this.brief = brief;
        bot = Bot.create(info, brief, new Utility(info, brief), seat.strategy(), seat.difficulty(), seat.seed());
        observed.clear(); // a move already decided in this phase stands: no second one
        List<String> news = brief.news();
        out.accept("News changed " + seat.party() + "'s position" + (news.isEmpty() ? "" : ": " + news.get(news.size() - 1)));
        if (decide && fold.view() != null) {
            play();
        }
    }

    private ViewFold.Step fold(ServerMessage m) {
        ViewFold.Step step = fold.apply(m);
        since = fold.view() == null ? null : fold.version();
        return step;
    }

    /** Tells the bot what the view shows that it has not seen, then moves if the pen or a vote is this seat's. */
    private void play() {
        SeatView v = fold.view();
        List<Event> events = ViewEvents.of(info, v);
        GameState state = GameState.replay(info, events);
        for (Event e : events) {
            if (observed.add(key(e))) {
                bot.observe(e);
            }
        }
        String now = v.round() + ":" + v.phase();
        // paused by the facilitator: the server would refuse the move; the resume's event or state decides again
        if (v.paused() || now.equals(lastActed) || !(v.isPenOf(seat.party()) || v.awaitsVoteOf(seat.party()))) {
            return;
        }
        BotAction a = bot.act(state);
        if (a == null) {
            return;
        }
        lastActed = now;
        // the pause lets humans follow; scheduled, not slept, so pings, notices and newer events go on meanwhile
        // (and a move decided on a view the game has left by then is dropped, not sent late)
        thread.schedule(() -> on(() -> deliver(now, a)), seat.delayMs(), TimeUnit.MILLISECONDS);
    }

    /** Sends the move decided at {@code decidedAt} (round:phase) if the view is still there and it is still this seat's turn. */
    private void deliver(String decidedAt, BotAction a) {
        SeatView v = fold.view();
        if (v == null || !decidedAt.equals(v.round() + ":" + v.phase())
                || !(v.isPenOf(seat.party()) || v.awaitsVoteOf(seat.party()))) {
            return; // the game moved on during the pause: the newest view decides again
        }
        if (v.paused()) {
            lastActed = null; // the facilitator paused the game meanwhile: the resume decides again
            return;
        }
        long now = System.nanoTime();
        if (a.line() != null && !a.line().isBlank() && now - lastSaid >= CHAT_GAP_NANOS) {
            // said before the move: a vote that closes the round must not push its comment into the next;
            // at most a line a second, within the server's chat limit (a burst, then one a second)
            lastSaid = now;
            send(new ClientMessage.Say("all", a.line()));
        }
        if (a.command() instanceof org.truce.shared.engine.Command.Propose p) {
            send(new ClientMessage.Propose(p.round(), p.terms()));
        } else if (a.command() instanceof org.truce.shared.engine.Command.Vote vote) {
            send(new ClientMessage.Vote(vote.round(), vote.accept()));
        }
    }

    /** One key per public event, so each reaches the bot once however often a view shows it. */
    private static String key(Event e) {
        if (e instanceof Event.Tabled t) {
            return "t" + t.round();
        }
        if (e instanceof Event.Voted v) {
            return "v" + v.round() + v.party();
        }
        if (e instanceof Event.RoundFailed f) {
            return "f" + f.round();
        }
        return e.getClass().getSimpleName();
    }

    private void send(ClientMessage m) {
        try {
            connection.get().send(m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
