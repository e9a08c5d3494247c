package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.HardeningTest.createFull;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seat stood in for before the server stopped is stood in again at once after the restart
 * (its bot plays on, marked as a stand-in) until its player returns; a seat whose player was
 * connected when the server stopped gets the normal grace. Time moves by hand ({@link HandTimer}):
 * no grace period is waited out. Rooms have no clock, so only the stand-in can act for the seat.
 */
@Timeout(30)
class StandInAfterRestartTest {
    private static final long GRACE = 120_000L;

    @TempDir
    Path dir;

    /** The seat of {@code party} in a state. */
    private static JsonObject seat(JsonObject state, String party) {
        for (JsonElement e : state.getAsJsonArray("seats")) {
            if (e.getAsJsonObject().get("party").getAsString().equals(party)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no seat " + party + " in " + state);
    }

    private static boolean standIn(JsonObject state, String party) {
        JsonObject s = seat(state, party);
        return "human".equals(s.get("occupant").getAsString()) && s.has("strategy")
                && !s.get("connected").getAsBoolean();
    }

    private static JsonObject spectate(Wire w, String room) {
        try {
            w.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        w.reply("sp");
        return w.expect("state");
    }

    private static Wire resume(TruceServer server, String name, String token) throws IOException {
        Wire w = new Wire(server.address());
        w.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"" + name + "\",\"protocol\":1,\"resume\":\"" + token + "\"}");
        assertThat(Wire.type(w.reply("h"))).isEqualTo("welcome");
        return w;
    }

    /** What a kill -9 leaves: the data dir as it is on disk at this moment (every acknowledged line is). */
    private static Path crashImage(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
        return to;
    }

    @Test
    void aSeatStoodInForBeforeACrashIsStoodInAgainAtOnceAndItsBotPlaysOn() throws Exception {
        Path image = dir.resolve("image");
        String room;
        String uaToken;
        String ruToken;
        Path data = dir.resolve("data");
        HandTimer before = new HandTimer();
        try (TruceServer server = TruceServer.start(TestServers.config(data), before, before);
             Wire ua = Wire.hello(server.address(), "ua")) {
            room = createFull(ua, "\"US\":\"linear\"", "").get("code").getAsString();
            uaToken = join(ua, room, "UA");
            try (Wire ru = Wire.hello(server.address(), "ru")) {
                ruToken = join(ru, room, "RU");
            }
            ua.state(s -> "proposing".equals(s.get("phase").getAsString()) && !seat(s, "RU").get("connected").getAsBoolean());
            before.advance(GRACE);
            ua.until("stand_in notice", o -> "notice".equals(Wire.type(o)) && "stand_in".equals(o.get("kind").getAsString()));
            crashImage(data, image); // the notice went out after the journal was forced: the line is on disk
        }

        HandTimer after = new HandTimer();
        try (TruceServer again = TruceServer.start(TestServers.config(image), after, after);
             Wire watcher = Wire.hello(again.address(), "watcher")) {
            JsonObject first = spectate(watcher, room);
            assertThat(standIn(first, "RU")).as("RU was stood in for at the crash: " + first).isTrue();
            assertThat(seat(first, "UA").has("strategy")).as("UA was connected at the crash: normal grace").isFalse();

            try (Wire ua = resume(again, "ua", uaToken)) {
                ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
                ua.reply("p");
                // no time moves: only a stand-in in place at once can vote for RU
                JsonObject voted = ua.state(s -> s.getAsJsonArray("history").size() > 0
                        || !"pending".equals(s.getAsJsonObject("votes").get("RU").getAsString()));
                assertThat(standIn(voted, "RU")).isTrue();
                // RU comes back: the stand-in steps aside, and that is recorded too
                try (Wire ru = resume(again, "ru", ruToken)) {
                    ru.until("returned notice", o -> "notice".equals(Wire.type(o)) && "returned".equals(o.get("kind").getAsString()));
                    // UA drops now: the normal grace, then its stand-in (RU's move is due: the game waits)
                    ua.close();
                    watcher.state(s -> !seat(s, "UA").get("connected").getAsBoolean());
                    after.advance(GRACE - 1);
                    assertThat(watcher.all()).doesNotContain("\"kind\":\"stand_in\"");
                    after.advance(1);
                    JsonObject n = watcher.until("stand_in notice",
                            o -> "notice".equals(Wire.type(o)) && "stand_in".equals(o.get("kind").getAsString()));
                    assertThat(n.get("text").getAsString()).startsWith("Ukraine's player has been away");
                }
            }
        }

        HandTimer third = new HandTimer();
        try (TruceServer once = TruceServer.start(TestServers.config(image), third, third);
             Wire watcher = Wire.hello(once.address(), "watcher")) {
            JsonObject s = spectate(watcher, room);
            assertThat(standIn(s, "RU")).as("RU had returned before this restart: normal grace " + s).isFalse();
            assertThat(standIn(s, "UA")).as("UA was still stood in for: " + s).isTrue();
        }
        List<String> lines = Files.readAllLines(JournalFile.fileFor(image.resolve("rooms"), room));
        assertThat(lines.stream().filter(l -> l.contains("\"log\":\"stand_in\"")).toList()).containsExactly(
                "{\"log\":\"stand_in\",\"party\":\"RU\",\"on\":true}",
                "{\"log\":\"stand_in\",\"party\":\"RU\",\"on\":false}",
                "{\"log\":\"stand_in\",\"party\":\"UA\",\"on\":true}");
    }

    /** Sibling: a seat the facilitator freed mid-game is played by a stand-in; after a restart too. */
    @Test
    void aSeatFreedMidGameKeepsItsStandInAfterARestart() throws Exception {
        String room;
        String ruToken;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire fac = Wire.hello(server.address(), "fac"); Wire ru = Wire.hello(server.address(), "ru")) {
            JsonObject created = createFull(fac, "\"US\":\"linear\"", "");
            room = created.get("code").getAsString();
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                join(ua, room, "UA");
                ruToken = join(ru, room, "RU");
            }
            ru.state(s -> !seat(s, "UA").get("connected").getAsBoolean());
            fac.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\""
                    + created.get("facilitatorKey").getAsString() + "\"}");
            assertThat(fac.reply("f").get("kind").getAsString()).isEqualTo("seat_freed");
            // UA holds the pen of round 1: its stand-in tables
            ru.state(s -> seat(s, "UA").has("strategy") && "voting".equals(s.get("phase").getAsString()));
        }
        try (TruceServer again = TruceServer.start(TestServers.config(dir)); Wire ru = resume(again, "ru", ruToken)) {
            JsonObject s = ru.expect("state");
            assertThat(seat(s, "UA").has("strategy")).as("the freed seat's stand-in plays on: " + s).isTrue();
            ru.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":false}");
            JsonObject next = ru.reply("v");
            assertThat(next.get("round").getAsInt()).as(next.toString()).isEqualTo(2);
            assertThat(next.get("pen").getAsString()).isEqualTo("RU");
            ru.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":2,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
            ru.reply("p");
            // no clock: only a stand-in votes for the free seat
            ru.state(x -> x.getAsJsonArray("history").size() >= 2
                    || !"pending".equals(x.getAsJsonObject("votes").get("UA").getAsString()));
        }
    }
}
