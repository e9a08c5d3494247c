package org.truce.shared.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * One game: the rules applied to a growing event list. Not thread-safe: the server gives each
 * room a single thread that owns its game.
 */
public final class Game {
    private final List<Event> events = new ArrayList<>();
    private GameState state;

    /** A game in the lobby for this scenario, with no events yet. */
    public Game(ScenarioInfo info) {
        this.state = GameState.lobby(info);
    }

    /** Rebuilds a game from its recorded events. */
    public static Game replay(ScenarioInfo info, List<Event> events) {
        Game g = new Game(info);
        for (Event e : events) {
            g.record(e);
        }
        return g;
    }

    /** Starts the game (from the lobby) and returns the start event. */
    public Event.GameStarted start(int rounds, long seed) {
        if (state.phase() != Phase.LOBBY) {
            throw new IllegalStateException("game already started");
        }
        Event.GameStarted e = Rules.start(state.info(), rounds, seed);
        record(e);
        return e;
    }

    /** Decides the command and, if accepted, records its events. */
    public Outcome handle(Command command) {
        Outcome o = decide(command);
        commit(o.events());
        return o;
    }

    /**
     * Decides a command against the current state without recording anything: a server writes
     * the events to disk first and then {@link #commit}s them, so that memory never runs ahead
     * of the log.
     */
    public Outcome decide(Command command) {
        return Rules.decide(state, command);
    }

    /** Records events decided by {@link #decide} in this state (and nothing happened in between). */
    public void commit(List<Event> decided) {
        for (Event e : decided) {
            record(e);
        }
    }

    private void record(Event e) {
        state = state.apply(e);
        events.add(e);
    }

    /** The state after every recorded event. */
    public GameState state() {
        return state;
    }

    /** Every event recorded so far, oldest first (read-only view). */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }
}
