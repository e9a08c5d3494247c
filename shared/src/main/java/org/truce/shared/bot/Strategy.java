package org.truce.shared.bot;

import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.scenario.Package;

/** A way of negotiating: what to table as pen holder and whether to accept a draft. */
interface Strategy {
    /** The package to table now (it never crosses the bot's own red lines). */
    Package table(GameState state);

    /**
     * Whether to accept the draft. The bot separately refuses anything below its no-deal value
     * or across a red line, whatever the strategy says.
     */
    boolean accept(GameState state, Package draft);

    /**
     * The least utility the bot accepts now: what it expects from going on (its continuation
     * value), never below its no-deal value, plus its margin and holdout.
     */
    double aspiration(GameState state);

    /**
     * Sees an event this seat may see (public events and chat addressed to it); does nothing unless the strategy learns
     * from play.
     */
    default void observe(Event event) {
    }
}
