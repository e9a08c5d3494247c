package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.client.model.Table.US_LINE;
import static org.truce.client.model.Table.lines;
import static org.truce.client.model.Table.roundOne;
import static org.truce.client.model.Table.send;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** What the model keeps of what a server sends: never others' private lines; a spectator keeps no brief. */
class GameModelTest {

    @Test
    void privateLinesBetweenOthersAreDroppedAndSpectatingForgetsTheBrief() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        m.apply(new Table(sc, "UA", 3).state());
        assertThat(m.apply(new ServerMessage.Said("RU", "US", "secret deal", 1))).isFalse();
        assertThat(m.apply(new ServerMessage.Said("RU", "UA", "to you", 1))).isTrue();
        assertThat(m.apply(new ServerMessage.Said("UA", "FR", "from you", 1))).isTrue();
        assertThat(m.apply(new ServerMessage.Said("RU", "all", "to all", 1))).isTrue();
        assertThat(m.log()).extracting(LogEntry::text).noneMatch(t -> t.contains("secret deal")).filteredOn(t -> t.contains(" you") || t.contains("all")).hasSize(3);

        m.apply(new ServerMessage.Spectating("ROOM2", sc.info()));
        assertThat(m.brief()).isNull();
        assertThat(m.worth()).isNull();
        assertThat(m.gameOver()).isNull();
        assertThat(m.apply(new ServerMessage.Said("RU", "UA", "not for a spectator", 1))).isFalse();
    }

    /** The player's clock is two minutes behind the server's: the countdown runs from the state's arrival, not from the deadline. */
    @Test
    void theCountdownRunsOnTheLocalMonotonicClockFromTheServersRemainingTime() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        long serverNow = 1_700_000_000_000L;
        AtomicLong wall = new AtomicLong(serverNow - 120_000); // two minutes behind
        AtomicLong mono = new AtomicLong(5_000);
        GameModel m = new GameModel(wall::get, mono::get);
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        Table t = new Table(sc, "UA", 6);
        ServerMessage.State s = t.state();
        m.apply(new ServerMessage.State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(), s.draft(), s.votes(),
                s.seats(), serverNow + 60_000, 60_000L, s.history(), s.you()));
        assertThat(m.millisLeft()).isEqualTo(60_000L);
        mono.addAndGet(4_000);
        wall.addAndGet(4_000);
        assertThat(m.millisLeft()).isEqualTo(56_000L);
        mono.addAndGet(56_000);
        wall.addAndGet(56_000);
        assertThat(m.millisLeft()).as("the server has timed the player out: so does the header").isZero();

        // an old server sends only the deadline: the wall clock is all there is
        GameModel old = new GameModel(wall::get, mono::get);
        old.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        old.apply(new ServerMessage.State(s.room(), s.scenario(), s.phase(), s.round(), s.rounds(), s.pen(), s.draft(), s.votes(),
                s.seats(), wall.get() + 30_000, null, s.history(), s.you()));
        assertThat(old.millisLeft()).isEqualTo(30_000L);
    }

    @Test
    void aStandInIsMarkedAsOneInTheLog() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.standIns.add("US");
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        send(m, roundOne(t));
        assertThat(lines(m)).contains("[1] United States (stand-in): " + US_LINE, "[1] United States (stand-in) accepts.");
        assertThat(m.isStandIn("US")).isTrue();
        assertThat(m.isStandIn("RU")).isFalse();
    }

    @Test
    void namesReadAsEnglish() throws Exception {
        Names n = new Names(ScenarioLoader.builtIn("paris-summit-4").info());
        assertThat(n.possessive("US")).isEqualTo("the United States'");
        assertThat(n.possessiveSubject("US")).isEqualTo("The United States'");
        assertThat(n.possessive("UA")).isEqualTo("Ukraine's");
        assertThat(n.inText("EU")).isEqualTo("the Coalition of the Willing");
        assertThat(n.subject("EU")).isEqualTo("The Coalition of the Willing");
        assertThat(n.shortName("EU")).isEqualTo("Coalition");
        assertThat(n.shortName("RU")).isEqualTo("Russia");
        assertThat(n.party("EU")).isEqualTo("Coalition of the Willing");
    }
}
