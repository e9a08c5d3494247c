package org.truce.client.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.Epilogue;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Draft;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.report.DraftMarks;
import org.truce.shared.scenario.Scenario;

/**
 * A finished game cut into steps for {@code truce replay}: the start, then each tabling and each
 * round's votes. Each step rebuilds the table from the events so far ({@link GameState#replay}) as
 * the server would send it, and judges the step's draft on the scenario as it stood then.
 */
public final class ReplaySteps {
    /** One step: how many events it covers, the round it belongs to, and whether it is that round's votes (else a tabling or the start). */
    public record Step(int events, int round, boolean votes) {
    }

    private final String code;
    private final Scenario scenario;
    private final List<Event> events;
    private final List<Step> steps = new ArrayList<>();
    private ServerMessage.GameOver gameOver;

    /** The steps of {@code events}, a finished game of {@code scenario} (as set up) in room {@code code}. */
    public ReplaySteps(String code, Scenario scenario, List<Event> events) {
        this.code = code;
        this.scenario = scenario;
        this.events = List.copyOf(events);
        int start = 0;
        while (start < events.size() && events.get(start) instanceof Event.GameStarted) {
            start++;
        }
        steps.add(new Step(start, 1, false));
        for (int i = start; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Tabled t) {
                steps.add(new Step(i + 1, t.round(), false));
            } else if (e instanceof Event.RoundFailed f) {
                steps.add(new Step(i + 1, f.round(), true));
            } else if (e instanceof Event.Agreed a) {
                steps.add(new Step(i + 1, a.round(), true));
            } else if (e instanceof Event.NoDealReached n) {
                Step last = steps.get(steps.size() - 1);
                if (last.events() == i && last.round() == n.round()) {
                    steps.remove(steps.size() - 1); // the last round's failure ends the game: one step
                }
                steps.add(new Step(i + 1, n.round(), true));
            }
        }
        Step last = steps.get(steps.size() - 1);
        if (last.events() < events.size()) {
            steps.set(steps.size() - 1, new Step(events.size(), last.round(), last.votes()));
        }
    }

    /** The room's code. */
    public String code() {
        return code;
    }

    /** Every step, the start first. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The rounds played. */
    public int rounds() {
        return steps.get(steps.size() - 1).round();
    }

    /** The game as it stood after step {@code k} (0 = the start). */
    public GameState game(int k) {
        return GameState.replay(scenario.info(), events.subList(0, steps.get(k).events()));
    }

    /** The scenario as it stood after step {@code k}: the news fired so far applied. */
    public Scenario scenarioAt(int k) {
        List<Scenario.Fired> fired = new ArrayList<>();
        for (Event e : events.subList(0, steps.get(k).events())) {
            if (e instanceof Event.InjectFired i) {
                fired.add(i.fired());
            }
        }
        return scenario.after(fired);
    }

    /** The draft step {@code k} shows (the latest tabled), or null before the first. */
    public Draft draft(int k) {
        return game(k).lastDraft();
    }

    /** Step {@code k}'s draft judged on the scenario then (utilities, Pareto, Nash of its round), or null with no draft. */
    public AgreementAnalysis analysis(int k) {
        Draft d = draft(k);
        if (d == null) {
            return null;
        }
        Scenario s = scenarioAt(k);
        return Analysis.of(s).assess(d.pkg(), d.round());
    }

    /**
     * The game_over a current server sent at the end: the outcome, scores, every brief, the analysis,
     * the epilogue (when the scenario has one) and each tabled draft's marks, on the scenario as the
     * news left it.
     */
    public ServerMessage.GameOver gameOver() {
        if (gameOver == null) {
            gameOver = makeGameOver(); // every draft analysed on its round's scenario: once, not at every key
        }
        return gameOver;
    }

    private ServerMessage.GameOver makeGameOver() {
        int last = steps.size() - 1;
        GameState g = game(last);
        Scenario s = scenarioAt(last);
        Analysis a = Analysis.of(s);
        return new ServerMessage.GameOver(g.agreement() == null ? null : s.space().toTerms(g.agreement()), g.round(),
                Scoring.results(s, g), s.briefs(), a.assess(g.agreement(), g.round()), Epilogue.of(s, g.agreement()),
                DraftMarks.of(scenario, events, a));
    }

    /** The full state a spectator of the room would have got after step {@code k} (built as the server's room builds it). */
    public ServerMessage.State state(int k) {
        List<Event> prefix = events.subList(0, steps.get(k).events());
        GameState g = GameState.replay(scenario.info(), prefix);
        EventVersions versions = new EventVersions();
        List<ServerParts.InjectNews> news = new ArrayList<>();
        List<ServerParts.Announcement> said = new ArrayList<>();
        for (Event e : prefix) {
            int v = versions.observe(e);
            if (e instanceof Event.InjectFired i) {
                news.add(new ServerParts.InjectNews(i.round(), i.id(), i.title(), i.text()));
            } else if (e instanceof Event.Announced a) {
                said.add(new ServerParts.Announcement(a.round(), a.text(), v));
            }
        }
        Map<String, String> votes = new LinkedHashMap<>();
        g.votes().forEach((p, v) -> votes.put(p, v.wire()));
        List<ServerParts.Seat> seats = new ArrayList<>();
        for (String p : scenario.info().partyIds()) {
            seats.add(new ServerParts.Seat(p, "human", p, true, null));
        }
        List<ServerParts.RoundView> history = new ArrayList<>();
        for (RoundRecord r : g.history()) {
            Map<String, String> rv = new LinkedHashMap<>();
            r.votes().forEach((p, v) -> rv.put(p, v.wire()));
            history.add(new ServerParts.RoundView(r.round(), r.pen(), view(r.draft()), rv, r.agreed(),
                    r.byClock().isEmpty() ? null : r.byClock(), versions.tabledAt(r.round()), versions.votedAt(r.round()),
                    r.standIns().isEmpty() ? null : r.standIns()));
        }
        ServerParts.DraftView draft = view(g.draft());
        RoundRecord voted = steps.get(k).votes() ? record(g, steps.get(k).round()) : null;
        if (voted != null && voted.draft() != null) {
            // a round's votes show the draft voted on with every vote, even once the table moved on or the talks ended
            draft = view(voted.draft());
            votes.clear();
            for (Map.Entry<String, org.truce.shared.engine.VoteStatus> v : voted.votes().entrySet()) {
                votes.put(v.getKey(), v.getValue().wire());
            }
        }
        boolean open = !g.isOver();
        return new ServerMessage.State(code, scenario.id(), g.phase().wire(), g.round(), g.rounds(), g.pen(), draft,
                votes, seats, null, null, versions.version(), open ? versions.tabledAt(g.round()) : null,
                open ? versions.votedAt(g.round()) : null, null, false, news, said, history, null);
    }

    /** The closed round {@code round} of {@code g}, or null. */
    private static RoundRecord record(GameState g, int round) {
        for (RoundRecord r : g.history()) {
            if (r.round() == round) {
                return r;
            }
        }
        return null;
    }

    private ServerParts.DraftView view(Draft d) {
        return d == null ? null : new ServerParts.DraftView(d.round(), d.by(), scenario.space().toTerms(d.pkg()), d.automatic(),
                d.standIn() ? Boolean.TRUE : null);
    }
}
