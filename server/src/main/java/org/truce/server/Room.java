package org.truce.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.BotAction;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Outcome;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.engine.Rules;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.json.Json;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.PlainText;
import org.truce.shared.scenario.Scenario;

/**
 * One negotiation: seats, spectators, the game, its clock, its bots and its log. Every method
 * except {@link #summary()} runs on the room's own {@link SerialExecutor}; nothing here locks.
 * Replies go straight to the connections' channels (Netty's writes are thread-safe).
 */
final class Room {
    private static final Logger log = LoggerFactory.getLogger(Room.class);
    /** Chat lines replayed to a returning player. */
    private static final int RECENT_CHAT = 50;

    final String code;
    final Scenario scenario;
    final RoomLog.Setup setup;
    final SerialExecutor executor;
    private final Rooms hall;
    private final Difficulty difficulty;
    private final Game game;
    /** The room's version and when each round's draft and votes came (see {@link EventVersions}). */
    private final EventVersions versions;
    // events: the recent events and chat, encoded once, for connections in stream mode
    private final EventStream stream;
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Set<Session> spectators = new LinkedHashSet<>();
    private RoomLog logFile;
    /**
     * The log could not be written: the room refuses moves rather than show unrecorded ones,
     * until {@link #heal()} finds the disk writable again. Read by the sweeper.
     */
    private volatile boolean broken;
    private ScheduledFuture<?> clock;
    private Long deadline;
    /** While paused: what was left on the clock (ms) when the room paused, or null for no clock. */
    private Long clockLeftMs;
    private int clockGen;
    private String clockKey;
    private boolean botTickPending;
    /** A force of this room's log is in flight on the fsync pool. */
    private boolean forcing;
    /** Closed (shutdown): the log was forced and closed. */
    private boolean closed;
    /** The encoded history and what it was encoded from (see {@link #historyJson()}). */
    private byte[] historyBytes;
    private int historyCount = -1;
    private RoundRecord historyLast;
    private volatile ServerMessage.RoomSummary summary;
    /** Chat lines in this game so far (capped by {@link ServerConfig.Limits#chatPerGame()}). */
    private int chatCount;
    /** When the game ended (epoch ms), 0 while it has not. Read by the sweeper. */
    private volatile long endedAt;
    /** Since when no seated human has been connected (epoch ms), 0 while one is. */
    private volatile long emptySince;
    /** Closed for good (facilitator, lobby expiry) or evicted: no more requests. */
    private volatile boolean gone;
    /** Requests waiting while bots without a delay play their moves (see {@link #request}). */
    private final java.util.ArrayDeque<Runnable> deferred = new java.util.ArrayDeque<>();
    /** Inside a bot's move: the move's own follow-up is queued by the bot tick, not by afterEvents. */
    private boolean inBotTick;

    Room(Rooms hall, Scenario scenario, RoomLog.Setup setup, List<Event> history) {
        this.hall = hall;
        this.code = setup.code();
        this.scenario = scenario;
        this.setup = setup;
        this.executor = new SerialExecutor(hall.pool(), setup.code());
        Difficulty d = Difficulty.parse(setup.difficulty());
        this.difficulty = d == null ? Difficulty.NORMAL : d;
        this.game = Game.replay(scenario.info(), history);
        this.versions = EventVersions.of(game.events());
        this.stream = new EventStream(hall.eventsKept, game.events()); // events: rebuilt from the log after a restart
        for (String p : scenario.info().partyIds()) {
            seats.put(p, new Seat(p));
        }
        setup.bots().forEach((party, strategy) -> {
            Seat s = seats.get(party);
            s.occupant = Seat.Occupant.BOT;
            s.strategy = strategy;
            s.name = scenario.info().party(party).name() + " (bot)";
            s.bot = newBot(party, strategy, false);
        });
        for (Event e : game.events()) {
            if (e instanceof Event.Said) {
                chatCount++;
            }
        }
        long now = hall.now();
        this.emptySince = now;
        this.endedAt = game.state().isOver() ? now : 0;
        this.summary = computeSummary();
    }

    /** Epoch ms the game ended (0: not ended). */
    long endedAt() {
        return endedAt;
    }

    /** Epoch ms since when no seated human has been connected (0: one is). */
    long emptySince() {
        return emptySince;
    }

    boolean isGone() {
        return gone;
    }

    /** In the lobby (read off the executor, from the published summary). */
    boolean inLobby() {
        return "lobby".equals(summary.phase());
    }

    /** A bot for a seat: a bot seat's own, or a stand-in ({@link Bot#standIn}) for a human seat nobody plays now. */
    private Bot newBot(String party, String strategy, boolean standIn) {
        long seed = setup.seed() * 1_000_003L + scenario.info().partyIndex(party);
        Bot b = standIn ? Bot.standIn(scenario.info(), scenario.brief(party), scenario.utility(party), difficulty, seed)
                : Bot.create(scenario.info(), scenario.brief(party), scenario.utility(party), strategy, difficulty, seed);
        for (Event e : game.events()) {
            b.observe(e); // a bot joining late (restart, stand-in) catches up on what its seat saw
        }
        return b;
    }

    ServerMessage.RoomSummary summary() {
        return summary;
    }

    boolean isOver() {
        return game.state().isOver();
    }

    // ---- life cycle -------------------------------------------------------------------------

    /** A new room: write its set-up, tell the creator, start at once if bots fill every seat. */
    void open(Session creator, String re, String facilitatorKey) {
        if (java.nio.file.Files.exists(RoomLog.fileFor(hall.roomsDir(), code))) {
            hall.forget(this); // an archived or closed game has this code
            gone = true;
            creator.error(ErrorCode.SERVER_ERROR, "join code clash; try again", re);
            return;
        }
        try {
            log().setup(setup);
            logged();
        } catch (IOException e) {
            log.error("room {}: cannot write its log", code, e);
            discardNewLog(); // an empty file would be quarantined as corrupt at the next start
            hall.forget(this);
            creator.error(ErrorCode.SERVER_ERROR, "the server cannot record the room; try again later", re);
            return;
        }
        log.info("room {} opened: {} bots {} rounds {}", code, scenario.id(), setup.bots(), setup.rounds());
        creator.send(new ServerMessage.RoomCreated(code, facilitatorKey), re); // the log keeps only its hash
        startIfFull();
        publish();
    }

    /**
     * After a restart: humans are away. A seat whose player was away and stood in for when the
     * server stopped ({@code standIns}, from the log) is stood in again at once; the others'
     * grace counts from now (the crash disconnected them). A seat freed in a game in progress
     * gets its stand-in back, as when it was freed. Clocks start afresh.
     */
    void recovered(List<RoomLog.SeatTaken> taken, Set<String> standIns) {
        long now = hall.now();
        boolean playing = game.state().phase() != Phase.LOBBY && !isOver();
        for (RoomLog.SeatTaken t : taken) {
            Seat s = seats.get(t.party());
            if (s == null) {
                log.warn("room {}: log seats unknown party {}", code, t.party());
                continue;
            }
            s.occupant = Seat.Occupant.HUMAN;
            s.name = t.name();
            s.token = t.token();
            s.goneSince = now;
            hall.registerToken(t.token(), this);
            if (playing && standIns.contains(t.party())) {
                s.strategy = "default";
                s.bot = newBot(s.party, "default", true);
            }
        }
        for (Seat s : seats.values()) {
            if (playing && s.isFree()) {
                s.strategy = "default";
                s.bot = newBot(s.party, "default", true);
            }
        }
        executor.execute(() -> {
            startIfFull();
            if (!isOver()) {
                for (Seat s : seats.values()) {
                    if (s.isHuman() && s.bot == null) {
                        scheduleGrace(s);
                    }
                }
                rearmClock();
                scheduleBots();
            }
            publish();
        });
    }

    void close() {
        cancelClock();
        for (Seat s : seats.values()) {
            if (s.grace != null) {
                s.grace.cancel(false);
            }
        }
        closed = true;
        if (logFile != null) {
            try {
                logFile.close(); // forces first: what is held back may go out
                executor.outbox().released(executor.outbox().written());
            } catch (IOException e) {
                log.warn("room {}: closing log: {}", code, e.getMessage());
                executor.outbox().failed();
            }
            logFile = null;
        }
    }

    /** Every connection in the room (seats and spectators). */
    List<Session> audience() {
        List<Session> out = new ArrayList<>();
        for (Seat s : seats.values()) {
            if (s.session != null) {
                out.add(s.session);
            }
        }
        out.addAll(spectators);
        return out;
    }

    /**
     * A log line was written (not yet forced). Messages from now on wait in the room's
     * {@link Outbox}; a force starts on the fsync pool unless one is in flight, in which case the
     * next force covers this line and any others written meanwhile (group commit per room).
     */
    private void logged() {
        executor.outbox().appended();
        if (!forcing) {
            startForce();
        }
    }

    private void startForce() {
        forcing = true;
        long target = executor.outbox().written();
        RoomLog f = logFile;
        Runnable force = () -> {
            IOException err = null;
            try {
                f.force();
            } catch (IOException e) {
                err = e;
            }
            IOException failure = err;
            executor.execute(() -> forced(target, failure));
        };
        try {
            hall.fsync().execute(force);
        } catch (RejectedExecutionException e) {
            force.run(); // shutting down: force on this thread
        }
    }

    /** On the room's executor: lines up to {@code target} are on disk (or the force failed). */
    private void forced(long target, IOException err) {
        forcing = false;
        if (closed) {
            return; // close() forced and let everything out
        }
        Outbox o = executor.outbox();
        if (err != null) {
            o.failed();
            fail(err);
            return;
        }
        if (o.written() == target && logFile != null && game.state().phase() == Phase.LOBBY) {
            // an idle lobby keeps no file open (thousands of lobbies must not use up descriptors);
            // everything is on disk, so nothing is lost; the next write reopens it
            dropLog(true, "its idle log");
        }
        o.released(target);
        if (o.written() > target) {
            startForce();
        }
    }

    /**
     * Lets the open log file go ({@code forced}: everything in it is on disk already, so it is not
     * forced again); a close that fails is only noted, as {@code which} log, since nothing more
     * is written to that file.
     */
    private void dropLog(boolean forced, String which) {
        RoomLog old = logFile;
        logFile = null;
        try {
            if (forced) {
                old.closeForced();
            } else {
                old.close();
            }
        } catch (IOException e) {
            log.debug("room {}: closing {}: {}", code, which, e.toString());
        }
    }

    /** A new room's set-up could not be written: no file stays behind. */
    private void discardNewLog() {
        gone = true;
        if (logFile != null) {
            dropLog(false, "the unwritten log");
        }
        try {
            java.nio.file.Files.deleteIfExists(RoomLog.fileFor(hall.roomsDir(), code));
        } catch (IOException e) {
            log.warn("room {}: cannot remove its unwritten log: {}", code, e.toString());
        }
    }

    /** Paused because its log could not be written (the sweeper retries it). */
    boolean paused() {
        return broken;
    }

    /**
     * A paused room tries its log again (on its next request, and from the sweeper): a probe
     * line is written and forced; if that works the room goes on where it stopped, its clock and
     * grace times with what they had left when it paused. True if the room is (now) writable.
     */
    boolean heal() {
        if (!broken) {
            return true;
        }
        if (gone || closed || forcing) {
            return false;
        }
        try {
            if (logFile != null) {
                dropLog(false, "the failed log");
            }
            log().probe();
        } catch (IOException e) {
            log.debug("room {}: log still cannot be written: {}", code, e.toString());
            return false;
        }
        broken = false;
        log.info("room {}: its log can be written again; the game goes on", code);
        if (!isOver()) {
            thaw();
        }
        // only once the clock and graces run again: whoever acts on the notice finds them running
        notice("resumed", "the server can record this room again; the game goes on");
        if (!isOver()) {
            if (!startIfFull()) {
                broadcastState(null, null);
            }
            scheduleBots();
        }
        publish();
        return true;
    }

    private RoomLog log() throws IOException {
        if (logFile == null) {
            logFile = hall.logOpener.open(RoomLog.fileFor(hall.roomsDir(), code));
        }
        return logFile;
    }

    // ---- requests -----------------------------------------------------------------------------

    void join(Session s, ClientMessage.Join j, String re) {
        if (s.room != null) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        Seat seat = seats.get(j.party());
        if (seat == null) {
            s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + j.party() + "' in " + scenario.id() + " (parties: "
                    + String.join(", ", seats.keySet()) + ")", re);
            return;
        }
        if (!seat.isFree()) {
            s.error(ErrorCode.SEAT_TAKEN, whose(j.party()) + " seat is taken by " + (seat.isHuman() ? (seat.name == null ? "another player" : seat.name) : "a bot")
                    + "; choose another seat", re);
            return;
        }
        if (refusedNameClash(s, s.name, j.party(), re)) {
            return;
        }
        if (broken && !heal()) {
            s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            return;
        }
        String token = Secrets.token();
        try {
            log().seat(new RoomLog.SeatTaken(j.party(), s.name, Secrets.hash(token)));
            logged();
        } catch (IOException e) {
            fail(e);
            s.error(ErrorCode.SERVER_ERROR, "the server cannot record the seat; try again later", re);
            return;
        }
        seat.occupant = Seat.Occupant.HUMAN;
        seat.name = s.name;
        seat.token = Secrets.hash(token); // as in the log
        seat.session = s;
        seat.bot = null; // a freed seat's stand-in steps aside
        seat.strategy = null;
        hall.registerToken(seat.token, this);
        present();
        attach(s, j.party());
        stream.fullStateNext(s); // events: a seat taken gets the whole state once
        log.info("room {}: {} takes {}", code, s, j.party());
        s.send(new ServerMessage.Joined(code, j.party(), token, scenario.brief(j.party()), scenario.info()), re);
        // a seat taken mid-game (e.g. freed by the facilitator): the public chat so far, as a spectator
        // gets it, before the state; the seat's private lines belonged to its previous occupant
        for (ServerMessage.Said said : recentChat(null)) {
            s.send(said);
        }
        if (!startIfFull()) {
            broadcastState(null, null);
        }
        publish();
    }

    void spectate(Session s, Integer since, String re) {
        if (s.room != null) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        spectators.add(s);
        attach(s, null);
        s.send(new ServerMessage.Spectating(code, scenario.info()), re);
        if (!stream.catchUp(s, null, since)) { // events: just what was missed, or the recent chat and a full state
            // the chat before the state, as on a resume: a client places each line in its round
            for (ServerMessage.Said said : recentChat(null)) {
                s.send(said);
            }
        }
        StateFrame frame = stateFrame();
        try {
            stream.state(s, frame, null, null, false); // events: with or without history
        } finally {
            frame.release();
        }
        if (isOver()) {
            s.send(gameOver());
        }
    }

    /**
     * Refuses ({@code bad_name}) and returns true if {@code name} looks like ({@link PlainText#sameName})
     * the name of a human seated at another seat of this room than {@code party}: on the table and
     * in chat the two would pass for each other. "anonymous" clashes with no one.
     */
    private boolean refusedNameClash(Session s, String name, String party, String re) {
        if (name == null || name.equals("anonymous")) {
            return false;
        }
        for (Seat other : seats.values()) {
            if (!other.party.equals(party) && other.isHuman() && other.name != null && PlainText.sameName(name, other.name)) {
                s.error(ErrorCode.BAD_NAME, other.name + " already sits at this table; pick another name", re);
                return true;
            }
        }
        return false;
    }

    /**
     * {@code hello} with a seat token (see {@link Rooms}): every check comes before any change,
     * and the one reply is the welcome or the error. A seat another open connection is using is
     * taken only on {@code takeover: true}; that connection is told and let go.
     */
    void resume(Session s, ClientMessage.Hello h, String re) {
        String token = h.resume();
        Seat seat = null;
        for (Seat candidate : seats.values()) {
            if (Secrets.matches(token, candidate.token)) {
                seat = candidate;
            }
        }
        if (seat == null) {
            // revoked since Rooms.hello looked it up: a wrong secret all the same, as there
            hall.wrongSecret(s);
            s.error(ErrorCode.BAD_TOKEN, hall.whyNoSeat(token), re);
            return;
        }
        if (s.room != null && !(s.room == this && seat.party.equals(s.party))) {
            s.error(ErrorCode.ALREADY_SEATED, "this connection is already in room " + s.room.code + "; send leave first", re);
            return;
        }
        Session old = seat.session;
        boolean live = old != null && old != s && !old.closed && old.channel.isActive();
        if (live && !h.takesOver()) {
            s.error(ErrorCode.SEAT_IN_USE, capital(whose(seat.party)) + " seat in room " + code
                    + " is in use by " + seat.name + " on another connection. Ask before taking it over"
                    + " (hello with takeover: true), or choose a free seat", re);
            return;
        }
        // no name given: the player keeps the seat's name, and the welcome says which
        String named = h.name().equals("anonymous") && seat.name != null ? seat.name : h.name();
        if (refusedNameClash(s, named, seat.party, re)) {
            return;
        }
        s.greet(named);
        s.events = h.wantsEvents(); // events: stream mode from this hello
        s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, s.name), re);
        if (old != null && old != s) {
            // told why its table stopped, so that it can show what to do next
            old.send(new ServerMessage.Notice("replaced", "your seat (" + scenario.info().party(seat.party).name()
                    + ", room " + code + ") was taken over by " + s.name + " from another connection"));
            old.leaveRoom();
        }
        seat.session = s;
        if (!s.name.equals("anonymous") && !s.name.equals(seat.name)) {
            try {
                log().name(seat.party, s.name);
                logged();
                seat.name = s.name;
            } catch (IOException e) {
                fail(e); // the seat is still returned; the old name stays
            }
        }
        present();
        if (seat.grace != null) {
            seat.grace.cancel(false);
            seat.grace = null;
        }
        boolean wasStandIn = seat.standIn();
        if (wasStandIn) {
            try {
                log().standIn(seat.party, false);
                logged();
            } catch (IOException e) {
                fail(e); // the player is back all the same; after a restart the stand-in would play until they return
            }
        }
        seat.bot = null;
        seat.strategy = null;
        attach(s, seat.party);
        log.info("room {}: {} resumes {}", code, s, seat.party);
        s.send(new ServerMessage.Joined(code, seat.party, token, scenario.brief(seat.party), scenario.info()));
        if (!stream.catchUp(s, seat.party, h.since())) { // events: just what was missed, or the recent chat and a full state
            for (ServerMessage.Said said : recentChat(seat.party)) {
                s.send(said);
            }
        }
        if (wasStandIn) {
            notice("returned", capital(named(seat.party)) + "'s player is back at the table; the stand-in steps aside");
        }
        broadcastState(null, null);
        if (isOver()) {
            s.send(gameOver());
        }
        publish();
    }

    void leave(Session s, String re) {
        boolean freed = false;
        boolean watching = s.party == null;
        if (s.party != null) {
            Seat seat = seats.get(s.party);
            if (seat.session == s) {
                if (game.state().phase() == Phase.LOBBY && !broken) {
                    // before the game starts a seat is not kept: someone else may take it
                    freed = unseat(seat, "left");
                }
                if (!freed) {
                    away(seat);
                }
            }
        }
        spectators.remove(s);
        s.leaveRoom();
        s.send(new ServerMessage.Notice("left", watching
                ? "you stopped watching room " + code
                : freed
                ? "you left room " + code + "; the game had not started, so your seat is free again for anyone"
                : "you left room " + code + "; you can come back to your seat from this computer"), re);
        broadcastState(null, null);
        publish();
    }

    /** The connection dropped. Idempotent: join and close may race on different threads. */
    void disconnected(Session s) {
        boolean changed = spectators.remove(s);
        if (s.party != null) {
            Seat seat = seats.get(s.party);
            if (seat != null && seat.session == s) {
                away(seat);
                changed = true;
                log.info("room {}: {} dropped from {}", code, s, seat.party);
            }
        }
        if (changed) {
            broadcastState(null, null);
            publish();
        }
    }

    /**
     * Runs a connection's request. While bots without a delay are playing (one move per task,
     * the room yielding the pool thread between moves) a request waits until they are done, so
     * a script sees the same state as if the bots had moved at once.
     */
    void request(Runnable r) {
        if (botChainActive()) {
            deferred.add(r);
        } else {
            r.run();
        }
    }

    private boolean botChainActive() {
        return botTickPending && setup.botDelayMs() == 0 && !gone;
    }

    private void runDeferred() {
        while (!deferred.isEmpty() && !botChainActive()) {
            deferred.poll().run();
        }
    }

    /**
     * {@code hello} without a token from a connection in this room (seated or watching): the
     * name it goes by changes, and a seat's name with it (logged as a returning player's new
     * name is, and shown to the table), so the welcome never leaves the seat under the old name.
     * No name given keeps the seat's. If the log cannot record it, the hello is refused
     * ({@code server_error}) and nothing changes.
     */
    void rename(Session s, String name, String re) {
        Seat seat = s.room == this && s.party != null ? seats.get(s.party) : null;
        if (seat != null && seat.session != s) {
            seat = null; // taken over meanwhile: this connection has no seat any more
        }
        String now = seat != null && name.equals("anonymous") && seat.name != null ? seat.name : name;
        if (refusedNameClash(s, now, s.room == this ? s.party : null, re)) {
            return;
        }
        if (seat != null && !now.equals(seat.name)) {
            if (broken && !heal()) {
                s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written; you keep the name " + seat.name, re);
                return;
            }
            try {
                log().name(seat.party, now);
                logged();
            } catch (IOException e) {
                fail(e);
                s.error(ErrorCode.SERVER_ERROR, "the server cannot record the new name; you keep the name " + seat.name, re);
                return;
            }
            seat.name = now;
            s.greet(now);
            s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, now), re);
            log.info("room {}: {} renamed at {}", code, s, seat.party);
            broadcastState(null, null);
            return;
        }
        s.greet(now);
        s.send(new ServerMessage.Welcome(ProtocolCodec.PROTOCOL_VERSION, TruceServer.NAME, now), re);
    }

    /** Engine events so far (tests). */
    int eventCount() {
        return game.events().size();
    }

    private void present() {
        emptySince = 0;
    }

    private boolean noHumanConnected() {
        for (Seat s : seats.values()) {
            if (s.isHuman() && s.session != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Frees a human seat and revokes its token (recorded first). In a game in progress the
     * seat's bot persona plays it until someone joins. False if the log cannot be written.
     */
    private boolean unseat(Seat seat, String reason) {
        try {
            log().unseat(seat.party, seat.token, reason);
            logged();
        } catch (IOException e) {
            fail(e);
            return false;
        }
        hall.unregisterToken(seat.token, unseatedWhy(code, scenario.info().party(seat.party).name(), reason));
        if (seat.grace != null) {
            seat.grace.cancel(false);
            seat.grace = null;
        }
        seat.occupant = null;
        seat.name = null;
        seat.token = null;
        seat.session = null;
        seat.bot = null;
        seat.strategy = null;
        if (game.state().phase() != Phase.LOBBY && !isOver()) {
            seat.strategy = "default";
            seat.bot = newBot(seat.party, "default", true);
        }
        if (emptySince == 0 && noHumanConnected()) {
            emptySince = hall.now();
        }
        log.info("room {}: {}'s seat freed ({})", code, seat.party, reason);
        return true;
    }

    /**
     * Why a freed seat's token no longer works, in its player's words ({@code reason} as logged:
     * freed, left). Also said after a restart, rebuilt from the log (see {@link Rooms#recover}).
     */
    static String unseatedWhy(String code, String partyName, String reason) {
        return "left".equals(reason)
                ? "you left " + partyName + "'s seat in room " + code + " before the game started, so it was freed for"
                + " someone else: choose a seat again"
                : "the facilitator of room " + code + " freed " + partyName + "'s seat while you were away, so it may be"
                + " someone else's now: choose a seat again";
    }

    /** What happened to a closed room ({@code reason} as logged: facilitator, expired), for its audience. */
    static String closedText(String code, String reason, int lobbyIdleSeconds) {
        return "facilitator".equals(reason) ? "the facilitator closed room " + code
                : "expired".equals(reason) ? "room " + code + " expired: nobody was seated for " + lobbyIdleSeconds / 60 + " minutes"
                : "room " + code + " was closed";
    }

    /** Why a closed room's seat tokens no longer work (also after a restart). */
    static String closedWhy(String code, String reason, int lobbyIdleSeconds) {
        return closedText(code, reason, lobbyIdleSeconds) + "; choose another room";
    }

    /** Why an archived game's seat tokens no longer work (also after a restart). */
    static String archivedWhy(String code) {
        return "the game in room " + code + " is over and was archived; its record stays on the server";
    }

    private boolean facilitator(Session s, String key, String re) {
        String guessing = hall.guessing(s);
        if (guessing != null) {
            s.error(ErrorCode.RATE_LIMITED, guessing, re);
            return false;
        }
        boolean ok = Secrets.matches(key, setup.facilitatorKey());
        if (!ok) {
            hall.wrongSecret(s);
            s.error(ErrorCode.BAD_KEY, "that is not this room's facilitatorKey (from room_created)", re);
        }
        return ok;
    }

    /** {@code free_seat}: the facilitator frees a human seat whose player is gone. */
    void freeSeat(Session s, ClientMessage.FreeSeat f, String re) {
        if (!facilitator(s, f.facilitatorKey(), re)) {
            return;
        }
        Seat seat = seats.get(f.party());
        if (seat == null) {
            s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + f.party() + "' in " + scenario.id(), re);
            return;
        }
        if (!seat.isHuman()) {
            s.error(ErrorCode.BAD_FIELD, whose(f.party()) + " seat is not held by a human", re);
            return;
        }
        if (seat.session != null) {
            s.error(ErrorCode.PLAYER_PRESENT, whose(f.party()) + " player is connected; only a seat whose player is gone can be freed", re);
            return;
        }
        if (isOver()) {
            s.error(ErrorCode.GAME_OVER, "the game is over", re);
            return;
        }
        if ((broken && !heal()) || !unseat(seat, "freed")) {
            s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            return;
        }
        s.send(new ServerMessage.Notice("seat_freed", whose(f.party()) + " seat in room " + code + " is free for a new player"), re);
        for (Session a : audience()) {
            if (a != s) {
                a.send(new ServerMessage.Notice("seat_freed", capital(whose(f.party())) + " seat is free: anyone may join it"));
            }
        }
        broadcastState(null, null);
        publish();
        scheduleBots();
    }

    /** {@code close_room}: the facilitator ends the room for everyone. */
    void closeRoom(Session s, ClientMessage.CloseRoom c, String re) {
        if (!facilitator(s, c.facilitatorKey(), re)) {
            return;
        }
        if (!shutDown("facilitator", s)) {
            s.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            return;
        }
        s.send(new ServerMessage.Notice("closed", "room " + code + " is closed; its record stays on the server"), re);
    }

    /**
     * Closes the room for good: records why, tells everyone, lets them go, revokes the tokens
     * and leaves memory (the file stays). False if the closing line cannot be written.
     */
    private boolean shutDown(String reason, Session replyTo) {
        if (gone) {
            return true;
        }
        String text = closedText(code, reason, hall.config().limits().lobbyIdleSeconds());
        try {
            log().closed(reason);
            logged();
        } catch (IOException e) {
            fail(e);
            return false;
        }
        ServerMessage.Notice n = new ServerMessage.Notice("closed", text);
        for (Session a : audience()) {
            if (a != replyTo) {
                a.send(n); // the requester's one notice is its reply
            }
        }
        release(closedWhy(code, reason, hall.config().limits().lobbyIdleSeconds()));
        log.info("room {} closed ({})", code, reason);
        return true;
    }

    /** Detaches everyone, revokes the tokens, closes the log and leaves the hall. */
    private void release(String why) {
        gone = true;
        runDeferred(); // each answers that the room is closed
        for (Session a : audience()) {
            a.leaveRoom();
        }
        spectators.clear();
        for (Seat seat : seats.values()) {
            seat.session = null;
            if (seat.token != null) {
                hall.unregisterToken(seat.token, why);
            }
        }
        close();
        hall.forget(this);
        publish();
    }

    /**
     * The sweeper's visit (on the executor): an ended game leaves memory after the retention
     * time; a lobby no human has been connected to for the idle time is closed.
     */
    void sweep(long now) {
        if (gone) {
            return;
        }
        ServerConfig.Limits l = hall.config().limits();
        if (isOver() && endedAt > 0 && now - endedAt >= l.endedRetentionSeconds() * 1000L) {
            notice("archived", "this finished game was archived; its record stays on the server");
            release(archivedWhy(code));
            log.info("room {}: ended game archived (left memory)", code);
        } else if (game.state().phase() == Phase.LOBBY && emptySince > 0 && noHumanConnected()
                && now - emptySince >= l.lobbyIdleSeconds() * 1000L) {
            shutDown("expired", null);
        }
    }

    void propose(Session s, ClientMessage.Propose p, String re) {
        String party = seated(s, re);
        if (party != null) {
            command(new Command.Propose(party, p.round(), p.terms()), s, re);
        }
    }

    void vote(Session s, ClientMessage.Vote v, String re) {
        String party = seated(s, re);
        if (party != null) {
            command(new Command.Vote(party, v.round(), v.accept()), s, re);
        }
    }

    void say(Session s, ClientMessage.Say m, String re) {
        String party = seated(s, re);
        if (party == null) {
            return;
        }
        int cap = hall.config().limits().chatPerGame();
        if (chatCount >= cap) {
            s.error(ErrorCode.RATE_LIMITED, "this game has reached its limit of " + cap + " chat messages", re);
            return;
        }
        command(new Command.Say(party, m.to(), m.text()), s, re);
    }

    private String seated(Session s, String re) {
        String party = s.party;
        if (s.room != this || party == null) {
            s.error(ErrorCode.NOT_JOINED, s.room == this ? "spectators cannot act; join a seat" : "join a room's seat first", re);
            return null;
        }
        return party;
    }

    private void attach(Session s, String party) {
        s.enter(this, party);
        if (s.closed) {
            // the connection closed while this request was queued: channelInactive may have missed the room
            executor.execute(() -> disconnected(s));
        }
    }

    // ---- the game -----------------------------------------------------------------------------

    /**
     * Runs a command through the engine; on success logs, then tells everyone: the messages wait
     * in the room's outbox until the log is forced to disk.
     */
    private boolean command(Command c, Session from, String re) {
        return command(c, from, re, null);
    }

    /**
     * Decides, writes the outcome as one log line, and only then commits it to the game, so
     * memory never runs ahead of the log. {@code accepted} runs after the commit, before anyone
     * is told of the new state (its messages wait for the force like the rest).
     */
    private boolean command(Command c, Session from, String re, Runnable accepted) {
        if (gone || (broken && (from == null || !heal()))) {
            if (from != null) {
                from.error(ErrorCode.SERVER_ERROR, "this room's record cannot be written", re);
            }
            return false;
        }
        Outcome o = game.decide(c);
        if (!o.isAccepted()) {
            if (from != null) {
                from.error(ErrorCode.of(o.rejection().reason()), o.rejection().message(), re);
            } else {
                log.warn("room {}: engine refused {}: {}", code, c, o.rejection());
            }
            return false;
        }
        try {
            log().events(o.events());
            logged();
        } catch (IOException e) {
            fail(e);
            if (from != null) {
                from.error(ErrorCode.SERVER_ERROR, "the server cannot record the move; the room is paused", re);
            }
            return false;
        }
        game.commit(o.events());
        if (accepted != null) {
            accepted.run();
        }
        afterEvents(o.events(), from, re);
        return true;
    }

    private void fail(IOException e) {
        log.error("room {}: log write failed; the room stops taking moves", code, e);
        if (!broken) {
            freeze();
        }
        broken = true;
        notice("server_error", "the server cannot record this room any more; the game is paused");
    }

    private boolean startIfFull() {
        if (game.state().phase() != Phase.LOBBY || broken) {
            return false;
        }
        for (Seat s : seats.values()) {
            if (s.isFree()) {
                return false;
            }
        }
        Event.GameStarted start = Rules.start(scenario.info(), setup.rounds(), setup.seed());
        try {
            log().events(List.of(start));
            logged();
        } catch (IOException e) {
            fail(e);
            return false;
        }
        game.commit(List.of(start));
        log.info("room {}: game started", code);
        afterEvents(List.of(start), null, null);
        return true;
    }

    private void afterEvents(List<Event> events, Session from, String re) {
        boolean changed = false;
        for (Event e : events) {
            int version = versions.observe(e);
            stream.happened(e, version, audience()); // events: recorded, and sent to connections in stream mode
            for (Seat s : seats.values()) {
                if (s.bot != null) {
                    try {
                        s.bot.observe(e);
                    } catch (RuntimeException ex) {
                        log.warn("room {}: bot {} failed to observe {}", code, s.party, e, ex);
                    }
                }
            }
            if (e instanceof Event.Said said) {
                chatCount++;
                deliver(said, version, from, re);
                botAnswers(said);
            } else {
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        if (isOver()) {
            cancelClock();
        } else {
            rearmClock();
        }
        broadcastState(from, re);
        if (isOver()) {
            ServerMessage.GameOver over = gameOver();
            for (Session s : audience()) {
                s.send(over);
            }
            for (Seat s : seats.values()) {
                if (s.grace != null) {
                    s.grace.cancel(false);
                }
            }
            endedAt = hall.now();
            log.info("room {}: game over in round {}: {}", code, game.state().round(),
                    game.state().agreement() == null ? "no deal" : "agreement");
        } else if (!inBotTick) {
            scheduleBots();
        }
        publish();
    }

    private void deliver(Event.Said e, int version, Session from, String re) {
        ServerMessage.Said m = saidView(e, version);
        if (Command.Say.ALL.equals(e.to())) {
            for (Session s : audience()) {
                s.send(m, s == from ? re : null);
            }
            return;
        }
        // private: the sender's echo and the recipient, nobody else (no spectator, no other seat)
        for (String party : List.of(e.from(), e.to())) {
            Session s = seats.get(party).session;
            if (s != null) {
                s.send(m, s == from ? re : null);
            }
        }
    }

    private static ServerMessage.Said saidView(Event.Said e, int version) {
        return new ServerMessage.Said(e.from(), e.to(), e.text(), e.round(), e.standIn(), version);
    }

    /** Chat the party (or, for null, a spectator) may see, newest last, with the version of each line. */
    private List<ServerMessage.Said> recentChat(String party) {
        List<ServerMessage.Said> out = new ArrayList<>();
        EventVersions counted = new EventVersions();
        for (Event e : game.events()) {
            int version = counted.observe(e);
            if (e instanceof Event.Said s && (Command.Say.ALL.equals(s.to())
                    || (party != null && (party.equals(s.to()) || party.equals(s.from()))))) {
                out.add(saidView(s, version));
            }
        }
        return out.size() <= RECENT_CHAT ? out : out.subList(out.size() - RECENT_CHAT, out.size());
    }

    /** A party as a sentence names it: "Ukraine", "the United States". */
    private String named(String party) {
        int i = scenario.info().partyIndex(party);
        if (i < 0) {
            return party;
        }
        org.truce.shared.scenario.Party p = scenario.info().parties().get(i);
        return (p.article().isEmpty() ? "" : p.article() + " ") + p.name();
    }

    /** The possessive: "Ukraine's", "the United States'". */
    private String whose(String party) {
        String n = named(party);
        return n + (n.endsWith("s") ? "'" : "'s");
    }

    /** Parties as a sentence lists them: "Ukraine", "Ukraine and Russia", "Ukraine, Russia and the United States". */
    private String namedList(List<String> parties) {
        List<String> names = new ArrayList<>();
        parties.forEach(p -> names.add(named(p)));
        if (names.size() <= 1) {
            return names.isEmpty() ? "nobody" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void notice(String kind, String text) {
        ServerMessage.Notice n = new ServerMessage.Notice(kind, text);
        for (Session s : audience()) {
            s.send(n);
        }
    }

    // ---- clock --------------------------------------------------------------------------------

    /**
     * The room pauses: its clock and the grace of every absent player stop where they are (a
     * paused room's time neither runs out nor starts again); {@link #thaw} goes on from there.
     */
    private void freeze() {
        long now = hall.now();
        clockLeftMs = deadline == null ? null : Math.max(0L, deadline - now);
        String key = clockKey;
        cancelClock();
        clockKey = key; // the same round and phase: rearmClock must not start it afresh
        for (Seat s : seats.values()) {
            if (s.grace != null) {
                s.grace.cancel(false);
                s.grace = null;
                s.graceLeftMs = Math.max(0L, s.graceDue - now);
            }
        }
    }

    /** The room goes on after a pause: the clock and the graces with the time they had left. */
    private void thaw() {
        if (clockLeftMs != null) {
            startClock(clockLeftMs);
            clockLeftMs = null;
        } else {
            rearmClock();
        }
        for (Seat s : seats.values()) {
            if (s.isHuman() && s.session == null && s.bot == null) {
                scheduleGrace(s, s.graceLeftMs >= 0 ? s.graceLeftMs : hall.config().graceSeconds() * 1000L);
            }
            s.graceLeftMs = -1;
        }
    }

    /** A fresh clock whenever the round or phase changes (and after a restart). */
    private void rearmClock() {
        GameState g = game.state();
        String key = g.round() + ":" + g.phase();
        if (key.equals(clockKey) || broken) {
            return; // a paused room's clock waits for thaw()
        }
        cancelClock();
        clockKey = key;
        int secs = g.phase() == Phase.PROPOSING ? setup.turnSeconds() : g.phase() == Phase.VOTING ? setup.voteSeconds() : 0;
        if (secs <= 0) {
            return;
        }
        startClock(secs * 1000L);
    }

    /** Runs the clock of the current round and phase out in {@code ms}. */
    private void startClock(long ms) {
        int gen = ++clockGen;
        deadline = hall.now() + ms;
        clock = hall.scheduler().schedule(() -> executor.execute(() -> clockRanOut(gen)), ms, TimeUnit.MILLISECONDS);
    }

    private void cancelClock() {
        clockGen++;
        deadline = null;
        clockKey = null;
        if (clock != null) {
            clock.cancel(false);
            clock = null;
        }
    }

    private void clockRanOut(int gen) {
        if (gen != clockGen || isOver() || broken) {
            return;
        }
        GameState g = game.state();
        String text;
        if (g.phase() == Phase.PROPOSING) {
            Draft last = g.lastDraft();
            String pen = capital(named(g.pen()));
            text = last != null
                    ? pen + " ran out of time to table a draft: " + whose(last.by()) + " draft of round " + last.round()
                            + " goes back on the table"
                    : pen + " ran out of time to table a draft and there is no earlier one: round " + g.round() + " fails";
        } else {
            List<String> late = g.pendingVoters();
            text = "Voting time ran out: " + namedList(late) + " did not vote, so "
                    + (late.size() == 1 ? "that counts" : "each counts") + " as a rejection";
        }
        clockKey = null;
        // told only once the timeout is recorded (and, like everything, after the force)
        command(new Command.Timeout(g.round(), g.phase()), null, null, () -> notice("timeout", text));
    }

    // ---- bots ---------------------------------------------------------------------------------

    private void scheduleBots() {
        if (botTickPending || isOver() || broken || game.state().phase() == Phase.LOBBY || !botsHaveWork()) {
            return;
        }
        botTickPending = true;
        int delay = setup.botDelayMs();
        if (delay == 0) {
            executor.executeYielding(this::botTick);
        } else {
            hall.scheduler().schedule(() -> executor.execute(this::botTick), delay, TimeUnit.MILLISECONDS);
        }
    }

    private boolean botsHaveWork() {
        GameState g = game.state();
        for (Seat s : seats.values()) {
            if (s.bot == null) {
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
    private void botTick() {
        try {
            botMove();
        } finally {
            if (!botTickPending) {
                runDeferred();
            }
        }
    }

    private void botMove() {
        botTickPending = false;
        if (isOver() || broken || gone) {
            return;
        }
        boolean proposed = false;
        inBotTick = true;
        try {
            for (Seat s : seats.values()) {
                if (s.bot == null) {
                    continue;
                }
                BotAction a;
                try {
                    a = s.bot.act(game.state());
                } catch (RuntimeException e) {
                    log.warn("room {}: bot {} failed", code, s.party, e);
                    continue;
                }
                if (a == null) {
                    continue;
                }
                // the bot's words come with its move, in the move's round: a vote that closes the
                // round must not push its comment into the next one
                if (a.line() != null && !a.line().isBlank() && chatCount < hall.config().limits().chatPerGame()
                        && game.decide(a.command()).isAccepted()) {
                    command(new Command.Say(s.party, Command.Say.ALL, a.line(), s.standIn()), null, null);
                }
                if (!command(s.standIn() ? markStandIn(a.command()) : a.command(), null, null)) {
                    continue;
                }
                proposed = a.command() instanceof Command.Propose;
                break;
            }
        } finally {
            inBotTick = false;
        }
        if (proposed || setup.botDelayMs() == 0) {
            scheduleBots();
        } else if (!botTickPending && !isOver() && !broken && botsHaveWork()) {
            botTickPending = true;
            executor.executeYielding(this::botTick); // the next vote due now, without waiting the delay
        }
    }

    /** A stand-in's move, marked so: the log, the history and a rebuilt client log say who made it. */
    private static Command markStandIn(Command c) {
        if (c instanceof Command.Vote v) {
            return new Command.Vote(v.party(), v.round(), v.accept(), true);
        }
        if (c instanceof Command.Propose p) {
            return new Command.Propose(p.party(), p.round(), p.terms(), true);
        }
        return c;
    }

    /** A private line to a seat a bot plays gets the bot's answer, after the room's bot delay. */
    private void botAnswers(Event.Said said) {
        if (Command.Say.ALL.equals(said.to())) {
            return;
        }
        Seat to = seats.get(said.to());
        if (to == null || to.bot == null || isOver()) {
            return;
        }
        Runnable answer = () -> {
            Bot b = to.bot;
            if (b == null || isOver() || broken || gone || chatCount >= hall.config().limits().chatPerGame()) {
                return;
            }
            String line;
            try {
                line = b.reply(said, game.state());
            } catch (RuntimeException e) {
                log.warn("room {}: bot {} failed to reply", code, to.party, e);
                return;
            }
            if (line != null && !line.isBlank()) {
                command(new Command.Say(to.party, said.from(), line, to.standIn()), null, null);
            }
        };
        int delay = setup.botDelayMs();
        if (delay == 0) {
            executor.execute(answer);
        } else {
            hall.scheduler().schedule(() -> executor.execute(answer), delay, TimeUnit.MILLISECONDS);
        }
    }

    // ---- seats away ---------------------------------------------------------------------------

    private void away(Seat seat) {
        seat.session = null;
        seat.goneSince = hall.now();
        if (emptySince == 0 && noHumanConnected()) {
            emptySince = seat.goneSince;
        }
        if (!isOver()) {
            scheduleGrace(seat);
        }
    }

    private void scheduleGrace(Seat seat) {
        scheduleGrace(seat, hall.config().graceSeconds() * 1000L);
    }

    /** The seat's bot persona stands in after {@code ms} more (a paused room only notes it, see {@link #freeze}). */
    private void scheduleGrace(Seat seat, long ms) {
        if (seat.grace != null) {
            seat.grace.cancel(false);
            seat.grace = null;
        }
        if (broken) {
            seat.graceLeftMs = ms;
            return;
        }
        long since = seat.goneSince;
        seat.graceDue = hall.now() + ms;
        seat.grace = hall.scheduler().schedule(() -> executor.execute(() -> graceOver(seat, since)), ms, TimeUnit.MILLISECONDS);
    }

    private void graceOver(Seat seat, long since) {
        if (seat.session != null || seat.goneSince != since || seat.bot != null || isOver() || broken) {
            return;
        }
        seat.grace = null;
        try {
            log().standIn(seat.party, true); // recorded first: after a restart the stand-in plays on at once
            logged();
        } catch (IOException e) {
            fail(e);
            seat.graceLeftMs = 0; // stood in as soon as the room can record it (see thaw)
            return;
        }
        seat.strategy = "default";
        seat.bot = newBot(seat.party, "default", true);
        log.info("room {}: {} away for {} s, bot persona stands in", code, seat.party, hall.config().graceSeconds());
        notice("stand_in", capital(whose(seat.party)) + " player has been away for " + hall.config().graceSeconds()
                + " s: a stand-in bot keeps the seat until they return");
        broadcastState(null, null);
        publish();
        scheduleBots();
    }

    // ---- views --------------------------------------------------------------------------------

    /**
     * One encoding per change, not one per seat: the state is built and serialised once, to
     * UTF-8 bytes, and each seat's line shares those bytes and only appends {@code you} (and
     * the reply's {@code re}). The history, which makes most of a state's size, is re-encoded only
     * when a round closes.
     */
    private void broadcastState(Session from, String re) {
        if (audienceIsEmpty()) {
            return;
        }
        StateFrame frame = stateFrame();
        try {
            for (Seat seat : seats.values()) {
                Session s = seat.session;
                if (s == null) {
                    continue;
                }
                // events: with or without history; the direct reply is never coalesced away
                stream.state(s, frame, seat.party, s == from ? re : null, s == from);
            }
            for (Session s : spectators) {
                stream.state(s, frame, null, null, false); // events:
            }
        } finally {
            frame.release();
        }
    }

    private boolean audienceIsEmpty() {
        if (!spectators.isEmpty()) {
            return false;
        }
        for (Seat s : seats.values()) {
            if (s.session != null) {
                return false;
            }
        }
        return true;
    }

    private static final String HISTORY_LAST = "\"history\":[]}";
    private static final String STATE_TYPE = "{\"type\":\"" + ProtocolCodec.typeOf(new ServerMessage.State(
            "", "", "", 0, 0, null, null, Map.of(), List.of(), null, null, List.of(), null)) + "\",";

    /** The current state, encoded once; the history part comes from a cache kept per closed round. */
    StateFrame stateFrame() {
        // straight from the record, not through ProtocolCodec's tree (same text: "type" first, no "re")
        String body = Json.gson().toJson(stateWith(null, List.of()));
        String json = STATE_TYPE + body.substring(1);
        if (!body.startsWith("{\"") || !json.endsWith(HISTORY_LAST)) {
            return StateFrame.whole(ProtocolCodec.encode(state(null), null)); // not the expected field order
        }
        byte[] head = json.substring(0, json.length() - 3).getBytes(StandardCharsets.UTF_8);
        return new StateFrame(head, historyJson());
    }

    /** The history as a JSON array, re-encoded only when a round has closed since last time. */
    private byte[] historyJson() {
        List<RoundRecord> h = game.state().history();
        RoundRecord last = h.isEmpty() ? null : h.get(h.size() - 1);
        if (historyBytes == null || h.size() != historyCount || !java.util.Objects.equals(last, historyLast)) {
            historyBytes = Json.gson().toJson(historyViews(h)).getBytes(StandardCharsets.UTF_8);
            historyCount = h.size();
            historyLast = last;
        }
        return historyBytes;
    }

    ServerMessage.State state(String you) {
        return stateWith(you, historyViews(game.state().history()));
    }

    private List<ServerMessage.RoundView> historyViews(List<RoundRecord> records) {
        List<ServerMessage.RoundView> history = new ArrayList<>(records.size());
        for (RoundRecord r : records) {
            Map<String, String> rv = new LinkedHashMap<>();
            r.votes().forEach((p, v) -> rv.put(p, v.wire()));
            history.add(new ServerMessage.RoundView(r.round(), r.pen(), draftView(r.draft()), rv, r.agreed(),
                    r.byClock().isEmpty() ? null : r.byClock(), versions.tabledAt(r.round()), versions.votedAt(r.round()),
                    r.standIns().isEmpty() ? null : r.standIns()));
        }
        return history;
    }

    private ServerMessage.State stateWith(String you, List<ServerMessage.RoundView> history) {
        GameState g = game.state();
        Map<String, String> votes = new LinkedHashMap<>();
        g.votes().forEach((p, v) -> votes.put(p, v.wire()));
        int rounds = g.phase() == Phase.LOBBY ? setup.rounds() : g.rounds();
        boolean open = g.phase() == Phase.PROPOSING || g.phase() == Phase.VOTING;
        return new ServerMessage.State(code, scenario.id(), g.phase().wire(), g.round(), rounds, g.pen(),
                draftView(g.draft()), votes, seatViews(), deadline, remainingMs(), versions.version(),
                open ? versions.tabledAt(g.round()) : null, open ? versions.votedAt(g.round()) : null,
                open && !g.standIns().isEmpty() ? g.standIns() : null, history, you);
    }

    /** What the clock has left now (the state goes out at once), or null with no clock. */
    private Long remainingMs() {
        return deadline == null ? null : Math.max(0L, deadline - hall.now());
    }

    private ServerMessage.DraftView draftView(Draft d) {
        return d == null ? null : new ServerMessage.DraftView(d.round(), d.by(), scenario.space().toTerms(d.pkg()), d.automatic(),
                d.standIn() ? Boolean.TRUE : null);
    }

    private List<ServerMessage.Seat> seatViews() {
        List<ServerMessage.Seat> out = new ArrayList<>();
        for (Seat s : seats.values()) {
            out.add(s.view());
        }
        return out;
    }

    ServerMessage.GameOver gameOver() {
        GameState g = game.state();
        Map<String, String> agreement = g.agreement() == null ? null : scenario.space().toTerms(g.agreement());
        return new ServerMessage.GameOver(agreement, g.round(), Scoring.results(scenario, g), scenario.briefs(),
                analysis(g));
    }

    private AgreementAnalysis analysis(GameState g) {
        try {
            // exhaustive over the package space, computed once per scenario and cached
            return Analysis.of(scenario).assess(g.agreement(), g.round());
        } catch (RuntimeException e) {
            log.warn("room {}: analysis failed; game_over goes without it", code, e);
            return null;
        }
    }

    private void publish() {
        summary = computeSummary();
    }

    private ServerMessage.RoomSummary computeSummary() {
        GameState g = game.state();
        int rounds = g.phase() == Phase.LOBBY ? setup.rounds() : g.rounds();
        return new ServerMessage.RoomSummary(code, scenario.id(), scenario.info().title(), g.phase().wire(), g.round(),
                rounds, seatViews());
    }
}
