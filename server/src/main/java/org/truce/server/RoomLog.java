package org.truce.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.EventCodec;
import org.truce.shared.json.Json;

/**
 * A room's append-only record, {@code DATA/rooms/CODE.jsonl}: one JSON object per line with a
 * {@code "log"} kind — {@code room} (the set-up), {@code seat} (a human took a seat, with its
 * token) and {@code event} (an engine event, as {@link EventCodec} writes it). Every append is
 * forced to disk before the room tells anyone (the room's {@link Outbox} holds its messages until
 * {@link #force()} returns), so what a player saw survives a crash.
 * Only the room's executor calls it.
 */
final class RoomLog implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(RoomLog.class);

    /** How a room was set up: everything needed to rebuild it, bots and seed included. */
    record Setup(String code, String scenario, int rounds, int turnSeconds, int voteSeconds, String difficulty,
                 long seed, int botDelayMs, Map<String, String> bots, String facilitatorKey, long created) {
    }

    /** A human took a seat. The token is stored raw: this is the server's own disk. */
    record SeatTaken(String party, String name, String token) {
    }

    /** What a log file holds, in order. */
    record Contents(Setup setup, List<SeatTaken> seats, List<Event> events) {
    }

    private final Path file;
    private final FileChannel channel;

    private RoomLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static Path fileFor(Path roomsDir, String code) {
        return roomsDir.resolve(code + ".jsonl");
    }

    /** Opens (creating if needed) for appending. */
    static RoomLog open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new RoomLog(file, ch);
    }

    void setup(Setup s) throws IOException {
        append(List.of(entry("room", Json.gson().toJsonTree(s).getAsJsonObject())));
    }

    void seat(SeatTaken s) throws IOException {
        append(List.of(entry("seat", Json.gson().toJsonTree(s).getAsJsonObject())));
    }

    void events(List<Event> events) throws IOException {
        List<JsonObject> lines = new ArrayList<>(events.size());
        for (Event e : events) {
            JsonObject o = new JsonObject();
            o.addProperty("log", "event");
            o.add("event", EventCodec.toJson(e));
            lines.add(o);
        }
        append(lines);
    }

    private static JsonObject entry(String kind, JsonObject body) {
        JsonObject o = new JsonObject();
        o.addProperty("log", kind);
        body.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
        return o;
    }

    /**
     * One write for a batch: an outcome's events land together or (torn) not at all. Not forced
     * here: the room calls {@link #force()} (off its thread) and holds its messages until then.
     */
    private void append(List<JsonObject> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (JsonObject o : lines) {
            sb.append(Json.gson().toJson(o)).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    /** Forces what was appended so far to disk. Any thread. */
    void force() throws IOException {
        channel.force(false);
    }

    /** Forces, then closes. */
    @Override
    public void close() throws IOException {
        try {
            channel.force(false);
        } finally {
            channel.close();
        }
    }

    Path file() {
        return file;
    }

    /**
     * Reads a log back. A torn last line (a crash mid-write) is dropped with a warning and cut
     * off the file so appends continue cleanly; a bad line anywhere else is an error.
     */
    static Contents read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Setup setup = null;
        List<SeatTaken> seats = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        int start = 0;
        int goodEnd = 0;
        while (start < bytes.length) {
            int nl = indexOf(bytes, (byte) '\n', start);
            boolean last = nl < 0 || nl == bytes.length - 1;
            int end = nl < 0 ? bytes.length : nl;
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
            try {
                if (nl < 0) {
                    throw new IllegalArgumentException("no newline at the end");
                }
                if (!line.isEmpty()) {
                    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                    JsonElement kind = o.get("log");
                    String k = kind == null ? "" : kind.getAsString();
                    switch (k) {
                        case "room":
                            setup = Json.gson().fromJson(o, Setup.class);
                            break;
                        case "seat":
                            seats.add(Json.gson().fromJson(o, SeatTaken.class));
                            break;
                        case "event":
                            events.add(EventCodec.fromJson(o.getAsJsonObject("event")));
                            break;
                        default:
                            throw new IllegalArgumentException("unknown log kind '" + k + "'");
                    }
                }
            } catch (RuntimeException e) {
                if (!last) {
                    throw new IOException(file + ": bad line at byte " + start + ": " + e.getMessage(), e);
                }
                log.warn("{}: torn last line dropped ({} bytes): {}", file, bytes.length - start, e.getMessage());
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(goodEnd);
                    ch.force(true);
                }
                break;
            }
            goodEnd = end + 1;
            start = end + 1;
        }
        if (setup == null) {
            throw new IOException(file + ": no room set-up line");
        }
        return new Contents(setup, seats, events);
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
