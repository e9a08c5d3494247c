package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.client.model.GameModel;
import org.truce.client.model.LogEntry;
import org.truce.client.model.Table;
import org.truce.client.ui.TableView.Context;
import org.truce.client.ui.TableView.Frame;
import org.truce.client.ui.TableView.Line;
import org.truce.client.ui.TableView.Tone;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The table as lines of text, with no terminal: a model in, a frame of rows out. */
class TableViewTest {
    private static final Scenario SC = scenario();
    private static final Context PLAIN = new Context(null, -1, false, false, false, false);

    private static Scenario scenario() {
        try {
            return ScenarioLoader.builtIn("paris-summit-4");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A four-seat game, seen by UA, where RU has tabled a draft in round 2 and UA's vote is due. */
    private static GameModel votingInRoundTwo() {
        Table t = new Table(SC, "UA", 6);
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", SC.brief("UA"), SC.info()));
        m.apply(t.state());
        Table.send(m, t.run(new Command.Propose("UA", 1, t.firstOptions())));
        Table.send(m, t.run(new Command.Vote("RU", 1, false)));
        Table.send(m, t.run(new Command.Vote("US", 1, true)));
        Table.send(m, t.run(new Command.Vote("EU", 1, true)));
        Table.send(m, t.run(new Command.Propose("RU", 2, t.firstOptions())));
        return m;
    }

    private static String text(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.text()).append('\n'));
        return b.toString();
    }

    @Test
    void theViewsApiHasNoTerminalTypes() {
        for (Class<?> c : List.of(TableView.class, TableView.Line.class, TableView.Context.class, TableView.Frame.class, DraftBlock.class)) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                assertThat(f.getType().getName()).as(c.getSimpleName() + "." + f.getName()).doesNotStartWith("com.googlecode.lanterna");
            }
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                assertThat(m.getReturnType().getName()).as(c.getSimpleName() + "." + m.getName()).doesNotStartWith("com.googlecode.lanterna");
                for (Class<?> p : m.getParameterTypes()) {
                    assertThat(p.getName()).as(c.getSimpleName() + "." + m.getName()).doesNotStartWith("com.googlecode.lanterna");
                }
            }
        }
    }

    @Test
    void everyRowOfTheScreenIsThereAndExactlyAsWideAsIt() {
        GameModel m = votingInRoundTwo();
        for (int[] size : new int[][] {{80, 24}, {120, 40}}) {
            Frame f = TableView.render(m, PLAIN, size[0], size[1]);
            assertThat(f.lines()).hasSize(size[1]).allSatisfy(l -> assertThat(Text.cols(l.text())).isEqualTo(size[0]));
            assertThat(f.draft()).hasSize(TableView.DRAFT_ROWS);
        }
        Frame f = TableView.render(m, PLAIN, 80, 24);
        assertThat(f.header().text()).startsWith(" TRUCE · The Paris summit, four seats · Round 2 of 6 · Pen: Russia · no clock");
        assertThat(f.draft().get(0).text()).startsWith("Draft on the table: by Russia, round 2");
        assertThat(f.draft().get(10).text()).startsWith("Votes: UA … RU ✎ US … EU …");
        assertThat(f.separator().text()).startsWith("── Talk & events ──");
        assertThat(f.log().get(f.log().size() - 1).text()).startsWith("Russia tabled a draft.");
    }

    @Test
    void theLastRoundsSummaryStandsInReverseVideoUntilThePlayerHasActedAfterIt() {
        GameModel m = votingInRoundTwo();
        Frame f = TableView.render(m, PLAIN, 80, 24);
        assertThat(f.status()).hasSize(1);
        Line summary = f.status().get(0);
        assertThat(summary.text()).startsWith("✗ Round 1: your draft was rejected by RU · accepted by US, EU");
        assertThat(summary.reverse()).isTrue();
        assertThat(summary.tone()).isEqualTo(Tone.ACCENT);

        Frame seen = TableView.render(m, new Context(null, 1, false, false, false, false), 80, 24);
        assertThat(seen.status().get(0).text()).startsWith("▶ Your vote: A to accept the draft, R to reject it.");
        assertThat(seen.status().get(0).reverse()).isFalse();

        Frame down = TableView.render(m, new Context("⚠ Connection lost — reconnecting in 2 s…", 1, false, false, false, false), 80, 24);
        assertThat(down.status().get(0).text()).startsWith("⚠ Connection lost");
        assertThat(down.status().get(0).tone()).isEqualTo(Tone.RED);
        // no countdown while the server is out of reach: the header says what the clock waits for
        assertThat(down.header().text()).contains("clock: waiting for the server").doesNotContain(" left");
        assertThat(seen.header().text()).doesNotContain("waiting for the server");
    }

    @Test
    void aVoteOnItsWayTakesTheVotePromptAwayAndGivesItsRowToTheTalk() {
        GameModel m = votingInRoundTwo();
        Frame due = TableView.render(m, new Context(null, 1, false, false, false, false), 80, 24);
        assertThat(text(due.action())).startsWith("▶ Your vote: A accept · R reject");
        assertThat(due.keys().text()).contains("A Accept  R Reject");

        Frame sent = TableView.render(m, new Context(null, 1, true, false, false, false), 80, 24);
        assertThat(sent.action()).isEmpty();
        assertThat(sent.log()).hasSize(due.log().size() + 1);
        assertThat(sent.status().get(0).text()).startsWith("Waiting for the other votes…");
        assertThat(text(sent.lines())).doesNotContain("Your vote");
    }

    @Test
    void aDraftOnItsWayNoLongerOffersThePen() {
        Table t = new Table(SC, "UA", 6);
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", SC.brief("UA"), SC.info()));
        m.apply(t.state());
        Frame pen = TableView.render(m, PLAIN, 80, 24);
        assertThat(pen.status().get(0).text()).startsWith("▶ You hold the pen: press E");
        assertThat(text(pen.action())).startsWith("▶ You hold the pen: E writes your draft for round 1");
        assertThat(pen.keys().text()).contains("E Edit draft");

        Frame tabling = TableView.render(m, new Context(null, -1, false, true, false, false), 80, 24);
        assertThat(tabling.status().get(0).text()).startsWith("Tabling your draft…");
        assertThat(tabling.action()).isEmpty();
        assertThat(tabling.keys().text()).doesNotContain("E Edit draft");
    }

    @Test
    void theTalkKeepsTheNewestLinesAtTheBottomInTheirKindsTone() {
        GameModel m = votingInRoundTwo();
        m.add(LogEntry.Kind.ERROR, 2, "The server refused: that is not the current round");
        Frame f = TableView.render(m, PLAIN, 80, 24);
        Line last = f.log().get(f.log().size() - 1);
        assertThat(last.text()).startsWith("The server refused");
        assertThat(last.tone()).isEqualTo(Tone.RED);

        // the keys a spectator, a lobby and a facilitator add
        Frame lobby = TableView.render(m, new Context(null, -1, false, false, true, true), 80, 24);
        assertThat(lobby.keys().text()).contains("F Room").doesNotContain("Esc"); // a seat in a game in progress stays
    }
}
