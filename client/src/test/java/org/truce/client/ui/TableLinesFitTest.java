package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.RedLine;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * At 80×24 no line of the table is cut, however many parties voted and however long their
 * names: the round's summary, the header, the votes line, the worth line, the red-lines line.
 * States come from the real rules engine ({@link Table}) through a stand-in connection.
 */
class TableLinesFitTest {

    /**
     * The table's rows cut to fit (they end in a word's "…"), other than a prompt that ends so by
     * design; a lone "…" is a vote still to come.
     */
    private static List<String> cut(String screen) {
        List<String> out = new ArrayList<>();
        for (String row : screen.split("\n")) {
            String r = row.strip();
            if (r.matches(".*\\S…") && !r.endsWith("is writing a draft…") && !r.endsWith("other votes…") && !r.endsWith("are voting…")) {
                out.add(row);
            }
        }
        return out;
    }

    /** Every round up to {@code last} fails: each pen tables its first options and all reject. */
    private static void failRoundsBefore(Table t, int last) {
        for (int round = 1; round < last; round++) {
            String pen = t.state().pen();
            t.run(new Command.Propose(pen, round, t.firstOptions()));
            for (String p : t.state().votes().keySet()) {
                if (!p.equals(pen)) {
                    t.run(new Command.Vote(p, round, false));
                }
            }
        }
    }

    /**
     * Round {@code round}'s pen tables a draft crossing {@code me}'s red line; {@code no} and
     * {@code me} reject, everyone else accepts. Returns the screen while {@code me} still votes
     * and the one after the round closed.
     */
    private static String[] closeRound(HandFedScreen sc, Scenario scenario, Table t, int round, String me, String no) throws Exception {
        String pen = t.state().pen();
        Map<String, String> terms = t.firstOptions();
        RedLine red = scenario.brief(me).redLines().get(0);
        terms.put(red.term(), red.option());
        t.run(new Command.Propose(pen, round, terms));
        sc.send(List.of(t.state()));
        String voting = sc.v.waitFor("Your vote: A", 5000);
        List<ServerMessage> rest = new ArrayList<>();
        for (String p : scenario.info().partyIds()) {
            if (!p.equals(pen) && !p.equals(me)) {
                rest.addAll(t.run(new Command.Vote(p, round, !p.equals(no))));
            }
        }
        rest.addAll(t.run(new Command.Vote(me, round, false)));
        sc.send(rest);
        String closed = sc.v.waitFor("✗ Round " + round + ":", 5000);
        return new String[] {voting, closed};
    }

    @Test
    @Timeout(30)
    void sixPartiesFitAt80Columns() throws Exception {
        Scenario scenario = ScenarioLoader.builtIn("paris-summit");
        Table t = new Table(scenario, "DE", 10);
        failRoundsBefore(t, 9); // round 9: the United States hold the pen
        try (HandFedScreen sc = new HandFedScreen()) {
            sc.send(List.of(new ServerMessage.Joined("ROOM", "DE", "tok", scenario.brief("DE"), scenario.info()), t.state()));
            String[] s = closeRound(sc, scenario, t, 9, "DE", "UA");
            Dump.save("six-voting", s[0]);
            Dump.save("six-summary", s[1]);
            assertThat(cut(s[0])).as("while DE votes").isEmpty();
            assertThat(s[0]).contains("✗ RED LINE");
            assertThat(cut(s[1])).as("after the round").isEmpty();
            assertThat(s[1]).contains("✗ Round 9: the United States' draft was rejected by UA, DE (you)")
                    .contains("Round 9 votes (the United States' draft): UA ✗ RU ✓ US ✎ FR ✓ UK ✓ DE ✗");
        }
    }

    @Test
    @Timeout(30)
    void fourSeatsWithLongNamesFitAt80Columns() throws Exception {
        Scenario scenario = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(scenario, "RU", 8);
        failRoundsBefore(t, 4); // round 4: the Coalition of the Willing holds the pen
        try (HandFedScreen sc = new HandFedScreen()) {
            sc.send(List.of(new ServerMessage.Joined("ROOM", "RU", "tok", scenario.brief("RU"), scenario.info()), t.state()));
            String[] s = closeRound(sc, scenario, t, 4, "RU", "UA");
            Dump.save("four-voting", s[0]);
            Dump.save("four-summary", s[1]);
            assertThat(cut(s[0])).as("while RU votes").isEmpty();
            assertThat(cut(s[1])).as("after the round").isEmpty();
            assertThat(s[1]).contains("✗ Round 4: Coalition's draft was rejected by UA, RU (you) · accepted by US");
        }
    }

    /** A spectator's red-lines line names every party whose declared line the draft crosses, uncut. */
    @Test
    @Timeout(30)
    void aSpectatorsRedLinesLineFits() throws Exception {
        Scenario scenario = ScenarioLoader.builtIn("paris-summit");
        Table t = new Table(scenario, null, 10);
        // a draft on every declared red line it can cross at once
        Map<String, String> terms = t.firstOptions();
        List<String> set = new ArrayList<>();
        for (String p : scenario.info().partyIds()) {
            for (RedLine r : scenario.brief(p).redLines()) {
                if (r.declared() && !set.contains(r.term())) {
                    terms.put(r.term(), r.option());
                    set.add(r.term());
                }
            }
        }
        t.run(new Command.Propose(t.state().pen(), 1, terms));
        try (HandFedScreen sc = new HandFedScreen()) {
            sc.send(List.of(new ServerMessage.Spectating("ROOM", scenario.info()), t.state()));
            String s = Dump.save("spectator-red-lines", sc.v.waitFor("⚑ Crosses", 5000));
            assertThat(cut(s)).isEmpty();
        }
    }
}
