package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.ScenarioLoader;

/** A server that sends control characters and leaves fields out cannot freeze the screen. */
class MalformedServerTest {

    @Test
    @Timeout(30)
    void aStateWithControlCharactersAndMissingFieldsKeepsTheScreenAlive() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit");
        ScenarioInfo clean = sc.info();
        // every name of the scenario carries an escape sequence or a newline
        List<Party> parties = clean.parties().stream()
                .map(p -> new Party(p.id(), p.name() + "\u001b[2J", p.description() + "\n\r", p.declaredRedLines())).toList();
        ScenarioInfo dirty = new ScenarioInfo(clean.id(), "Paris\u0007 Summit: test", clean.summary(), clean.rounds(), clean.terms(), parties);
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            l.onMessage(new ServerMessage.Joined("RO\u001bOM", "UA", "tok", sc.brief("UA"), dirty));
            Map<String, String> votes = new HashMap<>();
            votes.put("UA", null);
            votes.put(null, "accepted");
            // no phase, no votes, no seats, a draft without terms, a pen with an escape
            l.onMessage(new ServerMessage.State("ROOM", null, null, 1, 4, "RU\u001b[31m", new ServerParts.DraftView(1, null, null, false),
                    votes, null, null, null, null, null));
            l.onMessage(new ServerMessage.Said("RU", "all", "hi\u001b[2J there\nforged line", 1));
            l.onMessage(new ServerMessage.Notice(null, null));
            l.onMessage(new ServerMessage.Error(null, null));
            // then a good state: the screen still follows
            l.onMessage(new ServerMessage.State("ROOM", clean.id(), "proposing", 2, 4, "UA", null, Map.of(), List.of(), null, null, List.of(), "UA"));
            String s = v.waitFor("You hold the pen", 5000);
            assertThat(s).contains("Round 2").contains("hi [2J there forged line").doesNotContain("\u001b");
            assertThat(app(v).model().state().phase()).isEqualTo("proposing");
        }
    }

    private static App app(VirtualScreen v) {
        return v.app();
    }
}
