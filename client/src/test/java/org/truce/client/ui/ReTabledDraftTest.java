package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/** The table at 80×24 when the clock re-tables a draft in another party's round, and while a stand-in plays a seat. */
class ReTabledDraftTest {

    @Test
    @Timeout(30)
    void aReTabledDraftShowsItsAuthorAndTheStandInIsMarked() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
            l.onMessage(t.state());
            t.run(new Command.Propose("UA", 1, t.firstOptions())).forEach(l::onMessage);
            t.run(new Command.Vote("RU", 1, false)).forEach(l::onMessage);
            t.run(new Command.Vote("US", 1, true)).forEach(l::onMessage);
            t.run(new Command.Vote("EU", 1, true)).forEach(l::onMessage);
            // RU's clock runs out in round 2: UA's draft goes back on the table
            l.onMessage(new ServerMessage.Notice("timeout", "Russia ran out of time to table a draft: Ukraine's draft of round 1 goes back on the table"));
            t.run(new Command.Timeout(2, Phase.PROPOSING)).forEach(l::onMessage);
            String s = Dump.save("retabled", v.waitFor("Re-tabled by the clock"));
            assertThat(s).contains("Re-tabled by the clock: your draft of round 1").doesNotContain("Draft on the table: by Russia")
                    .contains("Russia ran out of time: your draft of round 1 is back on the table.")
                    .doesNotContain("goes back on the table");
            // everyone votes on it, UA too; RU rejects and the round fails under UA's name
            t.run(new Command.Vote("UA", 2, true)).forEach(l::onMessage);
            t.run(new Command.Vote("US", 2, true)).forEach(l::onMessage);
            t.run(new Command.Vote("EU", 2, true)).forEach(l::onMessage);
            t.standIns.add("US");
            t.run(new Command.Vote("RU", 2, false)).forEach(l::onMessage);
            s = Dump.save("retabled-failed", v.waitFor("✗ Round 2"));
            assertThat(s).contains("✗ Round 2: your draft was rejected by RU · accepted by UA (you), US, EU")
                    .doesNotContain("Russia's draft")
                    .contains("Round 3 of 6 · Pen: United States (stand-in) · no clock")
                    .contains("Round 3 of 6: United States (stand-in) holds the pen.");
        }
    }
}
