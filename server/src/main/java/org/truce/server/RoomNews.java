package org.truce.server;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Inject;
import org.truce.shared.scenario.Scenario;

/**
 * A room's news: the injects fired so far and what they did. The room plays the effective
 * scenario, its base scenario after every fired inject ({@link Scenario#after}), rebuilt from the
 * recorded {@link Event.InjectFired} effects, so a restart gives the same briefs. When news fires,
 * the affected parties' bots play on with their new utilities, each affected seat's player gets
 * its new brief privately, and everyone gets the headline. Injects with an {@code atRound} fire by
 * themselves when that round begins. Touched only on the room's executor.
 */
final class RoomNews {
    private static final Logger LOG = LoggerFactory.getLogger(RoomNews.class);

    private final Room room;
    /** The news so far as states carry it, oldest first. */
    private final List<ServerParts.InjectNews> news = new ArrayList<>();

    RoomNews(Room room) {
        this.room = room;
        for (Event e : room.game.events()) {
            if (e instanceof Event.InjectFired i) {
                news.add(view(i));
            }
        }
    }

    /** The scenario as it stands after the injects these events fired (the base one if none did). */
    static Scenario effective(Scenario base, List<Event> events) {
        List<Scenario.Fired> fired = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Event.InjectFired i) {
                fired.add(i.fired());
            }
        }
        return base.after(fired);
    }

    /** The news fired so far (for {@code state.injects}). */
    List<ServerParts.InjectNews> news() {
        return List.copyOf(news);
    }

    /** Fires {@code inject} through the room's pipeline (journaled, public); false if it was refused. */
    boolean fire(Inject inject) {
        return room.command(new Command.FireInject(inject), null, null, null);
    }

    /**
     * An inject fired (the event is committed): the room plays the new effective scenario, the
     * affected bots and stand-ins take it at once, each affected seat's player gets its brief, and
     * everyone the headline.
     */
    void fired(Event.InjectFired e) {
        room.scenario = effective(room.baseScenario, room.game.events());
        news.add(view(e));
        room.bots.rebrief(e.effects().keySet());
        for (String party : e.effects().keySet()) {
            Seat seat = room.seats.seat(party);
            for (Session s : seat == null ? java.util.List.<Session>of() : seat.sessions()) { // the lead and the team's members
                if (s.classroom) { // an older client cannot read it; it sees the news notice
                    s.send(new ServerMessage.BriefUpdate(room.code, party, e.id(), room.scenario.brief(party)));
                }
            }
        }
        LOG.info("room {}: inject {} fired in round {}", room.code, e.id(), e.round());
        room.views.notice(NoticeKind.INJECT, "NEWS: " + e.title() + " \u2014 " + e.text());
    }

    /** A round began (or the room came back after a restart): the injects due by it that have not fired yet fire now, in file order. */
    void roundBegan() {
        GameState g = room.game.state();
        if (g.isOver()) {
            return;
        }
        for (Inject i : room.baseScenario.injects()) {
            if (i.atRound() != null && i.atRound() <= g.round() && !room.game.state().injects().contains(i.id())) {
                fire(i);
            }
        }
    }

    private static ServerParts.InjectNews view(Event.InjectFired i) {
        return new ServerParts.InjectNews(i.round(), i.id(), i.title(), i.text());
    }
}
