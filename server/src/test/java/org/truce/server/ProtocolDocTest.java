package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Plays docs/PROTOCOL.md's example session against a real server, so the document stays true. */
@Timeout(60)
class ProtocolDocTest {
    @TempDir
    Path dir;

    static List<String> exampleLines() throws Exception {
        return exampleLines("example");
    }

    /** The JSON lines between {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}. */
    static List<String> exampleLines(String name) throws Exception {
        Path doc = Path.of("..", "docs", "PROTOCOL.md");
        String text = Files.readString(doc);
        int start = text.indexOf("<!-- " + name + ":start -->");
        int end = text.indexOf("<!-- " + name + ":end -->");
        assertThat(start).as("example markers in " + doc).isNotNegative();
        List<String> lines = new ArrayList<>();
        for (String l : text.substring(start, end).split("\n")) {
            if (l.startsWith("{")) {
                lines.add(l);
            }
        }
        return lines;
    }

    @Test
    void theExampleSessionWorks() throws Exception {
        List<String> lines = exampleLines();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(dir).withRoomThreads(2));
             Wire w = new Wire(server.address())) {
            String room = null;
            for (String line : lines) {
                String sent = room == null ? line : line.replace("ROOM", room);
                String id = JsonParser.parseString(sent).getAsJsonObject().get("id").getAsString();
                w.send(sent);
                JsonObject reply = w.reply(id);
                assertThat(Wire.type(reply)).as("reply to " + sent + ": " + reply).isNotEqualTo("error");
                if ("room_created".equals(Wire.type(reply))) {
                    room = reply.get("code").getAsString();
                }
            }
            assertThat(room).isNotNull();
            assertThat(w.all()).contains("\"type\":\"joined\"").contains("\"round\":2");
        }
    }

    /**
     * The teacher's session of "The facilitator": {@code TEACHER_KEY} is the server's key, {@code ROOM}
     * the first room {@code rooms_created} names. Every request gets its documented reply, never an error.
     */
    @Test
    void theFacilitatorExampleWorks() throws Exception {
        List<String> lines = exampleLines("facilitator-example");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(dir).withRoomThreads(2));
             Wire w = new Wire(server.address())) {
            String key = server.config().teacherKey();
            String room = null;
            List<String> created = List.of();
            for (String line : lines) {
                String sent = line.replace("TEACHER_KEY", key);
                sent = room == null ? sent : sent.replace("ROOM", room);
                JsonObject request = JsonParser.parseString(sent).getAsJsonObject();
                w.send(sent);
                JsonObject reply = w.reply(request.get("id").getAsString());
                String type = request.get("type").getAsString();
                assertThat(Wire.type(reply)).as("reply to " + sent + ": " + reply).isNotEqualTo("error");
                switch (type) {
                    case "hello" -> {
                        assertThat(reply.get("facilitator").getAsBoolean()).isTrue();
                        assertThat(Wire.type(w.next(Wire.TIMEOUT))).isEqualTo("class_state");
                    }
                    case "create_rooms" -> {
                        created = new ArrayList<>();
                        for (var c : reply.getAsJsonArray("codes")) {
                            created.add(c.getAsString());
                        }
                        assertThat(created).hasSize(request.get("count").getAsInt());
                        room = created.get(0);
                    }
                    case "ping" -> assertThat(Wire.type(reply)).isEqualTo("pong");
                    default -> {
                        assertThat(Wire.type(reply)).isEqualTo("facilitated");
                        assertThat(reply.get("action").getAsString()).isEqualTo(type);
                        List<String> done = new ArrayList<>();
                        reply.getAsJsonArray("rooms").forEach(c -> done.add(c.getAsString()));
                        boolean all = "all".equals(request.get("room").getAsString());
                        // "all": every open room answered, once, and every one took it
                        List<String> answered = new ArrayList<>(done);
                        if (reply.has("skipped")) {
                            answered.addAll(reply.getAsJsonObject("skipped").keySet());
                        }
                        assertThat(answered).containsExactlyInAnyOrderElementsOf(all ? created : List.of(room));
                        assertThat(done).as("took effect everywhere").containsExactlyInAnyOrderElementsOf(all ? created : List.of(room));
                    }
                }
            }
            assertThat(room).isNotNull();
            assertThat(w.all()).contains("\"type\":\"class_state\"").contains("\"presence\":\"bot\"");
        }
    }
}
