package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.truce.client.model.GameModel;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;
import org.truce.shared.scenario.Term;

/** The drafts view (H): each closed round's draft and votes. */
class HistoryTextTest {

    @Test
    void aVoteTheClockCountedOrAStandInCastIsMarkedAsSuch() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Map<String, String> terms = new LinkedHashMap<>();
        for (Term t : sc.info().terms()) {
            terms.put(t.id(), t.options().get(0).id());
        }
        Map<String, String> votes = new LinkedHashMap<>();
        votes.put("UA", "accepted");
        votes.put("RU", "rejected");
        votes.put("US", "rejected");
        votes.put("EU", "accepted");
        ServerParts.RoundView r1 = new ServerParts.RoundView(1, "UA", new ServerParts.DraftView(1, "UA", terms, false), votes,
                false, List.of("RU"), 1, Map.of(), List.of("US"));
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        m.apply(new ServerMessage.State("ROOM", sc.info().id(), "proposing", 2, 6, "RU", null, Map.of(), List.of(), null, null,
                5, null, null, List.of(r1), "UA"));
        assertThat(HistoryText.of(m)).contains("Votes: UA ✓ RU ✗ (clock) US ✗ (stand-in) EU ✓");
    }
}
