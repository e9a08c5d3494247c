package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.net.Connection;
import org.truce.client.net.Connector;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.ScenarioLoader;

/** The lobby's create-room dialog (F2), driven by keys on an 80×24 virtual terminal. */
class CreateRoomDialogTest {

    @Test
    @Timeout(20)
    void setsUpARoomInAFewKeysAndSendsTheRightMessage() throws Exception {
        BlockingQueue<ClientMessage> sent = new LinkedBlockingQueue<>();
        Connector recorder = (hello, listener) -> {
            listener.onLink(true, "test", 0);
            return new Connection() {
                @Override
                public void send(ClientMessage message) {
                    sent.add(message);
                }

                @Override
                public void close() {
                }
            };
        };
        var info = ScenarioLoader.builtIn("paris-summit").info();
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> {
            app.model().apply(new ServerMessage.Scenarios(List.of(info)));
            app.connect(recorder);
            app.openDialog(new CreateRoomDialog(app));
        })) {
            String s = Dump.save("create-room", v.waitFor("Create a room"));
            assertThat(s).contains("▶ Scenario").contains("paris-summit").contains("Seats: 6 human, 0 bot")
                    .contains("B All bots but this seat").contains("Enter Create the room");
            // every line of the dialog stays inside its frame
            assertThat(s.lines().filter(l -> l.contains("◀")).allMatch(l -> l.trim().endsWith("│"))).isTrue();
            v.key(KeyType.ArrowDown).type("6");                       // rounds: 6
            v.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowLeft); // vote: 90 → 60 s
            v.key(KeyType.ArrowDown).key(KeyType.ArrowRight);         // bots: hard
            v.key(KeyType.ArrowDown).key(KeyType.ArrowDown).key('b'); // Russia stays human, every other seat a bot
            v.key(KeyType.ArrowDown).key(KeyType.ArrowRight).key(KeyType.ArrowRight); // US: conceder
            s = v.waitFor("bot: conceder");
            assertThat(s).contains("▶ United States ").contains("Seats: 1 human, 5 bot").contains("◀ 60 s")
                    .contains("◀ 6 ").contains("◀ hard");
            v.key(KeyType.Enter);
            // the message itself, however long the machine takes: the test's timeout is the only bound
            ClientMessage.CreateRoom c = null;
            while (c == null) {
                if (sent.take() instanceof ClientMessage.CreateRoom cr) {
                    c = cr;
                }
            }
            assertThat(c.scenario()).isEqualTo("paris-summit");
            assertThat(c.rounds()).isEqualTo(6);
            assertThat(c.turnSeconds()).isEqualTo(180);
            assertThat(c.voteSeconds()).isEqualTo(60);
            assertThat(c.difficulty()).isEqualTo("hard");
            assertThat(c.bots()).isEqualTo(Map.of("UA", "default", "US", "conceder", "FR", "default", "UK", "default", "DE", "default"));
            v.waitForGone("Create a room", 3000);
        }
    }

    @Test
    @Timeout(20)
    void aScenarioOfMoreRoundsThanARoomPlaysOffersFifty() throws Exception {
        // e.g. an ANAC domain imported with a 180-round deadline, for the simulator
        var paris = ScenarioLoader.builtIn("paris-summit").info();
        var info = new org.truce.shared.scenario.ScenarioInfo("party", "Party (GENIUS domain)", "", 180, paris.terms(), paris.parties());
        try (VirtualScreen v = new VirtualScreen(80, 24, app -> {
            app.model().apply(new ServerMessage.Scenarios(List.of(info)));
            app.openDialog(new CreateRoomDialog(app));
        })) {
            String s = v.waitFor("Create a room");
            assertThat(s).contains("50 rounds").doesNotContain("180 rounds");
            v.key(KeyType.ArrowDown).key(KeyType.ArrowLeft);          // rounds: one fewer than the default
            assertThat(v.waitFor("◀ 49 ")).contains("default is 50");
        }
    }
}
