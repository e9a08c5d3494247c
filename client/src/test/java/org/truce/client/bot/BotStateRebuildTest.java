package org.truce.client.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.client.model.Table;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.RoundRecord;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;
import org.truce.shared.view.SeatView;
import org.truce.shared.view.ViewEvents;

/** A remote bot rebuilds the game from its seat's view ({@link ViewEvents}): the votes the clock cast stay the clock's. */
class BotStateRebuildTest {

    @Test
    void theClocksVotesAndTheAuthorsVoteOnAReTabledDraftSurviveTheRebuild() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "US", 6);
        t.run(new Command.Propose("UA", 1, t.firstOptions()));
        t.run(new Command.Vote("RU", 1, false));
        t.run(new Command.Vote("US", 1, true));
        t.run(new Command.Vote("EU", 1, false));
        t.run(new Command.Timeout(2, Phase.PROPOSING)); // RU's turn runs out: UA's draft is back on the table
        t.run(new Command.Vote("UA", 2, true)); // its author votes on it like everyone else
        t.run(new Command.Vote("US", 2, true));
        t.run(new Command.Timeout(2, Phase.VOTING));

        ServerMessage.State line = (ServerMessage.State) ProtocolCodec.decodeServer(ProtocolCodec.encode(t.state())).message();
        List<Event> events = ViewEvents.of(sc.info(), SeatView.of(line));
        RoundRecord round2 = GameState.replay(sc.info(), events).history().get(1);
        assertThat(round2.byClock()).containsExactly("RU", "EU");
        assertThat(round2.votes()).isEqualTo(Map.of("UA", VoteStatus.ACCEPTED, "RU", VoteStatus.REJECTED,
                "US", VoteStatus.ACCEPTED, "EU", VoteStatus.REJECTED));
        assertThat(events).contains(new Event.Voted(2, "RU", false, true), new Event.Voted(2, "UA", true, false));
    }
}
