package org.truce.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventVersions;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Outcome;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.sim.Match;
import org.truce.shared.view.ViewFold.Step;

class ViewFoldTest {
    private static final List<ServerParts.Seat> SEATS = List.of(new ServerParts.Seat("x", "human", "Ann", true, null));

    private final Scenario scenario = TestScenarios.paris();
    private final ScenarioInfo info = scenario.info();
    private final String me = info.partyIds().get(1);

    @Property(tries = 15)
    void foldingABotGamesEventsGivesTheServersFullStateAtEveryStep(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Game played = Match.play(scenario, Map.of(), Difficulty.NORMAL, 8, seed);
        replayChecked(played.events(), 8);
    }

    @Test
    void clockMovesStandInsAndANoDealFoldAsTheEngineDecidesThem() {
        Game g = new Game(info);
        List<String> p = info.partyIds();
        g.start(3, 7L);
        Map<String, String> terms = info.space().toTerms(0);
        accept(g, new Command.Say(p.get(0), p.get(1), "just between us"));
        accept(g, new Command.Propose(p.get(0), 1, terms, true));
        accept(g, new Command.Say(p.get(1), "all", "no way", true));
        accept(g, new Command.Vote(p.get(1), 1, false, true));
        for (String party : p.subList(2, p.size())) {
            accept(g, new Command.Vote(party, 1, true, false));
        }
        accept(g, new Command.Timeout(2, Phase.PROPOSING)); // the round-1 draft goes back on the table, still p0's
        accept(g, new Command.Timeout(2, Phase.VOTING)); // every vote by the clock
        accept(g, new Command.Timeout(3, Phase.PROPOSING));
        accept(g, new Command.Vote(p.get(0), 3, true, false));
        for (String party : p.subList(2, p.size())) {
            accept(g, new Command.Vote(party, 3, true, false));
        }
        accept(g, new Command.Vote(p.get(1), 3, false, false)); // the last round fails: no deal
        assertThat(g.state().isOver()).isTrue();

        SeatView end = replayChecked(g.events(), 3);
        assertThat(end.phase()).isEqualTo(Phase.ENDED);
        assertThat(end.history()).hasSize(3);
        assertThat(end.history().get(0).standIns()).containsExactly(p.get(1));
        assertThat(end.history().get(1).draft().automatic()).isTrue();
        assertThat(end.history().get(1).draft().byStandIn()).isTrue();
        assertThat(end.history().get(1).byClock()).containsExactlyInAnyOrderElementsOf(p);
    }

    @Test
    void theFacilitatorsPauseRoundsAndNewsFoldAsTheEngineHasThem() {
        Game g = new Game(info);
        List<String> p = info.partyIds();
        accept(g, new Command.Announce("Seats, please"));
        g.start(2, 3L);
        accept(g, new Command.Pause());
        accept(g, new Command.ExtendClock(30));
        accept(g, new Command.Resume());
        accept(g, new Command.AddRounds(1));
        accept(g, new Command.FireInject(new org.truce.shared.scenario.Inject("envoy", "Envoy", "Patience runs out.", null,
                Map.of(p.get(1), new org.truce.shared.scenario.InjectEffect(-5, Map.of(), null)))));
        accept(g, new Command.HandSeat(p.get(2), "boulware"));
        accept(g, new Command.Pause());
        accept(g, new Command.Announce("Five minutes to the vote"));
        SeatView paused = replayChecked(g.events(), 2);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.announcements()).extracting(ServerParts.Announcement::text)
                .containsExactly("Seats, please", "Five minutes to the vote");
        assertThat(paused.rounds()).isEqualTo(3);
        assertThat(paused.injects()).extracting(ServerParts.InjectNews::id).containsExactly("envoy");
        accept(g, new Command.Resume());
        for (int r = 1; r <= 3; r++) {
            accept(g, new Command.Timeout(r, Phase.PROPOSING));
        }
        SeatView end = replayChecked(g.events(), 2);
        assertThat(end.phase()).isEqualTo(Phase.ENDED);
        assertThat(end.paused()).isFalse();
        assertThat(end.injects()).hasSize(1);
    }

    @Test
    void anAgreementEndsTheViewWithItsDraft() {
        Game g = new Game(info);
        List<String> p = info.partyIds();
        g.start(4, 1L);
        accept(g, new Command.Propose(p.get(0), 1, info.space().toTerms(1), false));
        for (String party : p.subList(1, p.size())) {
            accept(g, new Command.Vote(party, 1, true, false));
        }
        SeatView end = replayChecked(g.events(), 4);
        assertThat(end.phase()).isEqualTo(Phase.ENDED);
        assertThat(end.history()).singleElement().extracting(SeatView.Round::agreed).isEqualTo(true);
        assertThat(end.drafts()).hasSize(1);
    }

    @Test
    void anEventPastTheNextVersionIsAGapUntilWhatWasMissedOrAFullStateComes() {
        Game g = new Game(info);
        List<String> p = info.partyIds();
        g.start(4, 1L);
        EventVersions versions = EventVersions.of(g.events());
        ViewFold fold = new ViewFold(p);
        assertThat(fold.apply(FullStates.of(info, g.state(), versions, 4, SEATS, me))).isEqualTo(Step.APPLIED);
        SeatView before = fold.view();

        assertThat(fold.apply(new ServerMessage.Event(1, new PublicEvent.Started("x", 4, p)))).isEqualTo(Step.IGNORED);
        assertThat(fold.apply(new ServerMessage.Event(3, new PublicEvent.Voted(1, p.get(1), true, false, null))))
                .isEqualTo(Step.GAP);
        assertThat(fold.hasGap()).isTrue();
        assertThat(fold.view()).isEqualTo(before);
        assertThat(fold.version()).isEqualTo(1); // what to resume since
        // nothing newer folds on a gap, nor a state of another version
        assertThat(fold.apply(new ServerMessage.Event(4, new PublicEvent.Voted(1, p.get(1), true, false, null))))
                .isEqualTo(Step.GAP);
        accept(g, new Command.Propose(p.get(0), 1, info.space().toTerms(0), false));
        accept(g, new Command.Vote(p.get(1), 1, true, false));
        ServerMessage.State full = FullStates.of(info, g.state(), EventVersions.of(g.events()), 4, SEATS, me);
        assertThat(fold.apply(FullStates.live(full))).isEqualTo(Step.GAP);
        assertThat(fold.view()).isEqualTo(before);

        // what was missed comes again from the next version (a resume since 1): the gap mends
        List<ServerMessage> stream = new ArrayList<>();
        EventVersions count = new EventVersions();
        for (Event e : g.events()) {
            stream.add(new ServerMessage.Event(count.observe(e), PublicEvent.of(e)));
        }
        assertThat(fold.apply(stream.get(1))).isEqualTo(Step.APPLIED);
        assertThat(fold.hasGap()).isFalse();
        stream.subList(2, stream.size()).forEach(fold::apply);
        assertThat(fold.apply(FullStates.live(full))).isEqualTo(Step.APPLIED);
        assertThat(fold.view().toState()).isEqualTo(full);

        // a full state sets any gap right
        fold.apply(new ServerMessage.Event(9, new PublicEvent.NoDeal(1)));
        assertThat(fold.hasGap()).isTrue();
        assertThat(fold.apply(full)).isEqualTo(Step.APPLIED);
        assertThat(fold.hasGap()).isFalse();
        assertThat(fold.view().toState()).isEqualTo(full);
    }

    @Test
    void aPublicLineCountsAVersionAndAPrivateOneAheadOfTheViewIsAGap() {
        Game g = new Game(info);
        g.start(4, 1L);
        ViewFold fold = new ViewFold(info.partyIds());
        fold.apply(FullStates.of(info, g.state(), EventVersions.of(g.events()), 4, SEATS, me));
        assertThat(fold.apply(new ServerMessage.Said(me, "all", "hi", 1, null, 2))).isEqualTo(Step.APPLIED);
        assertThat(fold.version()).isEqualTo(2);
        assertThat(fold.apply(new ServerMessage.Said(me, info.partyIds().get(0), "psst", 1, null, 2))).isEqualTo(Step.IGNORED);
        assertThat(fold.apply(new ServerMessage.Said(me, "all", "older server", 1))).isEqualTo(Step.IGNORED);
        assertThat(fold.apply(new ServerMessage.Said(me, info.partyIds().get(0), "psst", 1, null, 3))).isEqualTo(Step.GAP);
    }

    @Test
    void aStateWithoutHistoryBringsTheSeatsAndClockAndKeepsTheFoldsHistory() {
        Game g = new Game(info);
        List<String> p = info.partyIds();
        g.start(4, 1L);
        accept(g, new Command.Timeout(1, Phase.PROPOSING)); // round 1 fails: a history to keep
        ViewFold fold = new ViewFold(p);
        ServerMessage.State full = FullStates.of(info, g.state(), EventVersions.of(g.events()), 4, SEATS, me);
        fold.apply(full);
        List<ServerParts.Seat> seats = List.of(new ServerParts.Seat("x", "bot", "Bob", true, "default"));
        ServerMessage.State live = new ServerMessage.State(full.room(), full.scenario(), full.phase(), full.round(), full.rounds(),
                full.pen(), null, full.votes(), seats, 99L, 5_000L, full.version(), null, null, null, null, me);
        assertThat(fold.apply(live)).isEqualTo(Step.APPLIED);
        assertThat(fold.view().seats()).isEqualTo(seats);
        assertThat(fold.view().remainingMs()).isEqualTo(5_000L);
        assertThat(fold.view().history()).hasSize(1);
        assertThat(fold.view().isPenOf(p.get(1))).isTrue();
    }

    @Test
    void aStateBeforeAnyFullStateIsAGap() {
        ViewFold fold = new ViewFold(info.partyIds());
        Game g = new Game(info);
        g.start(4, 1L);
        assertThat(fold.apply(FullStates.live(FullStates.of(info, g.state(), EventVersions.of(g.events()), 4, SEATS, me))))
                .isEqualTo(Step.GAP);
        assertThat(fold.view()).isNull();
    }

    @Test
    void phaseAndVoteStatusReadTheirWireNames() {
        assertThat(Phase.fromWire("voting")).isEqualTo(Phase.VOTING);
        assertThat(Phase.fromWire("VOTING")).isNull();
        assertThat(Phase.fromWire(null)).isNull();
        assertThat(VoteStatus.fromWire("rejected")).isEqualTo(VoteStatus.REJECTED);
        assertThat(VoteStatus.fromWire("maybe")).isNull();
    }

    private static void accept(Game g, Command c) {
        Outcome o = g.handle(c);
        assertThat(o.isAccepted()).as("%s: %s", c, o.rejection()).isTrue();
    }

    /**
     * Streams a game's events to seat {@code me} as the server does and checks, after every one, that
     * a fold from the lobby's full state, a fold from an empty start (the first event's full state),
     * and a fold that also gets the history-less state all equal the full state of that moment.
     */
    private SeatView replayChecked(List<Event> events, int setupRounds) {
        Game game = new Game(info);
        EventVersions versions = new EventVersions();
        ViewFold fromLobby = new ViewFold(info.partyIds());
        ViewFold withStates = new ViewFold(info.partyIds());
        ServerMessage.State lobby = FullStates.of(info, game.state(), versions, setupRounds, SEATS, me);
        assertThat(fromLobby.apply(lobby)).isEqualTo(Step.APPLIED);
        withStates.apply(lobby);
        List<ServerMessage> sent = new ArrayList<>();
        for (Event e : events) {
            game.commit(List.of(e));
            int v = versions.observe(e);
            ServerMessage m = streamed(e, v);
            ServerMessage.State full = FullStates.of(info, game.state(), game.events(), versions, setupRounds, SEATS, me);
            if (m == null) {
                continue; // a private line between others: this seat never hears of it
            }
            sent.add(m);
            assertThat(fromLobby.apply(m)).as("%s", m).isIn(Step.APPLIED, Step.IGNORED);
            assertThat(fromLobby.view().toState()).as("after %s", m).isEqualTo(full);
            assertThat(fromLobby.view()).isEqualTo(SeatView.of(full));
            withStates.apply(m);
            assertThat(withStates.apply(FullStates.live(full))).isEqualTo(Step.APPLIED);
            assertThat(withStates.view()).isEqualTo(fromLobby.view());
        }
        assertThat(fromLobby.hasGap()).isFalse();
        // the same messages folded again from a fresh lobby state tell the same story
        ViewFold again = new ViewFold(info.partyIds());
        again.apply(lobby);
        sent.forEach(again::apply);
        assertThat(again.view()).isEqualTo(fromLobby.view());
        return fromLobby.view();
    }

    /** What seat {@code me} gets for an event in stream mode: an event, a line it may see, or nothing. */
    private ServerMessage streamed(Event e, int version) {
        PublicEvent pe = PublicEvent.of(e);
        if (pe != null) {
            return new ServerMessage.Event(version, pe);
        }
        Event.Said s = (Event.Said) e;
        if (!"all".equals(s.to()) && !me.equals(s.to()) && !me.equals(s.from())) {
            return null;
        }
        return new ServerMessage.Said(s.from(), s.to(), s.text(), s.round(), s.standIn(), version);
    }
}
