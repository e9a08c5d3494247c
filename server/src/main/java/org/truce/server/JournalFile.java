package org.truce.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
 * A room's journal file, its append-only record {@code DATA/rooms/CODE.jsonl}: one JSON object per
 * line with a {@code "log"} kind (the key is older than the name "journal"; files on disk keep it)
 * — {@code room} (the set-up), {@code seat} (a human took a seat, with its token), {@code unseat}
 * (a seat was freed and its token revoked), {@code name} (a returning player's new name),
 * {@code stand_in} (an absent player's bot persona began, {@code on: true}, or stopped,
 * {@code on: false}, playing their seat), {@code events} (one command's outcome: the
 * array of engine events it caused, as {@link EventCodec} writes them), {@code result} (after the
 * events that end the game: the scores, see {@link ResultLine}), {@code closed} (the room
 * was closed: the game is over for good), {@code member} (a player joined a seat's team, with their own
 * token's hash; again with a new name), {@code unmember} (a member left the team before the game),
 * {@code lead} (the team member with that token leads the seat now), {@code team_said} (a line on a
 * team's channel). Older files hold one {@code event} per line; both are
 * read, and files without {@code stand_in} lines read as if no seat was ever stood in for.
 *
 * <p>Every append is one write of whole lines; a failed write is cut back off the file, so a
 * torn outcome never lands half-way. It is forced to disk before the room tells anyone (the
 * room's {@link Outbox} holds its messages until {@link #force()} returns), so what a player saw
 * survives a crash. Only the room's executor calls it (and {@link #force()} from the fsync pool).
 */
class JournalFile implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);

    /**
     * How a room was set up: everything needed to rebuild it, bots and seed included. {@code forClass}:
     * true for a room a teacher set up ({@code create_rooms}), null otherwise (and in older journals).
     */
    record Setup(String code, String scenario, int rounds, int turnSeconds, int voteSeconds, String difficulty,
                 long seed, int botDelayMs, Map<String, String> bots, String facilitatorKey, long created, Boolean forClass) {
        /** A room a player set up. */
        Setup(String code, String scenario, int rounds, int turnSeconds, int voteSeconds, String difficulty,
              long seed, int botDelayMs, Map<String, String> bots, String facilitatorKey, long created) {
            this(code, scenario, rounds, turnSeconds, voteSeconds, difficulty, seed, botDelayMs, bots, facilitatorKey, created, null);
        }

        /** Whether a teacher set the room up: it waits longer for its students (see {@link Room#lobbyIdleSeconds}). */
        boolean isForClass() {
            return Boolean.TRUE.equals(forClass);
        }
    }

    /**
     * A human took a seat. {@code token} holds the token's {@link Secrets#hash}, never the token:
     * whoever reads the file cannot take the seat. Older journals hold plaintext; they are hashed on read.
     */
    record SeatTaken(String party, String name, String token) {
    }

    /**
     * The round clock as it last stood: for {@code round} and {@code phase} (wire name), running until
     * {@code deadline} (epoch ms), or stopped by a pause with {@code leftMs} left. A restart gives the
     * clock back what it had, not a fresh one.
     */
    record Clock(int round, String phase, Long deadline, Long leftMs) {
    }

    /** A seat was freed: whose, its revoked token's {@link Secrets#hash}, and why. */
    record Unseated(String party, String token, Unseating reason) {
    }

    /**
     * What a journal file holds, in order. {@code seats}: the seats still held (frees applied, names
     * updated); {@code unseated}: every seat freed, in order (its token no longer works);
     * {@code closed}: why the room was closed, or null; {@code tornAt}: where a torn
     * last line starts (the caller cuts it off with {@link #truncate} if it keeps the room), or -1.
     * {@code standIns}: the held seats a stand-in was playing when the file ended (their player away).
     * {@code clock}: the clock's last line, or null.
     */
    record Contents(Setup setup, List<SeatTaken> seats, List<Unseated> unseated, List<Event> events, String closed,
                    long tornAt, java.util.Set<String> standIns, Clock clock, Map<String, List<SeatTaken>> members,
                    List<TeamLine> teamLines) {
    }

    /** A line on {@code party}'s team channel: {@code by} whom, in which round. */
    record TeamLine(String party, String by, String text, int round) {
    }

    /** A complete line that cannot be read: the file is not a journal this server can trust. */
    static final class CorruptJournalException extends IOException {
        CorruptJournalException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path file;
    private final FileChannel channel;

    JournalFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static Path fileFor(Path roomsDir, String code) {
        return roomsDir.resolve(code + ".jsonl");
    }

    /** Opens (creating if needed) for appending; a new file's directory entry is forced to disk too. */
    static JournalFile open(Path file) throws IOException {
        boolean existed = Files.exists(file);
        FileChannel ch = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), OwnerOnly.fileAttributes());
        if (!existed) {
            syncDir(file.toAbsolutePath().getParent());
        }
        return new JournalFile(file, ch);
    }

    /** Forces a directory's entries to disk (a new file survives a crash); ignored where refused. */
    static void syncDir(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
            DIR_SYNCS.incrementAndGet();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot force directory {}: {}", dir, e.toString());
        }
    }

    /** Directory forces done (tests check a new room's file is made durable). */
    static final java.util.concurrent.atomic.AtomicLong DIR_SYNCS = new java.util.concurrent.atomic.AtomicLong();

    void setup(Setup s) throws IOException {
        append(List.of(entry("room", Json.gson().toJsonTree(s).getAsJsonObject())));
    }

    void seat(SeatTaken s) throws IOException {
        append(List.of(entry("seat", Json.gson().toJsonTree(s).getAsJsonObject())));
    }

    /** A seat was freed for {@code reason}; its token no longer works. */
    void unseat(String party, String token, Unseating reason) throws IOException {
        append(List.of(unseatLine(party, token, reason)));
    }

    /** The line {@link #unseat} writes, for {@link #events(List, List)}. */
    static JsonObject unseatLine(String party, String token, Unseating reason) {
        JsonObject o = new JsonObject();
        o.addProperty("party", party);
        o.addProperty("token", token);
        o.addProperty("reason", reason.journaled);
        return entry("unseat", o);
    }

    /** A player joined {@code party}'s team (or a member goes by a new name): {@code token} is their token's hash. */
    void member(String party, String name, String token) throws IOException {
        JsonObject o = partyObject(party);
        o.addProperty("name", name);
        o.addProperty("token", token);
        append(List.of(entry("member", o)));
    }

    /** A member left {@code party}'s team before the game: their token ({@code token}, its hash) no longer works. */
    void unmember(String party, String token) throws IOException {
        partyLine("unmember", party, "token", token);
    }

    /** The team member whose token hashes to {@code token} leads {@code party}'s seat now. */
    void lead(String party, String token) throws IOException {
        partyLine("lead", party, "token", token);
    }

    /** A line on a team's channel, kept for the team's return and the debrief. */
    void teamSaid(TeamLine t) throws IOException {
        append(List.of(entry("team_said", Json.gson().toJsonTree(t).getAsJsonObject())));
    }

    /** A returning player goes by a new name. */
    void name(String party, String name) throws IOException {
        partyLine("name", party, "name", name);
    }

    /** A team line of {@code kind}: the party, then one more field. */
    private void partyLine(String kind, String party, String key, String value) throws IOException {
        JsonObject o = partyObject(party);
        o.addProperty(key, value);
        append(List.of(entry(kind, o)));
    }

    /** A line's object, its {@code party} first. */
    private static JsonObject partyObject(String party) {
        JsonObject o = new JsonObject();
        o.addProperty("party", party);
        return o;
    }

    /**
     * An absent player's bot persona starts ({@code on}) or stops playing their seat: after a
     * restart a seat stood in for is stood in again at once, not after a fresh grace period.
     */
    void standIn(String party, boolean on) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("party", party);
        o.addProperty("on", on);
        append(List.of(entry("stand_in", o)));
    }

    /** The round clock started, was extended, or stopped with time left (see {@link Clock}). */
    void clock(Clock c) throws IOException {
        append(List.of(entry("clock", Json.gson().toJsonTree(c).getAsJsonObject())));
    }

    /** The room was closed for good, for one of the journaled reasons ({@link Closing#journaled}). */
    void closed(Closing reason) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("reason", reason.journaled);
        o.addProperty("at", System.currentTimeMillis());
        append(List.of(entry("closed", o)));
    }

    /** One command's outcome, as one line: it lands whole or not at all. */
    void events(List<Event> events) throws IOException {
        events(List.of(), events);
    }

    /**
     * Seat lines ({@code before}, e.g. {@link #unseatLine}) and one command's outcome in one write:
     * all of them land or none (a seat freed only with the event that says why).
     */
    void events(List<JsonObject> before, List<Event> events) throws IOException {
        events(before, events, List.of());
    }

    /** As {@link #events(List, List)}, with lines written after the events in the same write (a {@link ResultLine}). */
    void events(List<JsonObject> before, List<Event> events, List<JsonObject> after) throws IOException {
        JsonArray arr = new JsonArray();
        for (Event e : events) {
            arr.add(EventCodec.toJson(e));
        }
        JsonObject o = new JsonObject();
        o.addProperty("log", "events");
        o.add("events", arr);
        List<JsonObject> lines = new java.util.ArrayList<>(before);
        lines.add(o);
        lines.addAll(after);
        append(lines);
    }

    private static JsonObject entry(String kind, JsonObject body) {
        JsonObject o = new JsonObject();
        o.addProperty("log", kind);
        body.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
        return o;
    }

    /**
     * One write for a batch. If it fails, the file is cut back to its length before, so no part
     * of it stays to be replayed. Not forced here: the room calls {@link #force()} (off its thread)
     * and holds its messages until then.
     */
    private void append(List<JsonObject> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (JsonObject o : lines) {
            sb.append(Json.gson().toJson(o)).append('\n');
        }
        writeOrCutBack(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the bytes; on failure cuts the file back to where it was, so no partial line stays. */
    private void writeOrCutBack(ByteBuffer buf) throws IOException {
        long before = channel.size();
        try {
            write(buf);
        } catch (IOException e) {
            try {
                channel.truncate(before);
            } catch (IOException t) {
                e.addSuppressed(t);
            }
            throw e;
        }
    }

    /**
     * Checks the disk takes writes again: appends an empty line (readers skip it) and forces it.
     * A failed probe is cut back off like any append.
     */
    void probe() throws IOException {
        writeOrCutBack(ByteBuffer.wrap(new byte[] {'\n'}));
        force();
    }

    /** Writes the bytes (a seam for tests that simulate a failing disk). */
    void write(ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    /** Forces what was appended so far to disk. Any thread. */
    void force() throws IOException {
        channel.force(false);
    }

    /** Closes a journal whose lines were all forced already (no second force on the room's thread). */
    void closeForced() throws IOException {
        channel.close();
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

    /** Cuts a torn last line off (see {@link Contents#tornAt()}). */
    static void truncate(Path file, long length) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(length);
            ch.force(true);
        }
    }

    /** Reads a journal back, changing nothing: see {@link JournalReader#read}. */
    static Contents read(Path file) throws IOException {
        return JournalReader.read(file);
    }
}
