package org.truce.client.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * From round 2 the editor starts from the latest draft, often another party's: E, Enter would table
 * it back unchanged. The confirm says whose draft it is, so a player does not table it unawares.
 */
class TableUnchangedDraftTest {

    @Test
    @Timeout(30)
    void theConfirmSaysWhenTheDraftIsAnotherPartysUnchanged() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "RU", 6);
        try (HandFedScreen screen = new HandFedScreen()) {
            VirtualScreen v = screen.v;
            ConnectionListener l = screen.l;
            l.onMessage(new ServerMessage.Joined("ROOM", "RU", "tok", sc.brief("RU"), sc.info()));
            l.onMessage(t.state());
            t.run(new Command.Propose("UA", 1, t.firstOptions())).forEach(l::onMessage);
            v.waitFor("Your vote");
            t.run(new Command.Vote("RU", 1, false)).forEach(l::onMessage);
            t.run(new Command.Vote("US", 1, true)).forEach(l::onMessage);
            t.run(new Command.Vote("EU", 1, false)).forEach(l::onMessage); // round 2: Russia's pen
            v.waitFor("You hold the pen");
            v.key('e');
            v.waitFor("the latest draft (round 1)");
            v.key(com.googlecode.lanterna.input.KeyType.Enter);
            v.waitUntil("the confirm names the draft", s -> flat(s).contains("It is Ukraine's draft of round 1, unchanged."), 5000);
        }
    }

    /** The screen's text as one line: dialog borders and line breaks gone, runs of spaces one. */
    private static String flat(String screen) {
        return screen.replaceAll("[│┃║]", " ").replaceAll("\\s+", " ");
    }
}
