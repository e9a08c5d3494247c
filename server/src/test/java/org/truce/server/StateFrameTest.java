package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.scenario.Scenario;

/** The once-encoded broadcast state (cached history, per-seat tail) says exactly what the plain encoding says. */
class StateFrameTest {
    @TempDir
    Path dir;

    @Test
    void frameMatchesThePlainEncodingAsTheHistoryGrows() throws Exception {
        ServerConfig cfg = TestServers.config(dir);
        Rooms rooms = new Rooms(cfg, ScenarioCatalog.load(cfg));
        try {
            Scenario sc = ScenarioCatalog.load(cfg).get("test-mini");
            Game game = new Game(sc.info());
            List<Event> events = new ArrayList<>();
            events.add(game.start(4, 9));
            for (int round = 1; round <= 3; round++) {
                JournalFile.Setup setup = new JournalFile.Setup("ABCDE", "test-mini", 4, 0, 0, "normal", 9, 0, Map.of(), "k", 1);
                Room room = new Room(rooms, sc, setup, events);
                StateFrame frame = room.views.stateFrame();
                for (String you : new String[] {null, "UA", "R\"U"}) {
                    for (String re : new String[] {null, "7", "\"a\\\"b\""}) { // ids as JSON text
                        String line = frame.text(you, re);
                        assertThat(line).endsWith("}\n");
                        JsonObject fast = JsonParser.parseString(line).getAsJsonObject();
                        JsonObject plain = JsonParser.parseString(ProtocolCodec.encode(room.views.state(you), re)).getAsJsonObject();
                        assertThat(fast).isEqualTo(plain);
                        assertThat(fast.getAsJsonArray("history")).hasSize(round - 1);
                        // events: the stream-mode line is the same state with the history field left out
                        io.netty.buffer.ByteBuf bare = frame.lineWithoutHistory(you, re);
                        JsonObject withoutHistory = JsonParser.parseString(bare.toString(java.nio.charset.StandardCharsets.UTF_8))
                                .getAsJsonObject();
                        bare.release();
                        plain.remove("history");
                        assertThat(withoutHistory).isEqualTo(plain);
                    }
                }
                frame.release();
                String pen = game.state().pen();
                events.addAll(game.handle(new Command.Propose(pen, round, Map.of("line", "b", "guard", "y"))).events());
                for (String p : sc.info().partyIds()) {
                    if (!p.equals(pen)) {
                        events.addAll(game.handle(new Command.Vote(p, round, false)).events());
                    }
                }
            }
        } finally {
            rooms.shutdown(1000);
        }
    }
}
