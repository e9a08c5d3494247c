package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The table at 80×24 fed by the event stream (events, then states without history): it reads as
 * from full states, and the client asks for the stream and to resume or watch again since its view.
 */
class StreamScreenTest {

    @Test
    @Timeout(30)
    void theStreamDrawsTheTableAndAResumeAsksSinceTheViewsVersion() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.stream = true;
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            assertThat(screen.hello.get().wantsEvents()).isTrue();
            assertThat(screen.hello.get().since()).isNull();
            l.onMessage(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
            l.onMessage(t.state()); // the one full state
            t.run(new Command.Propose("UA", 1, t.firstOptions())).forEach(l::onMessage);
            t.run(new Command.Vote("RU", 1, false)).forEach(l::onMessage);
            t.run(new Command.Vote("US", 1, true)).forEach(l::onMessage);
            t.run(new Command.Vote("EU", 1, true)).forEach(l::onMessage);
            l.onMessage(new ServerMessage.Notice("timeout", "Russia ran out of time to table a draft: Ukraine's draft of round 1 goes back on the table"));
            List<ServerMessage> retabled = t.run(new Command.Timeout(2, Phase.PROPOSING));
            assertThat(retabled).first().isInstanceOf(ServerMessage.Event.class);
            retabled.forEach(l::onMessage);
            String s = Dump.save("stream-retabled", v.waitFor("Re-tabled by the clock"));
            assertThat(s).contains("Re-tabled by the clock: your draft of round 1")
                    .contains("Russia ran out of time: your draft of round 1 is back on the table.")
                    .contains("✗ Round 1: your draft was rejected by RU · accepted by US, EU");

            ClientMessage.Hello again = screen.hello.get();
            assertThat(again.resume()).isEqualTo("tok");
            assertThat(again.wantsEvents()).isTrue();
            assertThat(again.since()).isEqualTo(t.state().version());
        }
    }

    @Test
    @Timeout(30)
    void aSpectatorThatMissedAnEventWatchesAgainSinceItsView() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, null, 6);
        t.stream = true;
        try (HandFedScreen screen = new HandFedScreen()) {
            ConnectionListener l = screen.l;
            l.onMessage(new ServerMessage.Spectating("ROOM", sc.info()));
            l.onMessage(t.state());
            int version = t.state().version();
            t.run(new Command.Propose("UA", 1, t.firstOptions())); // lost on the way
            t.run(new Command.Vote("RU", 1, false)).forEach(l::onMessage);
            screen.v.waitUntil("the re-spectate", x -> screen.sentMessages().contains(new ClientMessage.Spectate("ROOM", version)), 5000);
            t.run(new Command.Vote("US", 1, true)).forEach(l::onMessage);
            l.onMessage(new ServerMessage.Spectating("ROOM", sc.info()));
            l.onMessage(t.state());
            screen.v.waitFor("Votes: UA ✎ RU ✗ US ✓ EU …");
            assertThat(screen.sentMessages()).filteredOn(ClientMessage.Spectate.class::isInstance).hasSize(1);
        }
    }
}
