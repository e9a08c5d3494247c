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

/**
 * What a finished game leaves: its journal ends with the scores every player saw in game_over, and
 * the teacher's {@code write_reports} writes its report into {@code DATA/reports} (a player may not).
 */
@Timeout(30)
class FinishedRoomRecordsTest {
    @TempDir
    Path dir;

    /** A room of bots but one seat, whose player leaves: the stand-in and the clocks finish it; its game_over. */
    private static JsonObject finish(TruceServer server, HandTimer time, Wire teacher, String[] room) throws Exception {
        try (Wire ua = Wire.hello(server.address(), "Ana");
             Wire watcher = Wire.hello(server.address(), "Cleo")) {
            List<String> parties = server.config().scenarios().get(0).info().partyIds();
            StringBuilder bots = new StringBuilder();
            for (String p : parties.subList(1, parties.size())) {
                bots.append(bots.length() == 0 ? "" : ",").append("\"").append(p).append("\":\"default\"");
            }
            teacher.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"" + server.config().scenarios().get(0).id()
                    + "\",\"rounds\":2,\"turnSeconds\":10,\"voteSeconds\":10,\"bots\":{" + bots + "}}");
            room[0] = teacher.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room[0] + "\",\"party\":\"" + parties.get(0) + "\"}");
            assertThat(Wire.type(ua.reply("j"))).isEqualTo("joined");
            watcher.send("{\"type\":\"spectate\",\"id\":\"s\",\"room\":\"" + room[0] + "\"}");
            watcher.reply("s");
            ua.close(); // after the grace her stand-in plays; the clocks run the rounds out
            for (int i = 0; i < 30; i++) {
                time.advance(11_000);
                JsonObject o = watcher.until("the next state",
                        m -> "state".equals(Wire.type(m)) || "game_over".equals(Wire.type(m)));
                if ("game_over".equals(Wire.type(o))) {
                    return o;
                }
            }
        }
        throw new AssertionError("the game did not end");
    }

    @Test
    void aFinishedGamesJournalEndsWithTheScoresOfItsGameOver() throws Exception {
        HandTimer time = new HandTimer();
        ServerConfig cfg = TeacherConsoleTest.config(dir).withBotDelayMs(0).withGraceSeconds(5);
        String[] room = new String[1];
        JsonObject end;
        try (TruceServer server = TruceServer.start(cfg, time, time);
             Wire teacher = TeacherConsoleTest.teacher(server.address())) {
            end = finish(server, time, teacher, room);
        }
        Path file = JournalFile.fileFor(dir.resolve("rooms"), room[0]);
        JsonObject result = null;
        for (String l : Files.readAllLines(file)) {
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

    @Test
    void theTeachersWriteReportsPutsTheFinishedRoomsReportInTheDataDirAndAPlayerMayNot() throws Exception {
        HandTimer time = new HandTimer();
        ServerConfig cfg = TeacherConsoleTest.config(dir).withBotDelayMs(0).withGraceSeconds(5);
        String[] room = new String[1];
        try (TruceServer server = TruceServer.start(cfg, time, time);
             Wire teacher = TeacherConsoleTest.teacher(server.address());
             Wire student = Wire.hello(server.address(), "Ben")) {
            teacher.send("{\"type\":\"create_room\",\"id\":\"w\",\"scenario\":\"" + server.config().scenarios().get(0).id() + "\"}");
            String waiting = teacher.reply("w").get("code").getAsString();
            finish(server, time, teacher, room);

            student.send("{\"type\":\"write_reports\",\"id\":\"r\"}");
            assertThat(student.error("r")).isEqualTo("not_facilitator");

            teacher.send("{\"type\":\"write_reports\",\"id\":\"r\"}");
            JsonObject written = teacher.reply("r");
            assertThat(Wire.type(written)).isEqualTo("reports_written");
            Path out = dir.resolve("reports").toAbsolutePath();
            assertThat(written.get("dir").getAsString()).as(written.toString()).isEqualTo(out.toString());
            assertThat(written.getAsJsonArray("rooms").toString()).isEqualTo("[\"" + room[0] + "\"]");
            assertThat(written.getAsJsonArray("inProgress").toString()).contains(waiting);
            assertThat(written.getAsJsonArray("problems")).isEmpty();
            assertThat(out.resolve(room[0] + ".md")).exists();
            assertThat(JsonParser.parseString(Files.readString(out.resolve(room[0] + ".json"))).isJsonObject()).isTrue();
            assertThat(out.resolve("class.md")).exists();
            assertThat(out.resolve("class.csv")).exists();
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(room[0] + ".json")))).isEqualTo("rw-------");
        }
    }
}
