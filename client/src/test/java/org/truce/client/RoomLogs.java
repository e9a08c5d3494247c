package org.truce.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventCodec;

/** A room's log as the server writes it (DATA/rooms/CODE.jsonl), from a game played on the engine, for the offline commands' tests. */
public final class RoomLogs {
    private RoomLogs() {
    }

    /** Writes {@code data}/rooms/{@code code}.jsonl: the set-up line, then one events line per event; the file. */
    public static Path write(Path data, String code, String scenario, int rounds, List<Event> events) throws IOException {
        Files.createDirectories(data.resolve("rooms"));
        StringBuilder log = new StringBuilder("{\"log\":\"room\",\"code\":\"" + code + "\",\"scenario\":\"" + scenario + "\",\"rounds\":"
                + rounds + ",\"turnSeconds\":180,\"voteSeconds\":90,\"difficulty\":\"normal\",\"seed\":5,\"botDelayMs\":0,\"bots\":{},"
                + "\"facilitatorKey\":\"k\",\"created\":1}\n");
        for (Event e : events) {
            JsonArray a = new JsonArray();
            a.add(EventCodec.toJson(e));
            JsonObject o = new JsonObject();
            o.addProperty("log", "events");
            o.add("events", a);
            log.append(o).append('\n');
        }
        Path f = data.resolve("rooms/" + code + ".jsonl");
        Files.writeString(f, log.toString());
        return f;
    }
}
