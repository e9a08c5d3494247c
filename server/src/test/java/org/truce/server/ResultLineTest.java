package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The room's journal ends a finished game with the scores every player saw in game_over. */
@Timeout(30)
class ResultLineTest {
    @TempDir
    Path dir;

    @Test
    void aFinishedGamesJournalEndsWithTheScoresOfItsGameOver() throws Exception {
        HandTimer time = new HandTimer();
        ServerConfig cfg = TeacherConsoleTest.config(dir).withBotDelayMs(0).withGraceSeconds(5);
        String room;
        JsonObject end = null;
        try (TruceServer server = TruceServer.start(cfg, time, time);
             Wire teacher = TeacherConsoleTest.teacher(server.address());
             Wire ua = Wire.hello(server.address(), "Ana");
             Wire watcher = Wire.hello(server.address(), "Cleo")) {
            List<String> parties = server.config().scenarios().get(0).info().partyIds();
            StringBuilder bots = new StringBuilder();
            for (String p : parties.subList(1, parties.size())) {
                bots.append(bots.length() == 0 ? "" : ",").append("\"").append(p).append("\":\"default\"");
            }
            teacher.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"" + server.config().scenarios().get(0).id()
                    + "\",\"rounds\":2,\"turnSeconds\":10,\"voteSeconds\":10,\"bots\":{" + bots + "}}");
            room = teacher.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"" + parties.get(0) + "\"}");
            assertThat(Wire.type(ua.reply("j"))).isEqualTo("joined");
            watcher.send("{\"type\":\"spectate\",\"id\":\"s\",\"room\":\"" + room + "\"}");
            watcher.reply("s");
            ua.close(); // after the grace her stand-in plays; the clocks run the rounds out
            for (int i = 0; i < 30 && end == null; i++) {
                time.advance(11_000);
                JsonObject o = watcher.until("the next state",
                        m -> "state".equals(Wire.type(m)) || "game_over".equals(Wire.type(m)));
                end = "game_over".equals(Wire.type(o)) ? o : null;
            }
            assertThat(end).as("the game ended").isNotNull();
        }
        Path file = JournalFile.fileFor(dir.resolve("rooms"), room);
        List<String> lines = Files.readAllLines(file);
        JsonObject result = null;
        for (String l : lines) {
            JsonObject o = JsonParser.parseString(l).getAsJsonObject();
            if ("result".equals(o.get("log").getAsString())) {
                assertThat(result).as("one result line").isNull();
                result = o;
            }
        }
        assertThat(result).as("a result line").isNotNull();
        assertThat(result.get("round").getAsInt()).isEqualTo(end.get("round").getAsInt());
        boolean deal = end.has("agreement") && !end.get("agreement").isJsonNull();
        assertThat(result.get("deal").getAsBoolean()).isEqualTo(deal);
        assertThat(result.getAsJsonObject("results")).isEqualTo(end.getAsJsonObject("results"));
        // and the file still reads: the line is skipped by replay and recovery
        assertThat(JournalFile.read(file).events()).isNotEmpty();
    }
}
