package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message type in every phase of a connection (greeting, lobby, seat, spectator), over a
 * real loopback socket: each request gets exactly one reply, and the request after it is still
 * answered (no path leaves the connection's request queue stuck).
 */
@Timeout(60)
class SessionPhasesTest {
    @TempDir
    static Path dir;
    static TruceServer server;

    @BeforeAll
    static void start() throws IOException {
        ServerConfig cfg = TestServers.config(dir);
        // one address opens every connection here: the per-address limits are not under test
        server = TruceServer.start(cfg.withLimits(cfg.limits().withTrusted(List.of("127.0.0.1"))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A connection brought into a phase, with the room it made (if any). */
    private record Client(Wire w, String room, String key) {
    }

    private enum Phase { GREETING, LOBBY, SEAT, SPECTATOR }

    private static Client into(Phase phase) throws IOException {
        if (phase == Phase.GREETING) {
            return new Client(new Wire(server.address()), "NOROOM", "nokey");
        }
        Wire w = Wire.hello(server.address(), "tester");
        if (phase == Phase.LOBBY) {
            // a room of someone else's, so that join and spectate have one to go to
            JsonObject made = HardeningTest.createFull(w, "", "");
            return new Client(w, made.get("code").getAsString(), made.get("facilitatorKey").getAsString());
        }
        JsonObject made = HardeningTest.createFull(w, "", "");
        String room = made.get("code").getAsString();
        if (phase == Phase.SEAT) {
            HardeningTest.join(w, room, "UA");
        } else {
            w.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + room + "\"}");
            assertThat(Wire.type(w.reply("sp"))).isEqualTo("spectating");
        }
        return new Client(w, room, made.get("facilitatorKey").getAsString());
    }

    /** Each message type (and two bad lines), with id {@code x}. */
    private static Map<String, String> requests(Client c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("hello", "{\"type\":\"hello\",\"id\":\"x\",\"name\":\"Zed\",\"protocol\":1}");
        m.put("scenarios", "{\"type\":\"scenarios\",\"id\":\"x\"}");
        m.put("rooms", "{\"type\":\"rooms\",\"id\":\"x\"}");
        m.put("create_room", "{\"type\":\"create_room\",\"id\":\"x\",\"scenario\":\"test-mini\",\"bots\":{}}");
        m.put("join", "{\"type\":\"join\",\"id\":\"x\",\"room\":\"" + c.room() + "\",\"party\":\"RU\"}");
        m.put("spectate", "{\"type\":\"spectate\",\"id\":\"x\",\"room\":\"" + c.room() + "\"}");
        m.put("propose", "{\"type\":\"propose\",\"id\":\"x\",\"round\":1,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
        m.put("vote", "{\"type\":\"vote\",\"id\":\"x\",\"round\":1,\"accept\":true}");
        m.put("say", "{\"type\":\"say\",\"id\":\"x\",\"text\":\"hi\"}");
        m.put("leave", "{\"type\":\"leave\",\"id\":\"x\"}");
        m.put("free_seat", "{\"type\":\"free_seat\",\"id\":\"x\",\"room\":\"" + c.room() + "\",\"party\":\"US\","
                + "\"facilitatorKey\":\"" + c.key() + "\"}");
        m.put("close_room", "{\"type\":\"close_room\",\"id\":\"x\",\"room\":\"" + c.room() + "\",\"facilitatorKey\":\""
                + c.key() + "\"}");
        // a facilitator's requests without a key, and the teacher's bulk ones, from a player's connection
        m.put("pause", "{\"type\":\"pause\",\"id\":\"x\",\"room\":\"" + c.room() + "\"}");
        m.put("announce all", "{\"type\":\"announce\",\"id\":\"x\",\"room\":\"all\",\"text\":\"hi\",\"facilitatorKey\":\""
                + c.key() + "\"}");
        m.put("create_rooms", "{\"type\":\"create_rooms\",\"id\":\"x\",\"scenario\":\"test-mini\",\"count\":2}");
        m.put("ping", "{\"type\":\"ping\",\"id\":\"x\"}");
        m.put("unknown type", "{\"type\":\"dance\",\"id\":\"x\"}");
        m.put("bad field", "{\"type\":\"join\",\"id\":\"x\",\"room\":7}");
        return m;
    }

    /** What each request is answered with, by phase (the reply's type, or the error's code). */
    private static final Map<Phase, List<String>> EXPECTED = Map.of(
            //               hello      scenarios    rooms   create_room      join           spectate
            Phase.GREETING, List.of("welcome", "hello_first", "hello_first", "hello_first", "hello_first", "hello_first",
                    // propose    vote           say            leave          free_seat      close_room
                    "hello_first", "hello_first", "hello_first", "hello_first", "hello_first", "hello_first",
                    // pause     announce all   create_rooms
                    "hello_first", "hello_first", "hello_first",
                    // ping  unknown type    bad field
                    "pong", "unknown_type", "bad_field"),
            Phase.LOBBY, List.of("welcome", "scenarios", "rooms", "room_created", "joined", "spectating",
                    "not_joined", "not_joined", "not_joined", "not_joined", "bad_field", "notice",
                    "not_facilitator", "not_facilitator", "not_facilitator",
                    "pong", "unknown_type", "bad_field"),
            Phase.SEAT, List.of("welcome", "scenarios", "rooms", "room_created", "already_seated", "already_seated",
                    "not_started", "not_started", "said", "notice", "bad_field", "notice",
                    "not_facilitator", "not_facilitator", "not_facilitator",
                    "pong", "unknown_type", "bad_field"),
            Phase.SPECTATOR, List.of("welcome", "scenarios", "rooms", "room_created", "already_seated", "already_seated",
                    "not_joined", "not_joined", "not_joined", "notice", "bad_field", "notice",
                    "not_facilitator", "not_facilitator", "not_facilitator",
                    "pong", "unknown_type", "bad_field"));

    @Test
    void everyRequestInEveryPhaseGetsExactlyOneReplyAndTheNextOneIsAnswered() throws IOException {
        List<String> got = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            int i = 0;
            for (String kind : requests(new Client(null, "ROOM", "KEY")).keySet()) {
                got.add(phase + " " + kind + " -> " + answerOnce(phase, kind));
                want.add(phase + " " + kind + " -> " + EXPECTED.get(phase).get(i++));
            }
        }
        assertThat(got).containsExactlyElementsOf(want);
    }

    @Test
    void aConnectionMovedOnByAnotherOneIsHandledInItsNewPhase() throws IOException {
        try (Wire a = Wire.hello(server.address(), "Ann");
             Wire b = Wire.hello(server.address(), "Bob")) {
            JsonObject made = HardeningTest.createFull(a, "", "");
            String room = made.get("code").getAsString();
            String token = HardeningTest.join(a, room, "UA");
            // Bob takes Ann's seat over: Ann is back in the lobby
            b.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Bob\",\"protocol\":1,\"resume\":\"" + token
                    + "\",\"takeover\":true}");
            assertThat(Wire.type(b.reply("h"))).isEqualTo("welcome");
            assertThat(a.until("replaced", o -> "replaced".equals(kind(o)))).isNotNull();
            assertThat(message(a, "{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":true}", "v"))
                    .isEqualTo("not_joined: join a room first");
            // Ann watches; closing the room sends both back to the lobby
            a.send("{\"type\":\"spectate\",\"id\":\"s\",\"room\":\"" + room + "\"}");
            assertThat(Wire.type(a.reply("s"))).isEqualTo("spectating");
            assertThat(message(a, "{\"type\":\"say\",\"id\":\"y\",\"text\":\"hi\"}", "y"))
                    .isEqualTo("not_joined: spectators cannot act; join a seat");
            a.send("{\"type\":\"close_room\",\"id\":\"k\",\"room\":\"" + room + "\",\"facilitatorKey\":\""
                    + made.get("facilitatorKey").getAsString() + "\"}");
            assertThat(kind(a.reply("k"))).isEqualTo("closed");
            assertThat(b.until("closed", o -> "closed".equals(kind(o)))).isNotNull();
            assertThat(message(a, "{\"type\":\"leave\",\"id\":\"l\"}", "l")).isEqualTo("not_joined: join a room first");
            assertThat(message(b, "{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":true}", "v"))
                    .isEqualTo("not_joined: join a room first");
        }
    }

    private static String kind(JsonObject o) {
        return o.has("kind") ? o.get("kind").getAsString() : null;
    }

    /** The error a request gets, as "code: message". */
    private static String message(Wire w, String line, String id) throws IOException {
        w.send(line);
        JsonObject r = w.reply(id);
        assertThat(Wire.type(r)).as(r.toString()).isEqualTo("error");
        return r.get("code").getAsString() + ": " + r.get("message").getAsString();
    }

    /**
     * Sends one request of {@code kind} in {@code phase}, then a ping, on a new connection; checks
     * that exactly one reply to the request came before the pong. Returns the reply's type, or the
     * error's code.
     */
    private static String answerOnce(Phase phase, String kind) throws IOException {
        Client c = into(phase);
        try (Wire w = c.w()) {
            w.send(requests(c).get(kind));
            w.send("{\"type\":\"ping\",\"id\":\"next\"}");
            List<JsonObject> replies = new ArrayList<>();
            w.until("pong to the next request", o -> {
                if (o.has("re") && o.get("re").getAsString().equals("x")) {
                    replies.add(o);
                }
                return o.has("re") && o.get("re").getAsString().equals("next");
            });
            assertThat(replies).as(phase + " " + kind + ": replies to it").hasSize(1);
            JsonObject r = replies.get(0);
            return "error".equals(Wire.type(r)) ? r.get("code").getAsString() : Wire.type(r);
        }
    }
}
