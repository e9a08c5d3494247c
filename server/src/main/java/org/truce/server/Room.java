package org.truce.server;

import java.util.List;
import java.util.Set;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Scenario;

/**
 * One negotiation: the room's life cycle (open, recover, pause and heal, close) and its requests; the
 * command pipeline (decide, journal, commit, tell) is {@link RoomPipeline}'s. Its parts each own one job: {@link RoomJournal},
 * {@link SeatTable}, {@link GracePeriods}, {@link RoundClock}, {@link BotDriver}, {@link RoomViews},
 * {@link Facilitator}, {@link RoomPause} and {@link RoomCloser}. Everything runs on the room's own
 * {@link SerialExecutor} (asserted at the entry points); nothing here locks.
 */
final class Room {
    final String code;
    /** The scenario as the room plays it: the base one after the injects fired so far (see {@link RoomNews}). */
    volatile Scenario scenario;
    /** The scenario as set up, before any news. */
    final Scenario baseScenario;
    final JournalFile.Setup setup;
    final SerialExecutor executor;
    final Rooms hall;
    /** The room's time and timer: the system's, or a test's moved by hand. */
    final RoomTimer timer;
    final Game game;
    /** The room's version and when each round's draft and votes came (see {@link EventVersions}). */
    final EventVersions versions;
    final RoomTexts texts;
    final RoomJournal journal;
    final BotDriver bots;
    final SeatTable seats;
    /** The seats' teams: members, the lead, the team channel, suggestions. */
    final Teams teams;
    /** The teams' own channels and suggestions. */
    final TeamTalk talk;
    final GracePeriods graces;
    final RoundClock clock;
    final RoomViews views;
    final RoomNews news;
    final RoomControls controls;
    private final Facilitator facilitator;
    private final RoomCloser closer;
    private final RoomPause pause;
    /** Decide, journal, commit, tell: every move goes through it. */
    private final RoomPipeline pipeline;
    /** Chat lines in this game so far (capped by {@link ServerConfig.Limits#chatPerGame()}); counted by {@link RoomPipeline}. */
    int chatCount;
    /** When the game ended (epoch ms), 0 while it has not; set by {@link RoomPipeline}. Read by the sweeper. */
    volatile long endedAt;
    /** Closed for good (facilitator, lobby expiry, archived): no more requests. */
    volatile boolean gone;
    /** Why it closed for good, or null while it is open. */
    volatile Closing closedBy;
    /**
     * Its set-up is on disk (opened new, or recovered): until then the room is in the hall but
     * takes no request, so nothing is journaled before the set-up line (see {@link RoomOpening}).
     */
    volatile boolean opened;

    Room(Rooms hall, Scenario scenario, JournalFile.Setup setup, List<Event> history) {
        this.hall = hall;
        this.code = setup.code();
        this.baseScenario = scenario;
        this.setup = setup;
        this.executor = new SerialExecutor(hall.pool(), setup.code());
        this.timer = new RoomTimer(hall.clock(), hall.scheduler(), executor);
        this.game = Game.replay(scenario.info(), history);
        this.scenario = RoomNews.effective(scenario, game.events()); // the injects' effects replayed exactly
        this.versions = EventVersions.of(game.events());
        this.texts = new RoomTexts(scenario.info());
        this.pause = new RoomPause(this);
        this.pipeline = new RoomPipeline(this);
        this.journal = new RoomJournal(code, hall, executor, () -> game.state().phase() == Phase.LOBBY, pause::journalFailed);
        this.bots = new BotDriver(this);
        this.seats = new SeatTable(this);
        this.teams = new Teams(this);
        this.talk = new TeamTalk(this);
        this.graces = new GracePeriods(this);
        this.clock = new RoundClock(this);
        this.views = new RoomViews(this);
        this.news = new RoomNews(this);
        this.controls = new RoomControls(this);
        this.facilitator = new Facilitator(this);
        this.closer = new RoomCloser(this);
        this.chatCount = (int) game.events().stream().filter(e -> e instanceof Event.Said).count();
        this.endedAt = game.state().isOver() ? timer.now() : 0;
        views.publish();
    }

    /** Room state is touched only on the room's executor (Velocity's {@code ensureInEventLoop}); checked when tests run. */
    private void ensureOnExecutor() {
        assert executor.inThread() : "room " + code + " touched off its executor on " + Thread.currentThread().getName();
    }

    /** Epoch ms the game ended (0: not ended). */
    long endedAt() {
        return endedAt;
    }

    /** A class's room waits this long (s) at least for its students before it expires: a teacher sets up before class. */
    static final int CLASS_LOBBY_IDLE_SECONDS = 4 * 3600;

    /** How long (s) the lobby may stand with nobody seated before it expires: a class's room waits longer. */
    int lobbyIdleSeconds() {
        return lobbyIdleSeconds(hall.config().limits(), setup);
    }

    /** The lobby idle time (s) of a room with this set-up under these limits: a class's room waits longer. */
    static int lobbyIdleSeconds(ServerConfig.Limits limits, JournalFile.Setup setup) {
        return setup.isForClass() ? Math.max(limits.lobbyIdleSeconds(), CLASS_LOBBY_IDLE_SECONDS) : limits.lobbyIdleSeconds();
    }

    /** Epoch ms since when no seated human has been connected (0: one is). */
    long emptySince() {
        return seats.emptySince();
    }

    boolean isGone() {
        return gone;
    }

    /** The game's phase (read off the executor, from the published summary). */
    Phase phase() {
        return Phase.fromWire(views.summary().phase());
    }

    ServerParts.RoomSummary summary() {
        return views.summary();
    }

    boolean isOver() {
        return game.state().isOver();
    }

    boolean chatFull() {
        return chatCount + talk.count() >= hall.config().limits().chatPerGame(); // team lines count too
    }

    // ---- life cycle -------------------------------------------------------------------------

    /** A new room: journal its set-up, tell the creator, start at once if bots fill every seat (see {@link RoomOpening#open}). */
    void open(Session creator, String re, String facilitatorKey) {
        String refused = open();
        if (refused != null) {
            creator.error(ErrorCode.SERVER_ERROR, refused, re);
            return;
        }
        creator.send(new ServerMessage.RoomCreated(code, facilitatorKey), re); // the journal keeps only its hash
    }

    /**
     * A new room without a reply (one of a teacher's {@code create_rooms}): journals its set-up and
     * starts at once if bots fill every seat. Null once open, else why not (the room is then gone).
     */
    String open() {
        ensureOnExecutor();
        return new RoomOpening(this).open();
    }

    /** After a restart, before the room takes requests (see {@link RoomOpening#recovered}). */
    void recovered(List<JournalFile.SeatTaken> taken, Set<String> standIns, JournalFile.Clock clock) {
        new RoomOpening(this).recovered(taken, standIns, clock);
    }

    /** After a restart, with the seats back, off the executor as they are: their teams and channels (see {@link Teams#recovered}). */
    void recoveredTeams(java.util.Map<String, List<JournalFile.SeatTaken>> members, List<JournalFile.TeamLine> said) {
        teams.recovered(members);
        talk.recovered(said);
    }

    /** Ends the room, the one way a room closes (see {@link RoomCloser}); false if the closing cannot be journaled. */
    boolean close(Closing why, Session replyTo) {
        ensureOnExecutor();
        return closer.close(why, replyTo);
    }

    /** The sweeper's visit: an ended game is archived, an idle lobby expires (see {@link RoomCloser#sweep}). */
    void sweep(long now) {
        ensureOnExecutor();
        closer.sweep(now);
    }

    /** Paused because its journal could not be written (the sweeper retries it). */
    boolean paused() {
        return journal.broken();
    }

    /** Clocks, graces and bots stand still: the journal cannot be written, or the facilitator paused the game. */
    boolean frozen() {
        return journal.broken() || game.state().paused();
    }

    /** A paused room tries its journal again (see {@link RoomPause#heal}); true if the room is (now) writable. */
    boolean heal() {
        ensureOnExecutor();
        return pause.heal();
    }

    // ---- requests (from Rooms, on the executor) ----------------------------------------------------

    void join(Session s, ClientMessage.Join j, String re) {
        ensureOnExecutor();
        seats.join(s, j, re);
    }

    void spectate(Session s, Integer since, String re) {
        ensureOnExecutor();
        views.watch(s, since, re);
    }

    void resume(Session s, ClientMessage.Hello h, String re) {
        ensureOnExecutor();
        seats.resume(s, h, re);
    }

    void leave(Session s, String re) {
        ensureOnExecutor();
        seats.leave(s, re);
    }

    void disconnected(Session s) {
        ensureOnExecutor();
        seats.disconnected(s);
    }

    void rename(Session s, String name, String re) {
        ensureOnExecutor();
        seats.names.rename(s, name, re);
    }

    /**
     * A facilitator's request for this room (on the executor): checks that {@code s} may run it
     * (a teacher's connection, or the room's facilitator key in the request) and does it. Sends no
     * reply: the caller answers with the outcome (one room: an error, or the reply its type has;
     * every room: one {@code facilitated}).
     */
    FacilitationOutcome facilitate(Session s, ClientMessage.Facilitation f) {
        ensureOnExecutor();
        return facilitator.facilitate(s, f);
    }

    /** Runs a connection's request, after the moves of bots that play without a delay (see {@link BotDriver#request}). */
    void request(Runnable r) {
        ensureOnExecutor();
        bots.request(r);
    }

    void propose(Session s, ClientMessage.Propose p, String re) {
        act(s, re, false, party -> new Command.Propose(party, p.round(), p.terms()));
    }

    void vote(Session s, ClientMessage.Vote v, String re) {
        act(s, re, false, party -> new Command.Vote(party, v.round(), v.accept()));
    }

    void say(Session s, ClientMessage.Say m, String re) {
        if (ClientMessage.Say.TEAM.equals(m.to())) {
            ensureOnExecutor();
            if (chatFull()) {
                s.error(ErrorCode.RATE_LIMITED, "this game has reached its limit of " + hall.config().limits().chatPerGame()
                        + " chat messages", re);
                return;
            }
            talk.say(s, m.text(), re); // the team's own channel: not a move, not a public event
            return;
        }
        // a team's line carries who of the team said it, so the team and the receiver can tell
        act(s, re, true, party -> new Command.Say(party, m.to(), m.text(), false,
                seats.seat(party).members.isEmpty() ? null : s.name));
    }

    void suggest(Session s, ClientMessage.Suggest m, String re) {
        ensureOnExecutor();
        talk.suggest(s, m, re);
    }

    void makeLead(Session s, ClientMessage.MakeLead m, String re) {
        ensureOnExecutor();
        teams.makeLead(s, m.name(), re);
    }

    /** A lead's {@code remove_member {name}} (no room: the facilitator's goes through {@link #facilitate}). */
    void removeMember(Session s, ClientMessage.RemoveMember m, String re) {
        ensureOnExecutor();
        teams.removal.removeByLead(s, m.name(), re);
    }

    void observe(Session s, ClientMessage.Observe o, String re) {
        ensureOnExecutor();
        if (o.party() != null) {
            if (scenario.info().partyIndex(o.party()) < 0) {
                s.error(ErrorCode.UNKNOWN_PARTY, "no party '" + org.truce.shared.scenario.PlainText.echo(o.party()) + "' in "
                        + scenario.id(), re);
                return;
            }
            if (!s.teacher && (o.facilitatorKey() == null || !Secrets.matches(o.facilitatorKey(), setup.facilitatorKey()))) {
                s.error(ErrorCode.NOT_FACILITATOR, "only the facilitator attaches an observer to a team: observe without"
                        + " party, and ask them (attach_observer)", re);
                return;
            }
        }
        views.observe(s, o.party(), re);
    }

    /** A seated player's move ({@code move} builds it for their party); the game's chat cap applies to {@code chat}. */
    private void act(Session s, String re, boolean chat, java.util.function.Function<String, Command> move) {
        ensureOnExecutor();
        String party = s.party;
        if (s.room != this || party == null) {
            s.error(ErrorCode.NOT_JOINED, s.room == this ? "spectators cannot act; join a seat" : "join a room's seat first", re);
            return;
        }
        if (!chat && seats.seat(party).session() != s) {
            // a team member: the lead alone tables and votes for the party
            s.error(ErrorCode.NOT_LEAD, "only the lead of your team (" + seats.seat(party).name() + ") tables and votes;"
                    + " suggest it to them instead", re);
            return;
        }
        if (chat && chatFull()) {
            s.error(ErrorCode.RATE_LIMITED, "this game has reached its limit of " + hall.config().limits().chatPerGame()
                    + " chat messages", re);
            return;
        }
        command(move.apply(party), s, re, null);
    }

    // ---- the command pipeline (see {@link RoomPipeline}) ------------------------------------------

    /** Decides, journals and commits a command (see {@link RoomPipeline#command}). */
    boolean command(Command c, Session from, String re, Runnable accepted) {
        return pipeline.command(c, from, re, accepted, List.of());
    }

    /** As {@link #command(Command, Session, String, Runnable)}, with seat lines ({@code before}) journaled in the same write. */
    boolean command(Command c, Session from, String re, Runnable accepted, List<com.google.gson.JsonObject> before) {
        return pipeline.command(c, from, re, accepted, before);
    }

    /** Starts the game once every seat is held; true if it started now. */
    boolean startIfFull() {
        return pipeline.startIfFull();
    }
}
