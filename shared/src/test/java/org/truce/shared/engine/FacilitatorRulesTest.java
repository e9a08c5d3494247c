package org.truce.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.scenario.Inject;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.ScenarioInfo;

/** The facilitator's commands in the rules: pause, resume, extend, add rounds, announce, injects, seats. */
class FacilitatorRulesTest {
    private final ScenarioInfo info = TestScenarios.paris().info();
    private Game game;

    @BeforeEach
    void start() {
        game = new Game(info);
        game.start(3, 42);
    }

    /** A package: every term at its first option. */
    private Map<String, String> all(String unused) {
        return info.space().toTerms(0);
    }

    private Outcome handle(Command c) {
        return game.handle(c);
    }

    private RejectReason rejected(Command c) {
        Outcome o = game.handle(c);
        assertThat(o.isAccepted()).as("expected a rejection of %s", c).isFalse();
        return o.rejection().reason();
    }

    @Test
    void aPausedGameRefusesMovesAndTheClockButNotChatThenResumes() {
        assertThat(handle(new Command.Pause()).events()).containsExactly(new Event.Paused(1));
        assertThat(game.state().paused()).isTrue();
        assertThat(rejected(new Command.Propose("UA", 1, all("x")))).isEqualTo(RejectReason.PAUSED);
        assertThat(rejected(new Command.Timeout(1, Phase.PROPOSING))).isEqualTo(RejectReason.PAUSED);
        assertThat(rejected(new Command.Pause())).isEqualTo(RejectReason.ALREADY_PAUSED);
        assertThat(handle(new Command.Say("UA", "all", "still talking")).isAccepted()).isTrue();
        assertThat(handle(new Command.Resume()).events()).containsExactly(new Event.Resumed(1));
        assertThat(game.state().paused()).isFalse();
        assertThat(rejected(new Command.Resume())).isEqualTo(RejectReason.NOT_PAUSED);
        assertThat(handle(new Command.Propose("UA", 1, all("x"))).isAccepted()).isTrue();
    }

    @Test
    void addedRoundsLetTheGameGoOnPastItsOldLastRound() {
        assertThat(handle(new Command.AddRounds(2)).events()).containsExactly(new Event.RoundsAdded(1, 2, 5));
        assertThat(game.state().rounds()).isEqualTo(5);
        assertThat(rejected(new Command.AddRounds(46))).isEqualTo(RejectReason.TOO_MANY_ROUNDS);
        assertThat(rejected(new Command.AddRounds(0))).isEqualTo(RejectReason.TOO_MANY_ROUNDS);
        for (int r = 1; r <= 3; r++) {
            handle(new Command.Timeout(r, Phase.PROPOSING)); // no draft ever: each round fails
        }
        assertThat(game.state().isOver()).isFalse();
        assertThat(game.state().round()).isEqualTo(4);
    }

    @Test
    void anExtensionNamesTheClockItExtendsAndNeedsSensibleSeconds() {
        assertThat(handle(new Command.ExtendClock(60)).events()).containsExactly(new Event.ClockExtended(1, "proposing", 60));
        assertThat(rejected(new Command.ExtendClock(0))).isEqualTo(RejectReason.BAD_SECONDS);
        assertThat(rejected(new Command.ExtendClock(3601))).isEqualTo(RejectReason.BAD_SECONDS);
    }

    @Test
    void anInjectFiresOnceAndRecordsItsEffects() {
        Inject news = new Inject("envoy", "Envoy", "Washington's patience runs out.", null,
                Map.of("RU", new InjectEffect(-5, Map.of(), "We lose time.")));
        Outcome o = handle(new Command.FireInject(news));
        assertThat(o.events()).singleElement().isInstanceOfSatisfying(Event.InjectFired.class, e -> {
            assertThat(e.id()).isEqualTo("envoy");
            assertThat(e.effects()).containsOnlyKeys("RU");
        });
        assertThat(game.state().injects()).containsExactly("envoy");
        assertThat(rejected(new Command.FireInject(news))).isEqualTo(RejectReason.ALREADY_FIRED);
        Inject stray = new Inject("stray", "Stray", "x", null, Map.of("XX", new InjectEffect(1, Map.of(), null)));
        assertThat(rejected(new Command.FireInject(stray))).isEqualTo(RejectReason.UNKNOWN_PARTY);
    }

    @Test
    void inTheLobbyOnlyAnnouncementsAndSeatsAreAllowed() {
        Game lobby = new Game(info);
        assertThat(lobby.handle(new Command.Announce("Welcome to the Paris table")).events())
                .containsExactly(new Event.Announced(0, "Welcome to the Paris table"));
        assertThat(lobby.handle(new Command.HandSeat("RU", "boulware")).events())
                .containsExactly(new Event.SeatHanded(0, "RU", "boulware"));
        assertThat(lobby.handle(new Command.Pause()).rejection().reason()).isEqualTo(RejectReason.NOT_STARTED);
        assertThat(lobby.handle(new Command.HandSeat("XX", null)).rejection().reason()).isEqualTo(RejectReason.UNKNOWN_PARTY);
        assertThat(lobby.handle(new Command.Announce("\u200b")).rejection().reason()).isEqualTo(RejectReason.BAD_TEXT);
    }

    @Test
    void aGameThatEndsIsNoLongerPausedAndRefusesTheFacilitator() {
        handle(new Command.AddRounds(0 + 1)); // 4 rounds
        handle(new Command.Pause());
        handle(new Command.Resume());
        for (int r = 1; r <= 4; r++) {
            handle(new Command.Timeout(r, Phase.PROPOSING));
        }
        assertThat(game.state().isOver()).isTrue();
        assertThat(rejected(new Command.Pause())).isEqualTo(RejectReason.GAME_OVER);
        assertThat(rejected(new Command.Announce("too late"))).isEqualTo(RejectReason.GAME_OVER);
    }

    @Test
    void replayingTheRecordGivesTheSameStatePauseRoundsAndInjectsIncluded() {
        handle(new Command.Pause());
        handle(new Command.AddRounds(4));
        handle(new Command.FireInject(new Inject("hubs", "Hubs", "Britain and France announce hubs.", 2,
                Map.of("UA", new InjectEffect(4.5, Map.of("force", 1.5), "Boots on the ground.")))));
        handle(new Command.Announce("Five minutes"));
        List<Event> record = game.events();
        List<Event> decoded = record.stream().map(e -> EventCodec.fromJson(EventCodec.toJson(e))).toList();
        assertThat(decoded).isEqualTo(record);
        GameState replayed = GameState.replay(info, decoded);
        assertThat(replayed).isEqualTo(game.state());
        assertThat(replayed.paused()).isTrue();
        assertThat(replayed.rounds()).isEqualTo(7);
        assertThat(replayed.injects()).containsExactly("hubs");
    }
}
