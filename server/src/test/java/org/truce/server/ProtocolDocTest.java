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
        Path doc = Path.of("..", "docs", "PROTOCOL.md");
        String text = Files.readString(doc);
        int start = text.indexOf("<!-- example:start -->");
        int end = text.indexOf("<!-- example:end -->");
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
}
