package org.truce.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * A chat line is marked "(stand-in)" from the server's {@code standIn} field, not from who holds
 * the seat now: a stand-in's line replayed after its player is back keeps the mark, and a line
 * the player said before leaving does not take it on.
 */
class StandInChatTest {
    private static List<String> lines(GameModel m) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : m.log()) {
            out.add("[" + e.round() + "] " + e.text());
        }
        return out;
    }

    /** As the client reads it off the wire (decoded, then sanitised). */
    private static ServerMessage wire(String json) {
        return Sanitize.message(ProtocolCodec.decodeServer(json).message());
    }

    @Test
    void theMarkComesWithTheLineNotWithTheSeat() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        m.apply(t.state()); // every seat held by its human, connected
        // replayed after the US player came back: the stand-in's lines keep their mark
        m.apply(wire("{\"type\":\"said\",\"from\":\"US\",\"to\":\"all\",\"text\":\"Keeping the seat.\",\"round\":1,\"standIn\":true}"));
        m.apply(wire("{\"type\":\"said\",\"from\":\"US\",\"to\":\"UA\",\"text\":\"Only the seat.\",\"round\":1,\"standIn\":true}"));
        // now a stand-in plays the US seat: a line its human said earlier is still the human's
        t.standIns.add("US");
        m.apply(t.state());
        m.apply(wire("{\"type\":\"said\",\"from\":\"US\",\"to\":\"all\",\"text\":\"Said before I left.\",\"round\":1}"));
        assertThat(lines(m)).contains(
                "[1] United States (stand-in): Keeping the seat.",
                "[1] (private) United States (stand-in) → you: Only the seat.",
                "[1] United States: Said before I left.");
    }

    @Test
    void aStandInForYourOwnSeatIsNotYou() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        GameModel m = new GameModel();
        m.apply(new ServerMessage.Joined("ROOM", "UA", "tok", sc.brief("UA"), sc.info()));
        m.apply(new Table(sc, "UA", 6).state());
        m.apply(wire("{\"type\":\"said\",\"from\":\"UA\",\"to\":\"RU\",\"text\":\"While you were away.\",\"round\":1,\"standIn\":true}"));
        m.apply(wire("{\"type\":\"said\",\"from\":\"UA\",\"to\":\"RU\",\"text\":\"Mine.\",\"round\":1}"));
        assertThat(lines(m)).contains("[1] (private) Ukraine (stand-in) → Russia: While you were away.",
                "[1] (private) You → Russia: Mine.");
    }
}
