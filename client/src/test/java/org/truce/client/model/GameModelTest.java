package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static final String US_LINE = "Great deal. The United States accepts.";

    private static List<String> lines(GameModel m) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : m.log()) {
            out.add("[" + e.round() + "] " + e.text().replaceAll(" Worth .*", ""));
        }
        return out;
    }

    private static void send(GameModel m, List<ServerMessage> messages) {
        messages.forEach(m::apply);
    }

    /** Round 1 of the four-seat game: UA tables, RU rejects, the US comments and accepts, the EU's reject closes the round. */
    private static List<ServerMessage> roundOne(Table t) {
        List<ServerMessage> out = new ArrayList<>();
        out.add(t.state());
        out.addAll(t.run(new Command.Propose("UA", 1, t.firstOptions())));
        out.addAll(t.run(new Command.Vote("RU", 1, false)));
        out.addAll(t.run(new Command.Say("US", "all", US_LINE)));
        out.addAll(t.run(new Command.Vote("US", 1, true)));
        out.addAll(t.run(new Command.Vote("EU", 1, false)));
        out.addAll(t.run(new Command.Say("EU", "all", "Not like this.")));
        return out;
    }

    @Test
    void theVoteThatDecidesARoundIsLoggedAndEveryLineSitsInItsRound() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        send(m, roundOne(t));
        assertThat(lines(m)).containsExactly(
                "[1] Round 1 of 6: Ukraine (you) hold the pen.",
                "[1] You tabled a draft.",
                "[1] Russia rejects.",
                "[1] United States: " + US_LINE,
                "[1] United States accepts.",
                "[1] Coalition of the Willing rejects.",
                "[1] Round 1 failed: rejected by Russia, the Coalition of the Willing.",
                "[2] Round 2 of 6: Russia holds the pen.",
                "[2] Coalition of the Willing: Not like this.");
    }

    /** After a resume the server replays the chat, then the state: one log, in the table's order, nothing twice. */
    @Test
    void aResumeKeepsTheLogInOrderWithNothingTwice() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        List<ServerMessage> played = roundOne(t);
        played.addAll(t.run(new Command.Propose("RU", 2, t.firstOptions())));
        played.addAll(t.run(new Command.Say("US", "all", "Round two talk.")));

        GameModel live = new GameModel();
        live.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        send(live, played);
        List<String> before = lines(live);

        // the same seat resumed on a fresh client, and again on the one that saw it all
        List<ServerMessage> resume = new ArrayList<>();
        resume.add(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        for (ServerMessage x : played) {
            if (x instanceof ServerMessage.Said) {
                resume.add(x);
            }
        }
        resume.add(t.state());
        GameModel fresh = new GameModel();
        send(fresh, resume);
        send(live, resume);

        assertThat(lines(live)).as("nothing doubled on the client that saw it").isEqualTo(before);
        assertThat(lines(fresh)).containsExactly(
                "[1] Round 1 of 6: Ukraine (you) hold the pen.",
                "[1] You tabled a draft.",
                "[1] United States: " + US_LINE,
                "[1] Russia rejects.",
                "[1] United States accepts.",
                "[1] Coalition of the Willing rejects.",
                "[1] Round 1 failed: rejected by Russia, the Coalition of the Willing.",
                "[2] Round 2 of 6: Russia holds the pen.",
                "[2] Russia tabled a draft.",
                "[2] Coalition of the Willing: Not like this.",
                "[2] United States: Round two talk.");
    }

    /** The clock re-tables UA's draft in RU's round: it stays UA's, and the timeout is told once. */
    @Test
    void aDraftReTabledByTheClockKeepsItsAuthorAndIsToldOnce() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "US", 6);
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "US", "tok", sc.brief("US"), sc.info()));
        send(m, roundOne(t));
        m.apply(new ServerMessage.Notice("timeout", "RU ran out of time to table: the last draft (round 1) goes back on the table"));
        send(m, t.run(new Command.Timeout(2, Phase.PROPOSING)));
        assertThat(m.state().draft().by()).isEqualTo("UA");
        assertThat(m.originRound(m.state().draft())).isEqualTo(1);
        m.apply(new ServerMessage.Notice("timeout", "Voting time ran out: no vote from UA, RU, EU counts as a rejection"));
        send(m, t.run(new Command.Vote("US", 2, true)));
        send(m, t.run(new Command.Timeout(2, Phase.VOTING)));
        List<String> round2 = lines(m).stream().filter(l -> l.startsWith("[2]")).toList();
        assertThat(round2).containsExactly(
                "[2] Round 2 of 6: Russia holds the pen.",
                "[2] Coalition of the Willing: Not like this.",
                "[2] Russia ran out of time: Ukraine's draft of round 1 is back on the table.",
                "[2] You accept.",
                "[2] Ukraine did not vote in time: counted as a rejection.",
                "[2] Russia did not vote in time: counted as a rejection.",
                "[2] Coalition of the Willing did not vote in time: counted as a rejection.",
                "[2] Round 2 failed: rejected by Ukraine, Russia, the Coalition of the Willing.");
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
