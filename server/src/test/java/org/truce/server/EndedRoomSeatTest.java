package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seat freed during a game is not offered once the game is over: joining it would seat a
 * player at a table with nothing left to play and no report (a play-test got stuck there). The
 * lobby lists the ended room with its outcome.
 */
@Timeout(30)
class EndedRoomSeatTest {
    @TempDir
    Path dir;

    @Test
    void aSeatFreedDuringTheGameCannotBeJoinedOnceItIsOver() throws Exception {
        HandTimer time = new HandTimer();
        ServerConfig cfg = TeacherConsoleTest.config(dir).withBotDelayMs(0).withGraceSeconds(5);
        try (TruceServer server = TruceServer.start(cfg, time, time);
             Wire teacher = TeacherConsoleTest.teacher(server.address());
             Wire ua = Wire.hello(server.address(), "Ana");
             Wire late = Wire.hello(server.address(), "Ben");
             Wire watcher = Wire.hello(server.address(), "Cleo")) {
            StringBuilder bots = new StringBuilder();
            for (String p : server.config().scenarios().get(0).info().partyIds().subList(1, 3)) {
                bots.append(bots.length() == 0 ? "" : ",").append("\"").append(p).append("\":\"default\"");
            }
            String first = server.config().scenarios().get(0).info().partyIds().get(0);
            String freed = server.config().scenarios().get(0).info().partyIds().get(1);
            teacher.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"" + server.config().scenarios().get(0).id()
                    + "\",\"rounds\":2,\"turnSeconds\":10,\"voteSeconds\":10,\"bots\":{" + bots + "}}");
            String room = teacher.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + first + "\"}");
            assertThat(Wire.type(ua.reply("j"))).isEqualTo("joined");
            watcher.send("{\"type\":\"spectate\",\"id\":\"s\",\"room\":\"" + room + "\"}");
            watcher.reply("s");
            teacher.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"" + freed + "\"}");
            assertThat(Wire.type(teacher.reply("f"))).isEqualTo("notice");
            ua.close(); // Ana leaves: after the grace her stand-in plays, the clocks run the rounds out
            com.google.gson.JsonObject end = null;
            for (int i = 0; i < 30 && end == null; i++) {
                time.advance(11_000); // each step moves the game on: a timeout or a stand-in's move, then a state
                com.google.gson.JsonObject o = watcher.until("the next state",
                        m -> "state".equals(Wire.type(m)) || "game_over".equals(Wire.type(m)));
                end = "game_over".equals(Wire.type(o)) ? o : null;
            }
            assertThat(end).as("the game ended").isNotNull();

            late.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + freed + "\"}");
            assertThat(late.error("j")).isEqualTo("game_over");

            // the lobby says how it ended, not just "over": the same outcome as the game_over
            late.send("{\"type\":\"rooms\",\"id\":\"r\"}");
            com.google.gson.JsonObject listed = null;
            for (var e : late.reply("r").getAsJsonArray("rooms")) {
                if (e.getAsJsonObject().get("code").getAsString().equals(room)) {
                    listed = e.getAsJsonObject();
                }
            }
            assertThat(listed).as("the ended room is listed").isNotNull();
            assertThat(listed.get("phase").getAsString()).isEqualTo("ended");
            boolean deal = end.has("agreement") && !end.get("agreement").isJsonNull();
            assertThat(listed.get("outcome").getAsString()).isEqualTo(deal ? "deal" : "no_deal");
        }
    }
}
