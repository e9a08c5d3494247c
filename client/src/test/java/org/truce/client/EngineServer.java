package org.truce.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.truce.client.net.Connection;
import org.truce.client.net.ConnectionListener;
import org.truce.client.net.Connector;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.bot.Bot;
import org.truce.shared.bot.BotAction;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Outcome;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Scenario;

/**
 * A stand-in for the server in screen tests: one room, the real rules engine and bots, no
 * network and no clock. Answers on its own thread, like a server would.
 */
public final class EngineServer implements Connection {
    private final Scenario scenario;
    private final ConnectionListener listener;
    private final ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "engine-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Bot> bots = new LinkedHashMap<>();
    private final List<ServerMessage> sent = new ArrayList<>();
    private Game game;
    /** The id of the request being handled: its first state or error carries it back as {@code re}, as a server's does. */
    private String re;
    private ClientMessage.CreateRoom room;
    private String me;

    private EngineServer(Scenario scenario, ConnectionListener listener) {
        this.scenario = scenario;
        this.listener = listener;
        exec.submit(() -> listener.onLink(true, "engine", 0));
    }

    public static Connector connector(Scenario scenario) {
        return (hello, listener) -> new EngineServer(scenario, listener);
    }

    @Override
    public void send(ClientMessage m) {
        send(m, null);
    }

    @Override
    public void send(ClientMessage m, String id) {
        exec.submit(() -> {
            try {
                re = id;
                handle(m);
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        });
    }

    @Override
    public void close() {
        exec.shutdownNow();
    }

    private void out(ServerMessage m) {
        sent.add(m);
        String answers = null;
        if (m instanceof ServerMessage.State || m instanceof ServerMessage.Error || m instanceof ServerMessage.Joined
                || m instanceof ServerMessage.RoomCreated) {
            answers = re;
            re = null;
        }
        listener.onMessage(m, answers);
    }

    private void handle(ClientMessage m) {
        if (m instanceof ClientMessage.CreateRoom c) {
            room = c;
            out(new ServerMessage.RoomCreated("TEST", "key"));
        } else if (m instanceof ClientMessage.Join j) {
            me = j.party();
            game = new Game(scenario.info());
            long seed = room.seed() == null ? 1 : room.seed();
            for (Map.Entry<String, String> b : room.bots().entrySet()) {
                bots.put(b.getKey(), Bot.create(scenario.info(), scenario.brief(b.getKey()), scenario.utility(b.getKey()),
                        b.getValue(), Difficulty.parse(room.difficulty()), seed));
            }
            out(new ServerMessage.Joined("TEST", me, "token", scenario.brief(me), scenario.info()));
            record(List.of(game.start(room.rounds() == null ? scenario.info().rounds() : room.rounds(), seed)));
            runBots();
        } else if (m instanceof ClientMessage.Propose p) {
            apply(new Command.Propose(me, p.round(), p.terms()));
        } else if (m instanceof ClientMessage.Vote v) {
            apply(new Command.Vote(me, v.round(), v.accept()));
        } else if (m instanceof ClientMessage.Say s) {
            apply(new Command.Say(me, s.to(), s.text()));
        }
    }

    private void apply(Command c) {
        Outcome o = game.handle(c);
        if (!o.isAccepted()) {
            out(ServerMessage.Error.of(ErrorCode.of(o.rejection().reason()), String.valueOf(o.rejection().message())));
            return;
        }
        record(o.events());
        runBots();
    }

    private void record(List<Event> events) {
        for (Event e : events) {
            for (Bot b : bots.values()) {
                b.observe(e);
            }
            if (e instanceof Event.Said s && ("all".equals(s.to()) || me.equals(s.to()) || me.equals(s.from()))) {
                out(new ServerMessage.Said(s.from(), s.to(), s.text(), s.round()));
            }
        }
        out(state());
        if (game.state().isOver()) {
            GameState g = game.state();
            var results = Scoring.results(scenario, g.agreement(), g.round());
            out(new ServerMessage.GameOver(g.agreement() == null ? null : scenario.space().toTerms(g.agreement()), g.round(),
                    results, scenario.briefs(), null));
        }
    }

    private void runBots() {
        boolean acted = true;
        while (acted && !game.state().isOver()) {
            acted = false;
            for (Bot b : bots.values()) {
                BotAction a = b.act(game.state());
                if (a != null) {
                    List<Event> events = new ArrayList<>();
                    if (a.line() != null && !a.line().isBlank()) {
                        // like the server: the words come in the move's round, before it
                        events.addAll(game.handle(new Command.Say(b.party(), "all", a.line())).events());
                    }
                    events.addAll(game.handle(a.command()).events());
                    record(events);
                    acted = true;
                    break;
                }
            }
        }
    }

    private ServerMessage.State state() {
        GameState g = game.state();
        Map<String, String> votes = new LinkedHashMap<>();
        g.votes().forEach((p, v) -> votes.put(p, v.wire()));
        List<ServerParts.Seat> seats = new ArrayList<>();
        for (String p : scenario.info().partyIds()) {
            seats.add(new ServerParts.Seat(p, p.equals(me) ? "human" : "bot", p, true, p.equals(me) ? null : "default"));
        }
        List<ServerParts.RoundView> history = new ArrayList<>();
        for (RoundRecord r : g.history()) {
            Map<String, String> rv = new LinkedHashMap<>();
            r.votes().forEach((p, v) -> rv.put(p, v.wire()));
            history.add(new ServerParts.RoundView(r.round(), r.pen(), view(r.draft()), rv, r.agreed(),
                    r.byClock().isEmpty() ? null : r.byClock()));
        }
        return new ServerMessage.State("TEST", scenario.id(), g.phase().wire(), g.round(), g.rounds(), g.pen(), view(g.draft()),
                votes, seats, null, null, history, me);
    }

    private ServerParts.DraftView view(Draft d) {
        return d == null ? null : new ServerParts.DraftView(d.round(), d.by(), scenario.space().toTerms(d.pkg()), d.automatic());
    }

    static boolean pending(VoteStatus v) {
        return v == VoteStatus.PENDING;
    }
}
