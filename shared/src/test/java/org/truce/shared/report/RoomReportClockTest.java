package org.truce.shared.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Phase;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * What the clocks did, told as it happened: a round whose pen holder tabled nothing, and a party that did
 * not vote in time, are not "rejected by" it; the drafts read in names round by round; the chat is shown as
 * typed (Markdown's marks escaped); the news and the announcements in the order of their rounds; the Nash
 * package with what it would have given each party.
 */
class RoomReportClockTest {
    @Test
    void aRoundWithoutADraftAndAVoteTheClockCastAreToldAsSuch() throws Exception {
        Scenario s = ScenarioLoader.builtIn("paris-summit-4");
        Analysis an = Analysis.of(s);
        Game g = new Game(s.info());
        g.start(3, 7);
        assertThat(g.handle(new Command.Announce("Ten minutes left in round 1")).isAccepted()).isTrue();
        String pen1 = g.state().pen();
        assertThat(g.handle(new Command.Timeout(1, Phase.PROPOSING)).isAccepted()).isTrue(); // round 1: nothing tabled
        assertThat(g.handle(new Command.Say(pen1, "all", "**Bold** _x_ <b>tag</b> [link](http://e)", false)).isAccepted()).isTrue();
        Map<String, String> nash = s.space().toTerms(an.nash(2));
        String pen2 = g.state().pen();
        assertThat(g.handle(new Command.Propose(pen2, 2, nash)).isAccepted()).isTrue();
        List<String> voters = List.copyOf(g.state().pendingVoters());
        String late = voters.get(voters.size() - 1);
        for (String p : voters.subList(0, voters.size() - 1)) {
            assertThat(g.handle(new Command.Vote(p, 2, true)).isAccepted()).isTrue();
        }
        assertThat(g.handle(new Command.Timeout(2, Phase.VOTING)).isAccepted()).isTrue(); // the late voter's reject
        // round 3: the clock puts round 2's draft back on the table, and nobody votes in time: no deal
        assertThat(g.handle(new Command.Timeout(3, Phase.PROPOSING)).isAccepted()).isTrue();
        List<String> voters3 = List.copyOf(g.state().pendingVoters());
        assertThat(g.handle(new Command.Timeout(3, Phase.VOTING)).isAccepted()).isTrue();
        assertThat(g.state().isOver()).isTrue();

        RoomReport r = RoomReports.build("CLOCK", s, g.events(), Map.of(pen1, "Ana"));
        assertThat(r.drafts()).extracting(RoomReport.RoundLine::result).containsExactly("no draft", "rejected", "rejected");
        assertThat(r.drafts().get(1).byClock()).containsExactly(late);
        assertThat(r.drafts().get(2).automatic()).isTrue();
        assertThat(r.noDeal().lastDraftRound()).isEqualTo(3);
        assertThat(r.noDeal().byClock()).containsExactlyInAnyOrderElementsOf(voters3);

        String md = ReportMarkdown.room(r);
        String lateName = s.info().party(late).name();
        assertThat(md).contains(lateName + " (it did not vote in time, which counts as a rejection;")
                .contains(lateName + " no (did not vote in time)")
                .contains("| Result | no draft tabled in time | rejected | rejected |")
                .contains("(re-tabled by the clock)");
        // the drafts in names: the term's name heads its row, each option its short label
        var term0 = s.terms().get(0);
        String row0 = md.lines().filter(l -> l.startsWith("| " + term0.name() + " |")).findFirst().orElseThrow();
        assertThat(row0).contains(term0.options().get(term0.indexOf(nash.get(term0.id()))).label());
        assertThat(md).doesNotContain(term0.id() + "=");
        // the chat as typed, not as formatting
        assertThat(md).contains("\\*\\*Bold\\*\\* \\_x\\_ \\<b\\>tag\\</b\\> \\[link\\]\\(http://e\\)");
        // the Nash package and each party's difference
        assertThat(md).contains("The Nash package of round 3").contains("| Party | No deal | Nash package | Difference |");
        assertThat(md).contains("## News and announcements\n\n- Round 1, the facilitator: Ten minutes left in round 1");
    }
}
