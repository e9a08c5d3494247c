package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hall side of the teacher's console over raw TCP: the teacher key, the pushed
 * {@code class_state}, who may act on every room or create rooms in bulk, {@code create_rooms}
 * and the one reply to a request for {@code "all"} rooms. Time is a hand timer.
 */
@Timeout(30)
class TeacherConsoleTest {
    static final String KEY = "class-of-2026-teacher-key";

    @TempDir
    Path dir;

    static ServerConfig config(Path dir) {
        return TestServers.config(dir).withTeacherKey(KEY);
    }

    /** A connection greeted with the teacher key; its welcome and first class_state are read. */
    static Wire teacher(InetSocketAddress a) throws IOException {
        Wire t = new Wire(a);
        t.send("{\"type\":\"hello\",\"id\":\"t\",\"name\":\"Ms T\",\"protocol\":1,\"teacherKey\":\"" + KEY + "\"}");
        JsonObject welcome = t.reply("t");
        assertThat(Wire.type(welcome)).as(welcome.toString()).isEqualTo("welcome");
        assertThat(welcome.get("facilitator").getAsBoolean()).isTrue();
        t.expect("class_state");
        return t;
    }

    /**
     * A class_state in which {@code p} holds: one already received (pushes and replies travel on
     * their own, so it may have come before the reply just read), else the next such one.
     */
    static JsonObject classState(Wire t, Predicate<JsonObject> p) {
        List<String> got;
        synchronized (t.transcript) {
            got = new ArrayList<>(t.transcript);
        }
        for (int i = got.size() - 1; i >= 0; i--) {
            JsonObject o = com.google.gson.JsonParser.parseString(got.get(i)).getAsJsonObject();
            if ("class_state".equals(Wire.type(o)) && p.test(o)) {
                return o;
            }
        }
        return t.until("class_state", o -> "class_state".equals(Wire.type(o)) && p.test(o));
    }

    /** The room with this code in a class_state, or null. */
    static JsonObject room(JsonObject classState, String code) {
        for (JsonElement e : classState.getAsJsonArray("rooms")) {
            if (e.getAsJsonObject().get("code").getAsString().equals(code)) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    /** A class_state in which room {@code code} is listed and {@code p} holds for it. */
    static Predicate<JsonObject> where(String code, Predicate<JsonObject> p) {
        return o -> {
            JsonObject r = room(o, code);
            return r != null && p.test(r);
        };
    }

    static String presence(JsonObject room, String party) {
        return GracePeriodsTest.seat(room, party).get("presence").getAsString();
    }

    static List<String> codes(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        o.getAsJsonArray(field).forEach(e -> out.add(e.getAsString()));
        return out;
    }

    @Test
    void theTeacherKeyMakesTheFacilitatorAndWrongKeysAreCountedAsGuesses() throws Exception {
        // two wrong secrets per address, refilled far slower than this test runs
        ServerConfig cfg = config(dir);
        cfg = cfg.withLimits(cfg.limits().withAddressLimits(50, 300, 3, 2, 0.0001, 1_000, 20, 256));
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(cfg, time, time); Wire t = new Wire(server.address());
             Wire guesser = new Wire(server.address())) {
            t.send("{\"type\":\"hello\",\"id\":\"w\",\"name\":\"Ms T\",\"protocol\":1,\"teacherKey\":\"not-the-teacher-key-at-all\"}");
            assertThat(t.error("w")).isEqualTo("bad_key");
            t.send("{\"type\":\"hello\",\"id\":\"r\",\"name\":\"Ms T\",\"protocol\":1,\"teacherKey\":\"" + KEY + "\"}");
            JsonObject welcome = t.reply("r");
            assertThat(welcome.get("facilitator").getAsBoolean()).isTrue();
            assertThat(t.expect("class_state").getAsJsonArray("rooms")).isEmpty();
            // a rename keeps the connection the teacher's
            t.send("{\"type\":\"hello\",\"id\":\"n\",\"name\":\"Mr T\",\"protocol\":1}");
            assertThat(t.reply("n").get("facilitator").getAsBoolean()).isTrue();

            guesser.send("{\"type\":\"hello\",\"id\":\"g1\",\"name\":\"x\",\"protocol\":1,\"teacherKey\":\"guess-guess-guess-1\"}");
            assertThat(guesser.error("g1")).isEqualTo("bad_key");
            // the address has guessed twice: even the right key waits now
            guesser.send("{\"type\":\"hello\",\"id\":\"g2\",\"name\":\"x\",\"protocol\":1,\"teacherKey\":\"" + KEY + "\"}");
            assertThat(guesser.error("g2")).isEqualTo("rate_limited");
            // a plain player's hello still works and is no facilitator
            guesser.send("{\"type\":\"hello\",\"id\":\"p\",\"name\":\"x\",\"protocol\":1}");
            JsonObject plain = guesser.reply("p");
            assertThat(Wire.type(plain)).isEqualTo("welcome");
            assertThat(plain.has("facilitator")).isFalse();
        }
    }

    @Test
    void aServerWithoutAKeyMakesOneOnceKeepsItOwnerOnlyAndAGivenKeyReplacesIt() throws Exception {
        Path file = dir.resolve(TeacherKey.FILE);
        String made;
        try (TruceServer server = TruceServer.start(TestServers.config(dir))) {
            made = server.config().teacherKey();
            assertThat(made).hasSizeGreaterThanOrEqualTo(ServerConfig.TEACHER_KEY_MIN);
        }
        assertThat(Files.readString(file).strip()).isEqualTo(made);
        if (OwnerOnly.POSIX) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        try (TruceServer server = TruceServer.start(TestServers.config(dir))) {
            assertThat(server.config().teacherKey()).as("kept across a restart").isEqualTo(made);
        }
        try (TruceServer server = TruceServer.start(config(dir))) {
            assertThat(server.config().teacherKey()).isEqualTo(KEY);
        }
        assertThat(Files.readString(file).strip()).isEqualTo(KEY);
        Files.writeString(file, "short\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TruceServer.start(TestServers.config(dir)))
                .hasMessageContaining("teacher.key does not hold a usable teacher key (must be 16 to 128 characters long)");
    }

    @Test
    void classStateFollowsEveryRoomWithItsSeatsAndWhereTheirPlayersAre() throws Exception {
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(config(dir), time, time); Wire t = teacher(server.address());
             Wire ann = Wire.hello(server.address(), "Ann"); Wire bob = Wire.hello(server.address(), "Bob")) {
            ann.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"}}");
            String code = ann.reply("c").get("code").getAsString();
            JsonObject lobby = room(classState(t, o -> room(o, code) != null), code);
            assertThat(lobby.get("phase").getAsString()).isEqualTo("lobby");
            assertThat(lobby.get("title").getAsString()).isEqualTo("Test table");
            assertThat(lobby.get("rounds").getAsInt()).isEqualTo(4);
            assertThat(presence(lobby, "UA")).isEqualTo("free");
            assertThat(presence(lobby, "US")).isEqualTo("bot");
            assertThat(GracePeriodsTest.seat(lobby, "US").get("strategy").getAsString()).isEqualTo("linear");

            HardeningTest.join(ann, code, "UA");
            JsonObject seated = room(classState(t, where(code, r -> "connected".equals(presence(r, "UA")))), code);
            assertThat(GracePeriodsTest.seat(seated, "UA").get("name").getAsString()).isEqualTo("Ann");
            HardeningTest.join(bob, code, "RU");
            JsonObject playing = room(classState(t, where(code, r -> "proposing".equals(r.get("phase").getAsString()))), code);
            assertThat(playing.get("round").getAsInt()).isEqualTo(1);
            assertThat(playing.get("paused").getAsBoolean()).isFalse();
            assertThat(playing.get("remainingMs").getAsLong()).as("the hand timer has not moved").isEqualTo(180_000L);
            assertThat(playing.get("deadline").getAsLong()).isEqualTo(time.getAsLong() + 180_000L);
            assertThat(playing.has("scores")).isFalse();

            // a lobby opened later is listed after the room in progress
            ann.send("{\"type\":\"create_room\",\"id\":\"c2\",\"scenario\":\"test-mini\",\"bots\":{}}");
            String second = ann.reply("c2").get("code").getAsString();
            JsonObject both = classState(t, o -> room(o, second) != null);
            assertThat(both.getAsJsonArray("rooms").get(0).getAsJsonObject().get("code").getAsString()).isEqualTo(code);

            bob.close();
            JsonObject away = room(classState(t, where(code, r -> "away".equals(presence(r, "RU")))), code);
            assertThat(presence(away, "UA")).isEqualTo("connected");
        }
    }

    @Test
    void onlyTheTeachersConnectionMayActOnEveryRoomOrCreateRoomsInBulk() throws Exception {
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(config(dir), time, time); Wire t = teacher(server.address());
             Wire ann = Wire.hello(server.address(), "Ann")) {
            ann.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{}}");
            JsonObject made = ann.reply("c");
            String code = made.get("code").getAsString();
            String key = made.get("facilitatorKey").getAsString();
            ann.send("{\"type\":\"pause\",\"id\":\"p\",\"room\":\"" + code + "\"}");
            assertThat(ann.error("p")).isEqualTo("not_facilitator");
            ann.send("{\"type\":\"announce\",\"id\":\"a\",\"room\":\"all\",\"text\":\"hi\",\"facilitatorKey\":\"" + key + "\"}");
            assertThat(ann.error("a")).as("a room's key is for that room only").isEqualTo("not_facilitator");
            ann.send("{\"type\":\"create_rooms\",\"id\":\"m\",\"scenario\":\"test-mini\",\"count\":2}");
            assertThat(ann.error("m")).isEqualTo("not_facilitator");
            ann.send("{\"type\":\"close_room\",\"id\":\"x\",\"room\":\"" + code + "\"}");
            assertThat(ann.error("x")).isEqualTo("not_facilitator");
            ann.send("{\"type\":\"rooms\",\"id\":\"r\"}");
            assertThat(Wire.type(ann.reply("r"))).as("nothing was created").isEqualTo("rooms");
            assertThat(server.rooms().size()).isEqualTo(1);

            t.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"all\",\"party\":\"UA\"}");
            JsonObject refused = t.reply("f");
            assertThat(refused.get("code").getAsString()).isEqualTo("bad_field");
            assertThat(refused.get("message").getAsString()).contains("'room'").contains("free_seat");
            t.send("{\"type\":\"pause\",\"id\":\"u\",\"room\":\"NOPE9\"}");
            assertThat(t.error("u")).isEqualTo("unknown_room");
        }
    }

    @Test
    void createRoomsOpensEveryRoomOrNoneAtTheServersLimit() throws Exception {
        ServerConfig cfg = config(dir).withMaxRooms(5);
        // one waiting lobby per address: the teacher is exempt
        cfg = cfg.withLimits(cfg.limits().withAddressLimits(1, 300, 3, 10, 0.2, 1_000, 20, 256));
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(cfg, time, time); Wire t = teacher(server.address())) {
            t.send("{\"type\":\"create_rooms\",\"id\":\"u\",\"scenario\":\"nope\",\"count\":3}");
            assertThat(t.error("u")).isEqualTo("unknown_scenario");
            t.send("{\"type\":\"create_rooms\",\"id\":\"s\",\"scenario\":\"test-mini\",\"count\":3,\"bots\":{\"US\":\"nope\"}}");
            assertThat(t.error("s")).isEqualTo("unknown_strategy");
            t.send("{\"type\":\"create_rooms\",\"id\":\"d\",\"scenario\":\"test-mini\",\"count\":3,\"difficulty\":\"wild\"}");
            assertThat(t.error("d")).isEqualTo("bad_field");

            t.send("{\"type\":\"create_rooms\",\"id\":\"m\",\"scenario\":\"test-mini\",\"count\":3,\"rounds\":6,"
                    + "\"bots\":{\"US\":\"linear\"}}");
            JsonObject created = t.reply("m");
            assertThat(Wire.type(created)).as(created.toString()).isEqualTo("rooms_created");
            List<String> codes = codes(created, "codes");
            assertThat(codes).hasSize(3).doesNotHaveDuplicates();
            JsonObject listed = classState(t, o -> codes.stream().allMatch(c -> room(o, c) != null));
            for (String c : codes) {
                assertThat(room(listed, c).get("rounds").getAsInt()).isEqualTo(6);
                assertThat(presence(room(listed, c), "US")).isEqualTo("bot");
                // each set-up is journaled before the reply
                assertThat(Files.readString(JournalFile.fileFor(dir.resolve("rooms"), c))).contains("test-mini");
            }

            t.send("{\"type\":\"create_rooms\",\"id\":\"over\",\"scenario\":\"test-mini\",\"count\":3}");
            assertThat(t.error("over")).isEqualTo("too_many_rooms");
            assertThat(server.rooms().size()).as("all or none").isEqualTo(3);
            t.send("{\"type\":\"create_rooms\",\"id\":\"fit\",\"scenario\":\"test-mini\",\"count\":2}");
            assertThat(codes(t.reply("fit"), "codes")).hasSize(2);
            assertThat(server.rooms().size()).isEqualTo(5);
        }
    }

    @Test
    void aRequestForEveryRoomIsAnsweredOnceWithEachRoomsOutcome() throws Exception {
        HandTimer time = new HandTimer();
        try (TruceServer server = TruceServer.start(config(dir), time, time); Wire t = teacher(server.address())) {
            t.send("{\"type\":\"announce\",\"id\":\"none\",\"room\":\"all\",\"text\":\"Welcome\"}");
            JsonObject empty = t.reply("none");
            assertThat(Wire.type(empty)).isEqualTo("facilitated");
            assertThat(empty.get("action").getAsString()).isEqualTo("announce");
            assertThat(empty.getAsJsonArray("rooms")).isEmpty();

            // a lobby, and a room of bots that plays to its end at once (no bot delay)
            t.send("{\"type\":\"create_rooms\",\"id\":\"l\",\"scenario\":\"test-mini\",\"count\":1}");
            String lobby = codes(t.reply("l"), "codes").get(0);
            t.send("{\"type\":\"create_rooms\",\"id\":\"b\",\"scenario\":\"test-mini\",\"count\":1,"
                    + "\"bots\":{\"UA\":\"linear\",\"RU\":\"linear\",\"US\":\"linear\"}}");
            String bots = codes(t.reply("b"), "codes").get(0);
            JsonObject over = room(classState(t, where(bots, r -> "ended".equals(r.get("phase").getAsString()))), bots);
            assertThat(over.has("agreed")).isTrue();
            assertThat(over.getAsJsonObject("scores").keySet()).containsExactlyInAnyOrder("UA", "RU", "US");

            t.send("{\"type\":\"announce\",\"id\":\"all\",\"room\":\"all\",\"text\":\"Ten minutes left\"}");
            JsonObject reply = t.reply("all");
            assertThat(Wire.type(reply)).as(reply.toString()).isEqualTo("facilitated");
            assertThat(reply.get("action").getAsString()).isEqualTo("announce");
            Set<String> answered = new HashSet<>(codes(reply, "rooms"));
            JsonObject skipped = reply.has("skipped") ? reply.getAsJsonObject("skipped") : new JsonObject();
            answered.addAll(skipped.keySet());
            assertThat(answered).as("every room is accounted for, once").containsExactlyInAnyOrder(lobby, bots);
            assertThat(codes(reply, "rooms")).doesNotContain(bots);
            assertThat(skipped.get(bots).getAsString()).as("why the ended room was skipped").isNotBlank();
            // the request is done: the next one is answered
            t.send("{\"type\":\"ping\",\"id\":\"after\"}");
            assertThat(Wire.type(t.reply("after"))).isEqualTo("pong");
        }
    }
}
