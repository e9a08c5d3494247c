package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.client.model.Table.US_LINE;
import static org.truce.client.model.Table.lines;
import static org.truce.client.model.Table.roundOne;
import static org.truce.client.model.Table.send;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The event log (L): every event in order, in its round, told once, live or after a resume or re-spectate. */
class EventLogTest {

    @Test
    void theVoteThatDecidesARoundIsLoggedAndEveryLineSitsInItsRound() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        send(m, roundOne(t));
        assertThat(lines(m)).containsExactly(
                "[1] Round 1 of 6: You (Ukraine) hold the pen.",
                "[1] You tabled a draft.",
                "[1] Russia rejects.",
                "[1] United States: " + US_LINE,
                "[1] United States accepts.",
                "[1] Coalition of the Willing rejects.",
                "[1] Round 1 failed: rejected by Russia, the Coalition of the Willing.",
                "[2] Round 2 of 6: Russia holds the pen.",
                "[2] Coalition of the Willing: Not like this.");
    }

    /** A team member does not table: the log says who of the team holds the pen, not "You hold". */
    @Test
    void aMembersLogSaysWhoOfTheTeamTables() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.teams.put("UA", List.of("Olena", "Taras"));
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Welcome(1, "truce", "Taras", null));
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info(), "member", "Olena"));
        m.apply(t.state());
        assertThat(lines(m)).first().isEqualTo("[1] Round 1 of 6: Ukraine holds the pen: Olena tables.");
    }

    /**
     * A new client back at its seat (its process restarted, so it has no state yet) hears a notice
     * before the state: the line goes in the state's round, after the rounds it rebuilds, not at
     * the top of the log without a round.
     */
    @Test
    void aNoticeBeforeTheFirstStateGoesInThatStatesRound() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        List<ServerMessage> played = roundOne(t);
        GameModel fresh = new GameModel();
        List<ServerMessage> resume = resumeOf(sc, t, played);
        resume.add(1, new ServerMessage.Notice("returned", "Ukraine's player is back at the table; the stand-in steps aside."));
        send(fresh, resume);
        List<String> lines = lines(fresh);
        assertThat(lines.get(0)).isEqualTo("[1] Round 1 of 6: You (Ukraine) hold the pen.");
        assertThat(lines).contains("[2] Ukraine's player is back at the table; the stand-in steps aside.");
        assertThat(lines.indexOf("[2] Ukraine's player is back at the table; the stand-in steps aside."))
                .isGreaterThan(lines.indexOf("[2] Round 2 of 6: Russia holds the pen."));
    }

    /** The resume of {@code played}: joined, the chat the seat may see (as the server replays it), the state. */
    private static List<ServerMessage> resumeOf(Scenario sc, Table t, List<ServerMessage> played) {
        List<ServerMessage> resume = new ArrayList<>();
        resume.add(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        for (ServerMessage x : played) {
            if (x instanceof ServerMessage.Said) {
                resume.add(x);
            }
        }
        resume.add(t.state());
        return resume;
    }

    /**
     * After a resume the server replays the chat, then the state: one log, nothing twice, and
     * comments and votes interleaved exactly as they happened live (the versions order them).
     */
    @Test
    void aResumeKeepsTheLogInOrderWithNothingTwice() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        List<ServerMessage> played = roundOne(t);
        played.addAll(t.run(new Command.Say("RU", "UA", "Psst: a private word before my draft.")));
        played.addAll(t.run(new Command.Propose("RU", 2, t.firstOptions())));
        played.addAll(t.run(new Command.Vote("US", 2, false)));
        played.addAll(t.run(new Command.Say("US", "all", "Round two talk.")));
        played.addAll(t.run(new Command.Say("UA", "RU", "Psst back.")));
        played.addAll(t.run(new Command.Vote("EU", 2, true)));

        GameModel live = new GameModel();
        live.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        send(live, played);
        List<String> before = lines(live);

        // the same seat resumed on a fresh client, and again on the one that saw it all
        GameModel fresh = new GameModel();
        send(fresh, resumeOf(sc, t, played));
        send(live, resumeOf(sc, t, played));

        assertThat(lines(live)).as("nothing doubled on the client that saw it").isEqualTo(before);
        assertThat(before).containsSubsequence("[1] Russia rejects.", "[1] United States: " + US_LINE,
                "[1] United States accepts.", "[2] United States rejects.", "[2] United States: Round two talk.",
                "[2] (private) You → Russia: Psst back.", "[2] Coalition of the Willing accepts.");
        assertThat(lines(fresh)).as("rebuilt from a resume, as it was live").isEqualTo(before);
    }

    /** From an older server (no versions) a rebuilt round puts its chat first, then the table's events, as before. */
    @Test
    void withoutVersionsARebuiltRoundFallsBackToChatThenTheTable() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.versions = false;
        List<ServerMessage> played = roundOne(t);
        played.addAll(t.run(new Command.Propose("RU", 2, t.firstOptions())));
        played.addAll(t.run(new Command.Say("US", "all", "Round two talk.")));
        GameModel fresh = new GameModel();
        send(fresh, resumeOf(sc, t, played));
        assertThat(lines(fresh)).containsExactly(
                "[1] Round 1 of 6: You (Ukraine) hold the pen.",
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

    @Test
    void aDraftReTabledByTheClockKeepsItsAuthorAndIsToldOnce() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "US", 6);
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "US", "tok", sc.brief("US"), sc.info()));
        send(m, roundOne(t));
        m.apply(new ServerMessage.Notice("timeout", "Russia ran out of time to table a draft: Ukraine's draft of round 1 goes back on the table"));
        send(m, t.run(new Command.Timeout(2, Phase.PROPOSING)));
        assertThat(m.state().draft().by()).isEqualTo("UA");
        assertThat(m.originRound(m.state().draft())).isEqualTo(1);
        m.apply(new ServerMessage.Notice("timeout", "Voting time ran out: Ukraine, Russia and the Coalition of the Willing did not vote, so each counts as a rejection"));
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

    /** A spectator watching again after a server restart gets the recent chat re-sent: each line stays once. */
    @Test
    void aSpectatorWatchingAgainKeepsEachChatLineOnce() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, null, 6);
        List<ServerMessage> played = roundOne(t);
        played.addAll(t.run(new Command.Say("RU", "UA", "a private line no spectator sees")));
        played.addAll(t.run(new Command.Propose("RU", 2, t.firstOptions())));

        GameModel eve = new GameModel();
        eve.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        send(eve, played);
        List<String> before = lines(eve);
        assertThat(before).contains("[1] United States: " + US_LINE, "[2] Coalition of the Willing: Not like this.");

        // the server restarts with one more line said meanwhile; the client spectates again
        played.addAll(t.run(new Command.Say("US", "all", "Welcome back.")));
        List<ServerMessage> again = new ArrayList<>();
        again.add(new ServerMessage.Spectating("ROOM", sc.info()));
        for (ServerMessage x : played) {
            if (x instanceof ServerMessage.Said s && "all".equals(s.to())) {
                again.add(x);
            }
        }
        again.add(t.state());
        send(eve, again);

        List<String> after = new ArrayList<>(before);
        after.add("[2] United States: Welcome back.");
        assertThat(lines(eve)).isEqualTo(after);
    }

    /** Round 2 after RU's turn ran out and the vote clock counted UA's, RU's and the EU's missing votes. */
    private static List<ServerMessage> roundTwoByTheClock(Table t) {
        List<ServerMessage> out = new ArrayList<>();
        out.add(new ServerMessage.Notice("timeout", "Russia ran out of time to table a draft: Ukraine's draft of round 1 goes back on the table"));
        out.addAll(t.run(new Command.Timeout(2, Phase.PROPOSING)));
        out.add(new ServerMessage.Notice("timeout", "Voting time ran out: Ukraine, Russia and the Coalition of the Willing did not vote, so each counts as a rejection"));
        out.addAll(t.run(new Command.Vote("US", 2, true)));
        out.addAll(t.run(new Command.Timeout(2, Phase.VOTING)));
        return out;
    }

    /** A vote the clock counted reads the same after a resume (or on a spectator's late arrival) as it did live. */
    @Test
    void aVoteTheClockCountedReadsTheSameAfterAResume() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "US", 6);
        List<ServerMessage> played = roundOne(t);
        played.addAll(roundTwoByTheClock(t));
        GameModel live = new GameModel();
        live.apply(new ServerMessage.Joined("ROOM", "US", "tok", sc.brief("US"), sc.info()));
        send(live, played);

        GameModel resumed = new GameModel();
        resumed.apply(new ServerMessage.Joined("ROOM", "US", "tok", sc.brief("US"), sc.info()));
        resumed.apply(t.state());
        GameModel watcher = new GameModel();
        watcher.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        watcher.apply(t.state());

        List<String> clockLines = List.of(
                "[2] Ukraine did not vote in time: counted as a rejection.",
                "[2] Russia did not vote in time: counted as a rejection.",
                "[2] Coalition of the Willing did not vote in time: counted as a rejection.");
        for (GameModel m : List.of(live, resumed)) {
            List<String> votes = lines(m).stream().filter(l -> l.startsWith("[2]") && (l.contains("vote") || l.contains("accept"))).toList();
            assertThat(votes).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(clockLines.stream(), java.util.stream.Stream.of("[2] You accept.")).toList());
        }
        assertThat(lines(watcher)).containsAll(clockLines).contains("[2] United States accepts.")
                .noneMatch(l -> l.startsWith("[2]") && l.endsWith(" rejects."));
    }

    /**
     * RU's stand-in rejects UA's draft and tables RU's in round 2 while RU's player is away; RU
     * comes back (or someone spectates) and the rebuilt log tells those moves as the stand-in's,
     * as they read live, never "You"; RU's own vote afterwards is its player's again.
     */
    @Test
    void aStandInsVoteAndDraftReadAsItsAfterTheSeatsPlayerResumes() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "RU", 6);
        t.standIns.add("RU");
        List<ServerMessage> played = new ArrayList<>();
        played.add(t.state());
        played.addAll(t.run(new Command.Propose("UA", 1, t.firstOptions())));
        played.addAll(t.run(new Command.Vote("RU", 1, false, true)));
        played.addAll(t.run(new Command.Vote("US", 1, true)));
        played.addAll(t.run(new Command.Vote("EU", 1, true)));
        played.addAll(t.run(new Command.Propose("RU", 2, t.firstOptions(), true)));
        GameModel live = new GameModel();
        live.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        send(live, played);
        t.standIns.remove("RU"); // RU's player is back

        GameModel ben = new GameModel();
        ben.apply(new ServerMessage.Joined("ROOM", "RU", "tok", sc.brief("RU"), sc.info()));
        ben.apply(t.state());
        GameModel watcher = new GameModel();
        watcher.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        watcher.apply(t.state());

        assertThat(lines(ben)).containsExactly(
                "[1] Round 1 of 6: Ukraine holds the pen.",
                "[1] Ukraine tabled a draft.",
                "[1] Russia (stand-in) rejects.",
                "[1] United States accepts.",
                "[1] Coalition of the Willing accepts.",
                "[1] Round 1 failed: rejected by Russia (stand-in).",
                "[2] Round 2 of 6: You (Russia) hold the pen.",
                "[2] Russia (stand-in) tabled a draft.");
        for (GameModel m : List.of(live, watcher)) {
            assertThat(lines(m)).contains("[1] Russia (stand-in) rejects.", "[2] Russia (stand-in) tabled a draft.")
                    .noneMatch(l -> l.equals("[1] Russia rejects."));
        }
    }
}
