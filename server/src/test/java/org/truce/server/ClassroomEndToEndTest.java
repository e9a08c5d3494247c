package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.TeacherConsoleTest.classState;
import static org.truce.server.TeacherConsoleTest.codes;
import static org.truce.server.TeacherConsoleTest.presence;
import static org.truce.server.TeacherConsoleTest.room;
import static org.truce.server.TeacherConsoleTest.where;
import static org.truce.server.Transcripts.count;
import static org.truce.server.Transcripts.event;
import static org.truce.server.Transcripts.mark;
import static org.truce.server.Transcripts.notice;
import static org.truce.server.Transcripts.since;
import static org.truce.server.Transcripts.state;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * Issue 9's first "done when": the real server, a teacher over raw TCP, three rooms of the built-in
 * {@code paris-summit} with bots in every seat but Ukraine's, a student in each; the teacher pauses,
 * resumes, extends, announces, fires news, restarts the server, hands a seat to a bot and closes a
 * room. Each action is checked where it must show: the players' messages and states, the room's
 * journal file, and the teacher's {@code class_state}. Time is a hand timer; nothing sleeps.
 */
@Timeout(60)
class ClassroomEndToEndTest {
    private static final String BOTS = "{\"RU\":\"linear\",\"US\":\"conceder\",\"FR\":\"linear\",\"UK\":\"tit-for-tat\",\"DE\":\"boulware\"}";
    private static final String TERMS = "{\"ceasefire_line\":\"c\",\"guarantee_form\":\"c\",\"us_role\":\"b\",\"breach_mechanism\":\"c\","
            + "\"reassurance_force\":\"c\",\"attack_response\":\"c\",\"ukraine_forces\":\"c\",\"nato\":\"b\",\"sanctions\":\"c\"}";
    private static final String NEWS = "sanctions_blocked";
    private static final String NEWS_TITLE = "New sanctions package on Russia blocked";

    @TempDir
    Path dir;

    private static ServerConfig config(Path dir) {
        // the built-in scenarios (paris-summit with its injects); bots act inline
        return ServerConfig.loopback(dir).withBotDelayMs(0).withRoomThreads(2);
    }

    private static Wire teacher(InetSocketAddress a, String key) throws IOException {
        Wire t = new Wire(a);
        t.send("{\"type\":\"hello\",\"id\":\"t\",\"name\":\"Ms Kovalenko\",\"protocol\":1,\"features\":[\"classroom\"],\"teacherKey\":\"" + key + "\"}");
        assertThat(t.reply("t").get("facilitator").getAsBoolean()).isTrue();
        t.expect("class_state");
        return t;
    }

    private static Wire player(InetSocketAddress a, String name, boolean stream) throws IOException {
        Wire w = new Wire(a);
        w.send("{\"type\":\"hello\",\"name\":\"" + name + "\",\"protocol\":1,\"features\":[\"classroom\"]" + (stream ? ",\"events\":true" : "") + "}");
        w.expect("welcome");
        return w;
    }

    /** A facilitator's request on the teacher's connection, answered {@code facilitated} for these rooms. */
    private static JsonObject facilitate(Wire t, String id, String json, String... rooms) throws IOException {
        t.send("{\"id\":\"" + id + "\"," + json.substring(1));
        JsonObject r = t.reply(id);
        assertThat(Wire.type(r)).as(r.toString()).isEqualTo("facilitated");
        assertThat(codes(r, "rooms")).containsExactlyInAnyOrder(rooms);
        return r;
    }

    /** Ukraine's move is due: its pen in the proposing phase, or its vote pending. */
    private static boolean uaToMove(JsonObject s) {
        String phase = s.get("phase").getAsString();
        return "proposing".equals(phase) && "UA".equals(s.get("pen").getAsString())
                || "voting".equals(phase) && "pending".equals(s.getAsJsonObject("votes").get("UA").getAsString());
    }

    /** Ukraine's move for the state it is in. */
    private static String move(JsonObject s, String id) {
        int round = s.get("round").getAsInt();
        return "proposing".equals(s.get("phase").getAsString())
                ? "{\"type\":\"propose\",\"id\":\"" + id + "\",\"round\":" + round + ",\"terms\":" + TERMS + "}"
                : "{\"type\":\"vote\",\"id\":\"" + id + "\",\"round\":" + round + ",\"accept\":false}";
    }

    /** The engine events' log names in the room's journal file, DATA/rooms/CODE.jsonl, in order. */
    private List<String> journal(String code) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(JournalFile.fileFor(dir.resolve("rooms"), code))) {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            String log = o.get("log").getAsString();
            if ("events".equals(log)) {
                o.getAsJsonArray("events").forEach(e -> out.add(e.getAsJsonObject().get("type").getAsString()));
            } else if (!"seat".equals(log) && !"room".equals(log)) {
                out.add(log);
            }
        }
        return out;
    }

    @Test
    void aTeacherRunsAClassOfThreeRoomsThroughEveryControlAndARestart() throws Exception {
        HandTimer time = new HandTimer();
        List<String> rooms;
        String a;
        String uaToken;
        String bToken;
        String cToken;
        JsonObject newBrief;
        try (TruceServer server = TruceServer.start(config(dir), time, time)) {
            String key = server.config().teacherKey();
            InetSocketAddress addr = server.address();
            try (Wire t = teacher(addr, key); Wire ua = player(addr, "Olena", true); Wire ub = player(addr, "Petro", false);
                 Wire uc = player(addr, "Iryna", false); Wire spy = player(addr, "Spectator", true)) {
                t.send("{\"type\":\"create_rooms\",\"id\":\"m\",\"scenario\":\"paris-summit\",\"count\":3,\"bots\":" + BOTS
                        + ",\"rounds\":6,\"turnSeconds\":300,\"voteSeconds\":120}");
                JsonObject created = t.reply("m");
                assertThat(Wire.type(created)).as(created.toString()).isEqualTo("rooms_created");
                rooms = codes(created, "codes");
                assertThat(rooms).hasSize(3).doesNotHaveDuplicates();
                a = rooms.get(0);
                uaToken = HardeningTest.join(ua, a, "UA");
                bToken = HardeningTest.join(ub, rooms.get(1), "UA");
                cToken = HardeningTest.join(uc, rooms.get(2), "UA");
                spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + a + "\"}");
                assertThat(Wire.type(spy.reply("sp"))).isEqualTo("spectating");
                // every seat is taken: each game starts, and the bots play until it is Ukraine's move
                JsonObject due = ua.state(ClassroomEndToEndTest::uaToMove);
                for (Wire w : List.of(ub, uc)) {
                    w.state(ClassroomEndToEndTest::uaToMove);
                }
                JsonObject started = classState(t, o -> rooms.stream().allMatch(c -> room(o, c) != null
                        && "connected".equals(presence(room(o, c), "UA")) && !"lobby".equals(room(o, c).get("phase").getAsString())));
                assertThat(presence(room(started, a), "RU")).isEqualTo("bot");
                long left = due.get("remainingMs").getAsLong();
                assertThat(due.get("deadline").getAsLong()).isEqualTo(time.getAsLong() + left);

                // pause: moves refused, the clock frozen and the hand clock's run past the deadline does nothing
                int u = mark(ua);
                int sp = mark(spy);
                facilitate(t, "p", "{\"type\":\"pause\",\"room\":\"" + a + "\"}", a);
                assertThat(notice(ua, u, "paused").get("text").getAsString()).isEqualTo("Paused by the facilitator");
                event(ua, u, "paused");
                notice(spy, sp, "paused");
                JsonObject paused = state(ua, u, s -> s.has("paused") && s.get("paused").getAsBoolean());
                assertThat(paused.has("deadline")).isFalse();
                assertThat(paused.get("remainingMs").getAsLong()).isEqualTo(left);
                JsonObject pausedClass = classState(t, where(a, r -> r.get("paused").getAsBoolean()));
                JsonObject pausedRoom = room(pausedClass, a);
                assertThat(room(pausedClass, rooms.get(1)).get("paused").getAsBoolean()).as("only the one room").isFalse();
                assertThat(pausedRoom.get("remainingMs").getAsLong()).isEqualTo(left);
                assertThat(pausedRoom.has("deadline")).isFalse();
                ua.send(move(paused, "mv"));
                assertThat(ua.error("mv")).isEqualTo("paused");
                time.advance(left + 600_000);
                // chat goes on while paused, and its reply comes after anything the clock could have done
                ua.send("{\"type\":\"say\",\"id\":\"chat\",\"to\":\"all\",\"text\":\"still here\"}");
                assertThat(Wire.type(ua.reply("chat"))).isEqualTo("said");
                assertThat(ua.all()).doesNotContain("\"round_failed\"").doesNotContain("\"kind\":\"timeout\"");
                // the same hand clock ran the other rooms' clocks out: only the paused one stood still
                notice(ub, 0, "timeout");
                notice(uc, 0, "timeout");
                assertThat(journal(a)).contains("paused").doesNotContain("round_failed");

                // resume: the clock goes on with what it had left
                u = mark(ua);
                facilitate(t, "r", "{\"type\":\"resume\",\"room\":\"" + a + "\"}", a);
                notice(ua, u, "resumed");
                event(ua, u, "resumed");
                JsonObject resumed = state(ua, u, s -> !s.has("paused") && s.has("deadline"));
                assertThat(resumed.get("round").getAsInt()).isEqualTo(due.get("round").getAsInt());
                assertThat(resumed.get("phase").getAsString()).isEqualTo(due.get("phase").getAsString());
                assertThat(resumed.get("deadline").getAsLong()).isEqualTo(time.getAsLong() + left);
                classState(t, where(a, r -> !r.get("paused").getAsBoolean() && r.has("deadline")
                        && r.get("deadline").getAsLong() == time.getAsLong() + left));

                // extend: the deadline moves by the seconds
                u = mark(ua);
                facilitate(t, "x", "{\"type\":\"extend\",\"room\":\"" + a + "\",\"seconds\":90}", a);
                notice(ua, u, "clock_extended");
                assertThat(event(ua, u, "clock_extended").getAsJsonObject("event").get("seconds").getAsInt()).isEqualTo(90);
                JsonObject extended = state(ua, u, s -> s.has("deadline") && s.get("deadline").getAsLong() == time.getAsLong() + left + 90_000);
                assertThat(extended.get("remainingMs").getAsLong()).isEqualTo(left + 90_000);
                classState(t, where(a, r -> r.has("deadline") && r.get("deadline").getAsLong() == time.getAsLong() + left + 90_000));
                assertThat(journal(a)).containsSubsequence("paused", "resumed", "clock_extended");

                // two more rounds
                u = mark(ua);
                facilitate(t, "+", "{\"type\":\"add_rounds\",\"room\":\"" + a + "\",\"rounds\":2}", a);
                notice(ua, u, "rounds_added");
                assertThat(event(ua, u, "rounds_added").getAsJsonObject("event").get("rounds").getAsInt()).isEqualTo(8);
                state(ua, u, s -> s.get("rounds").getAsInt() == 8);
                classState(t, where(a, r -> r.get("rounds").getAsInt() == 8));
                assertThat(journal(a)).containsSubsequence("clock_extended", "rounds_added");

                // announce to all: every player and the spectator, and the event on stream connections
                String words = "Ten minutes left: table your best package.";
                List<Wire> everyone = List.of(ua, ub, uc, spy);
                List<Integer> marks = everyone.stream().map(Transcripts::mark).toList();
                facilitate(t, "n", "{\"type\":\"announce\",\"room\":\"all\",\"text\":\"" + words + "\"}", rooms.toArray(String[]::new));
                for (int k = 0; k < everyone.size(); k++) {
                    assertThat(notice(everyone.get(k), marks.get(k), "announcement").get("text").getAsString()).contains(words);
                }
                for (Wire w : List.of(ua, spy)) {
                    int from = marks.get(everyone.indexOf(w));
                    assertThat(event(w, from, "announced").getAsJsonObject("event").get("text").getAsString()).isEqualTo(words);
                }
                assertThat(ub.all()).as("a protocol-1 connection gets no events").doesNotContain("\"type\":\"event\"");
                for (String c : rooms) {
                    assertThat(journal(c)).contains("announced");
                }

                // an inject: Ukraine's student is told of its own brief, nobody else of any
                List<Wire> others = List.of(t, ub, uc, spy);
                List<Integer> before = others.stream().map(Transcripts::mark).toList();
                u = mark(ua);
                sp = mark(spy);
                facilitate(t, "i", "{\"type\":\"inject\",\"room\":\"" + a + "\",\"inject\":\"" + NEWS + "\"}", a);
                JsonObject update = since(ua, u, "a brief", o -> "brief".equals(Wire.type(o)));
                assertThat(update.get("room").getAsString()).isEqualTo(a);
                assertThat(update.get("party").getAsString()).isEqualTo("UA");
                assertThat(update.get("inject").getAsString()).isEqualTo(NEWS);
                newBrief = update.getAsJsonObject("brief");
                assertThat(newBrief.getAsJsonObject("noDeal").get("start").getAsDouble())
                        .as("paris-summit.json: Ukraine's no-deal 56, the news takes 3").isEqualTo(53.0);
                assertThat(newBrief.getAsJsonArray("news").get(0).getAsString()).contains(NEWS_TITLE);
                for (Wire w : List.of(ua, spy)) {
                    int from = w == ua ? u : sp;
                    assertThat(notice(w, from, "inject").get("text").getAsString()).startsWith("NEWS: " + NEWS_TITLE + " \u2014 ");
                    JsonObject ev = event(w, from, "inject").getAsJsonObject("event");
                    assertThat(ev.get("id").getAsString()).isEqualTo(NEWS);
                    assertThat(ev.has("effects")).as("the effects stay private").isFalse();
                    JsonObject st = state(w, from, s -> s.has("injects"));
                    assertThat(st.getAsJsonArray("injects").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(NEWS);
                    assertThat(st.toString()).doesNotContain("noDeal");
                }
                // a round trip on every other connection: whatever it was sent is in its transcript
                for (Wire w : List.of(t, ub, uc, spy)) {
                    w.send("{\"type\":\"ping\",\"id\":\"after-news\"}");
                    w.reply("after-news");
                }
                assertThat(count(ua, "brief")).isEqualTo(1);
                for (int k = 0; k < others.size(); k++) {
                    Wire w = others.get(k);
                    assertThat(count(w, "brief")).as(w.all()).isZero();
                    List<String> after;
                    synchronized (w.transcript) {
                        after = new ArrayList<>(w.transcript.subList(before.get(k), w.transcript.size()));
                    }
                    assertThat(String.join("\n", after)).as("nobody else learns a changed value").doesNotContain("noDeal");
                }
                JsonObject fired = room(classState(t, where(a, r -> firedRound(r, NEWS) != null)), a);
                assertThat(firedRound(fired, NEWS)).isEqualTo(due.get("round").getAsInt());
                assertThat(journal(a)).containsSubsequence("clock_extended", "announced", "inject");
                Room live = server.rooms().room(a);
                assertThat(live.scenario.brief("RU").noDeal().start()).as("the bots play Russia's new value: 60 + 4").isEqualTo(64.0);
                assertThat(live.scenario.brief("UA").noDeal().start()).isEqualTo(53.0);
                assertThat(server.rooms().room(rooms.get(1)).scenario.brief("RU").noDeal().start()).as("another room").isEqualTo(60.0);
                // the third room stays paused over the restart
                facilitate(t, "p3", "{\"type\":\"pause\",\"room\":\"" + rooms.get(2) + "\"}", rooms.get(2));
            }
        }

        // the restart: the room rebuilds the same effective scenario from its journal
        HandTimer later = new HandTimer();
        later.advance(time.getAsLong() - later.getAsLong());
        try (TruceServer server = TruceServer.start(config(dir), later, later)) {
            InetSocketAddress addr = server.address();
            try (Wire t = teacher(addr, server.config().teacherKey()); Wire ua = new Wire(addr); Wire ub = new Wire(addr);
                 Wire uc = new Wire(addr); Wire spy = player(addr, "Spectator", false)) {
                uc.send("{\"type\":\"hello\",\"name\":\"Iryna\",\"protocol\":1,\"resume\":\"" + cToken + "\"}");
                JsonObject stillPaused = uc.state(s -> true);
                assertThat(stillPaused.get("paused").getAsBoolean()).isTrue();
                assertThat(stillPaused.has("deadline")).isFalse();
                assertThat(uaToMove(stillPaused)).as(stillPaused.toString()).isTrue();
                uc.send(move(stillPaused, "mv"));
                assertThat(uc.error("mv")).isEqualTo("paused");
                classState(t, where(rooms.get(2), r -> r.get("paused").getAsBoolean()));
                // a stopped clock is extended too: it goes on with more when the game does
                int c0 = mark(uc);
                facilitate(t, "x3", "{\"type\":\"extend\",\"room\":\"" + rooms.get(2) + "\",\"seconds\":30}", rooms.get(2));
                long more = stillPaused.get("remainingMs").getAsLong() + 30_000;
                assertThat(state(uc, c0, s -> s.get("remainingMs").getAsLong() == more).has("deadline")).isFalse();
                ua.send("{\"type\":\"hello\",\"name\":\"Olena\",\"protocol\":1,\"resume\":\"" + uaToken + "\"}");
                JsonObject joined = ua.expect("joined");
                assertThat(joined.getAsJsonObject("brief")).as("the same brief, news and all").isEqualTo(newBrief);
                JsonObject back = ua.expect("state");
                assertThat(back.getAsJsonArray("injects").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(NEWS);
                assertThat(server.rooms().room(a).scenario.brief("RU").noDeal().start()).isEqualTo(64.0);
                classState(t, where(a, r -> firedRound(r, NEWS) != null && "connected".equals(presence(r, "UA"))));
                spy.send("{\"type\":\"spectate\",\"id\":\"sp\",\"room\":\"" + a + "\"}");
                spy.reply("sp");

                // a bot for a present player's seat is refused; once the student has gone, the seat is handed
                t.send("{\"type\":\"seat_bot\",\"id\":\"b0\",\"room\":\"" + a + "\",\"party\":\"UA\",\"strategy\":\"linear\"}");
                assertThat(t.error("b0")).isEqualTo("player_present");
                int tm = mark(t);
                ua.close();
                since(t, tm, "Ukraine's student gone", o -> "class_state".equals(Wire.type(o))
                        && where(a, r -> !"connected".equals(presence(r, "UA"))).test(o));
                int s0 = mark(spy);
                facilitate(t, "b", "{\"type\":\"seat_bot\",\"room\":\"" + a + "\",\"party\":\"UA\",\"strategy\":\"linear\"}", a);
                notice(spy, s0, "seat_handed");
                try (Wire gone = new Wire(addr)) {
                    gone.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"Olena\",\"protocol\":1,\"resume\":\"" + uaToken + "\"}");
                    assertThat(gone.error("h")).as("the absent student's token is revoked").isEqualTo("bad_token");
                }
                // six bots now: the game plays to its end at once, scored with the news' values
                JsonObject over = since(spy, s0, "the game's end", o -> "game_over".equals(Wire.type(o)));
                JsonObject ended = state(spy, s0, s -> "ended".equals(s.get("phase").getAsString()));
                // us_patience fires by itself when round 4 begins, if the bots' game got that far
                boolean patience = ended.getAsJsonArray("injects").toString().contains("\"us_patience\"");
                JsonObject briefs = over.getAsJsonObject("briefs");
                // the epilogue: what the outcome means for Ukraine's security, as the scenario's formula computes it
                JsonObject epilogue = over.getAsJsonObject("epilogue");
                assertThat(epilogue.get("caveat").getAsString()).contains("not a forecast");
                assertThat(epilogue.get("deal").getAsBoolean()).isEqualTo(over.has("agreement"));
                assertThat(epilogue.get("narrative").getAsString()).isNotBlank();
                assertThat(briefs.getAsJsonObject("RU").getAsJsonObject("noDeal").get("start").getAsDouble())
                        .as("Russia's no-deal 60, +4 by the sanctions news, +2 by Washington's patience").isEqualTo(patience ? 66.0 : 64.0);
                assertThat(briefs.getAsJsonObject("UA").getAsJsonObject("noDeal").get("start").getAsDouble()).isEqualTo(patience ? 49.0 : 53.0);
                assertThat(briefs.getAsJsonObject("UA").getAsJsonArray("news").get(0).getAsString()).contains(NEWS_TITLE);
                assertThat(briefs.getAsJsonObject("UA").getAsJsonArray("news")).hasSize(patience ? 2 : 1);
                assertThat(briefs.getAsJsonObject("DE").getAsJsonArray("news")).as("weights only, still news").hasSize(1);
                assertThat(briefs.getAsJsonObject("FR").getAsJsonArray("news")).isEmpty();
                // and scored with them: Russia's no-deal value at the end is the base one moved by the news
                int round = over.get("round").getAsInt();
                double baseRu = ScenarioLoader.builtIn("paris-summit").brief("RU").noDeal().valueAt(round);
                assertThat(over.getAsJsonObject("results").getAsJsonObject("RU").get("noDeal").getAsDouble())
                        .isEqualTo(baseRu + (patience ? 6 : 4));
                JsonObject seat = GracePeriodsTest.seat(ended, "UA");
                assertThat(seat.get("occupant").getAsString()).isEqualTo("bot");
                assertThat(seat.get("strategy").getAsString()).isEqualTo("linear");
                JsonObject overRoom = room(classState(t, where(a, r -> r.has("scores"))), a);
                assertThat(presence(overRoom, "UA")).isEqualTo("bot");
                assertThat(journal(a)).containsSubsequence("inject", "seat_handed");

                // a bot's seat gets another strategy
                String c = rooms.get(2);
                facilitate(t, "b2", "{\"type\":\"seat_bot\",\"room\":\"" + c + "\",\"party\":\"RU\",\"strategy\":\"boulware\"}", c);
                JsonObject handed = room(classState(t, where(c, r -> "boulware".equals(GracePeriodsTest.seat(r, "RU").get("strategy").getAsString()))), c);
                assertThat(presence(handed, "RU")).isEqualTo("bot");
                assertThat(journal(c)).containsSubsequence("announced", "seat_handed");

                // close a room: its player is told and let go; the room leaves the class
                String b = rooms.get(1);
                ub.send("{\"type\":\"hello\",\"name\":\"Petro\",\"protocol\":1,\"resume\":\"" + bToken + "\"}");
                ub.expect("state");
                int b0 = mark(ub);
                t.send("{\"type\":\"close_room\",\"id\":\"c\",\"room\":\"" + b + "\"}");
                assertThat(t.reply("c").get("kind").getAsString()).isEqualTo("closed");
                assertThat(notice(ub, b0, "closed").get("text").getAsString()).isNotBlank();
                // it stays in the teacher's overview, marked closed, listed after the open rooms, its clock gone
                JsonObject cs = classState(t, o -> room(o, b) != null && room(o, b).get("closed").getAsBoolean());
                assertThat(room(cs, b).has("deadline")).isFalse();
                var listed = cs.getAsJsonArray("rooms");
                assertThat(listed.get(listed.size() - 1).getAsJsonObject().get("code").getAsString()).isEqualTo(b);
                assertThat(journal(b)).last().isEqualTo("closed");
            }
        }
    }

    /** The round in which {@code id} fired in a class_state room, or null. */
    private static Integer firedRound(JsonObject room, String id) {
        for (JsonElement e : room.getAsJsonArray("injects")) {
            JsonObject i = e.getAsJsonObject();
            if (i.get("id").getAsString().equals(id)) {
                return i.has("firedRound") ? i.get("firedRound").getAsInt() : null;
            }
        }
        return null;
    }
}
