package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.client.model.Table.lines;
import static org.truce.client.model.Table.roundOne;
import static org.truce.client.model.Table.send;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The model on the event stream: it folds events onto its last full state with the shared fold, and
 * its view, drafts and log end as a protocol-1 client's (full states after every change) would.
 */
class StreamFoldTest {
    private final Scenario sc = load();

    private static Scenario load() {
        try {
            return ScenarioLoader.builtIn("paris-summit-4");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Three rounds: votes and chat, private lines, a stand-in's moves, a re-tabled draft and the clock's votes. */
    private static List<ServerMessage> script(Table t) {
        List<ServerMessage> out = roundOne(t);
        out.addAll(t.run(new Command.Say("RU", "UA", "Psst: a private word before my draft.")));
        out.addAll(t.run(new Command.Propose("RU", 2, t.firstOptions())));
        out.addAll(t.run(new Command.Vote("US", 2, false, true)));
        out.addAll(t.run(new Command.Say("US", "all", "Round two talk.")));
        out.addAll(t.run(new Command.Say("UA", "RU", "Psst back.")));
        out.addAll(t.run(new Command.Vote("EU", 2, true)));
        out.addAll(t.run(new Command.Vote("UA", 2, false)));
        out.add(new ServerMessage.Notice("timeout", "The United States ran out of time: Russia's draft of round 2 goes back on the table"));
        out.addAll(t.run(new Command.Timeout(3, Phase.PROPOSING)));
        out.addAll(t.run(new Command.Vote("UA", 3, true)));
        out.add(new ServerMessage.Notice("timeout", "Voting time ran out"));
        out.addAll(t.run(new Command.Timeout(3, Phase.VOTING)));
        return out;
    }

    private Table table(boolean stream) {
        Table t = new Table(sc, "UA", 6);
        t.stream = stream;
        t.standIns.add("US");
        return t;
    }

    private GameModel seated() {
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        return m;
    }

    @Test
    void foldingTheStreamGivesTheViewDraftsAndLogOfFullStates() {
        GameModel full = seated();
        send(full, script(table(false)));
        Table st = table(true);
        List<ServerMessage> streamed = script(st);
        assertThat(streamed).hasAtLeastOneElementOfType(ServerMessage.Event.class)
                .noneMatch(x -> x instanceof ServerMessage.State s && s.history() != null && s.round() > 1);
        GameModel folded = seated();
        send(folded, streamed);

        assertThat(folded.state()).isEqualTo(full.state());
        assertThat(folded.view().history()).hasSize(3);
        assertThat(folded.drafts()).isEqualTo(full.drafts()).hasSize(3);
        assertThat(lines(folded)).isEqualTo(lines(full)).contains(
                "[2] United States (stand-in) rejects.",
                "[3] United States (stand-in) ran out of time: Russia's draft of round 2 is back on the table.",
                "[3] Russia did not vote in time: counted as a rejection.");
        assertThat(folded.since()).isEqualTo(st.state().version());
    }

    @Test
    void aResumeSinceGetsOnlyWhatWasMissedAndEndsAsTheClientThatNeverDropped() {
        Table t = table(true);
        List<ServerMessage> played = script(t);
        GameModel stayed = seated();
        send(stayed, played);

        // drops after round 1 and RU's private line (which has round 1's last version: a line said
        // after the drop with that version would not come again); the rest goes to a dead link
        int cut = roundOne(table(true)).size() + 1;
        GameModel dropped = seated();
        send(dropped, played.subList(0, cut));
        Integer since = dropped.since();
        assertThat(since).isNotNull().isLessThan(t.state().version());

        // hello {resume, events: true, since}: joined, the missed events and lines after `since`, a state without history
        List<ServerMessage> resume = new ArrayList<>();
        resume.add(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        for (ServerMessage x : played.subList(cut, played.size())) {
            if (x instanceof ServerMessage.Event e && e.version() > since
                    || x instanceof ServerMessage.Said s && s.version() != null && s.version() > since) {
                resume.add(x);
            }
        }
        resume.add(t.live());
        send(dropped, resume);

        assertThat(dropped.state()).isEqualTo(stayed.state());
        assertThat(lines(dropped)).isEqualTo(lines(stayed));

        // without since: joined, the recent chat, one full state; the same view and log
        List<ServerMessage> whole = new ArrayList<>();
        whole.add(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        played.stream().filter(ServerMessage.Said.class::isInstance).forEach(whole::add);
        whole.add(t.state());
        GameModel fresh = new GameModel();
        send(fresh, whole);
        assertThat(fresh.state()).isEqualTo(stayed.state());
        assertThat(lines(fresh)).isEqualTo(lines(stayed));
    }

    /** A line missed while away, in the very words of the last line seen, is new: its version says so. */
    @Test
    void aMissedLineThatRepeatsTheLastOneSeenIsKept() {
        Table t = table(true);
        List<ServerMessage> played = new ArrayList<>(roundOne(t));
        GameModel m = seated();
        send(m, played);
        int since = m.since();
        List<ServerMessage> missed = new ArrayList<>();
        missed.add(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        missed.addAll(t.run(new Command.Say("EU", "all", "Not like this."))); // said again, after the drop
        missed.add(t.live());
        assertThat(((ServerMessage.Said) missed.get(1)).version()).isGreaterThan(since);
        send(m, missed);
        assertThat(lines(m)).filteredOn(l -> l.equals("[2] Coalition of the Willing: Not like this.")).hasSize(2);
    }

    @Test
    void aMissedEventHoldsTheFoldUntilAFullStateComes() {
        Table t = table(true);
        List<ServerMessage> played = script(t);
        GameModel stayed = seated();
        send(stayed, played);

        GameModel gapped = seated();
        int skipped = -1;
        for (int i = 0; i < played.size(); i++) {
            if (skipped < 0 && i > 2 && played.get(i) instanceof ServerMessage.Event) {
                skipped = i; // lost
                continue;
            }
            gapped.apply(played.get(i));
        }
        ServerMessage.Event lost = (ServerMessage.Event) played.get(skipped);
        assertThat(gapped.since()).as("a resume asks from before the gap").isEqualTo(lost.version() - 1);
        assertThat(gapped.state().round()).as("the table still shows the server's round").isEqualTo(stayed.state().round());
        assertThat(gapped.state()).isNotEqualTo(stayed.state());
        assertThat(gapped.catchUp()).as("a seat mends at its next full state").isNull();

        gapped.apply(t.state());
        assertThat(gapped.state()).isEqualTo(stayed.state());
        assertThat(gapped.since()).isEqualTo(t.state().version());
    }

    @Test
    void aSpectatorWithAGapWatchesAgainSinceItsLastVersion() {
        Table t = new Table(sc, null, 6);
        t.stream = true;
        List<ServerMessage> played = roundOne(t);
        GameModel eve = new GameModel();
        eve.apply(new ServerMessage.Spectating("ROOM", sc.info()));
        send(eve, played.subList(0, 2));
        assertThat(eve.catchUp()).isNull();
        int v = eve.since();
        eve.apply(new ServerMessage.Event(v + 2, ((ServerMessage.Event) played.stream()
                .filter(ServerMessage.Event.class::isInstance).skip(1).findFirst().orElseThrow()).event()));
        assertThat(eve.catchUp()).isEqualTo(new ClientMessage.Spectate("ROOM", v));
        assertThat(eve.catchUp()).as("asked once").isNull();
    }

    @Test
    void aStateWithoutHistoryBeforeAnyFullStateReadsAsOneWithNoRoundsBehindIt() {
        Table t = table(true);
        GameModel m = seated();
        m.apply(t.live());
        assertThat(m.state()).isEqualTo(t.state());
        assertThat(m.isMyPen()).isTrue();
    }
}
