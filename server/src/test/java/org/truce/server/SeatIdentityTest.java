package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.server.HardeningTest.create;
import static org.truce.server.HardeningTest.createFull;
import static org.truce.server.HardeningTest.join;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may return to a seat: a live seat is taken over only on request, a refused hello changes
 * nothing and gets one reply, and a revoked token is explained in the player's words.
 */
@Timeout(30)
class SeatIdentityTest {
    @TempDir
    Path dir;

    private static String hello(String id, String name, String token, String extra) {
        return "{\"type\":\"hello\",\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"protocol\":1,\"resume\":\"" + token + "\"" + extra + "}";
    }

    /** Every line that answered request {@code id} (the transcript is complete once a later ping is answered). */
    private static List<String> repliesTo(Wire w, String id) throws Exception {
        w.send("{\"type\":\"ping\",\"id\":\"sync-" + id + "\"}");
        w.reply("sync-" + id);
        synchronized (w.transcript) {
            return w.transcript.stream().filter(l -> l.contains("\"re\":\"" + id + "\"")).collect(Collectors.toList());
        }
    }

    @Test
    void aLiveSeatIsNotResumedWithoutTakeoverAndTheReplacedConnectionIsTold() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ana = Wire.hello(server.address(), "Ana"); Wire ben = new Wire(server.address())) {
            String room = create(ana, "c", "\"US\":\"linear\"", "");
            String token = join(ana, room, "UA");

            ben.send(hello("h1", "Ben", token, ""));
            assertThat(ben.error("h1")).isEqualTo("seat_in_use");
            assertThat(repliesTo(ben, "h1")).hasSize(1);
            // refused: not greeted, not seated, and Ana keeps her seat
            ben.send("{\"type\":\"rooms\",\"id\":\"r\"}");
            assertThat(ben.error("r")).isEqualTo("hello_first");
            ana.send("{\"type\":\"say\",\"id\":\"s1\",\"text\":\"still here\"}");
            assertThat(Wire.type(ana.reply("s1"))).isEqualTo("said");
            assertThat(ana.all()).doesNotContain("\"replaced\"");

            ben.send(hello("h2", "Ben", token, ",\"takeover\":true"));
            assertThat(Wire.type(ben.reply("h2"))).isEqualTo("welcome");
            assertThat(ben.expect("joined").get("party").getAsString()).isEqualTo("UA");
            assertThat(repliesTo(ben, "h2")).hasSize(1); // joined follows without "re"
            JsonObject told = ana.until("replaced", o -> "notice".equals(Wire.type(o)) && "replaced".equals(o.get("kind").getAsString()));
            assertThat(told.get("text").getAsString()).contains("taken over by Ben");
            ana.send("{\"type\":\"say\",\"id\":\"s2\",\"text\":\"hello?\"}");
            assertThat(ana.error("s2")).isEqualTo("not_joined");
        }
    }

    @Test
    void aSeatedHelloWithAnotherSeatsTokenGetsOneErrorAndChangesNothing() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ana = Wire.hello(server.address(), "Ana"); Wire rita = Wire.hello(server.address(), "Rita")) {
            String room = create(ana, "c", "\"US\":\"linear\"", "");
            join(ana, room, "UA");
            String ruToken = join(rita, room, "RU");
            rita.close();
            ana.state(s -> !s.getAsJsonArray("seats").get(1).getAsJsonObject().get("connected").getAsBoolean());

            ana.send(hello("h", "Mallory", ruToken, ""));
            assertThat(ana.error("h")).isEqualTo("already_seated");
            assertThat(repliesTo(ana, "h")).hasSize(1);
            // the name was not changed: a resume of her own seat keeps "Ana" on it
            try (Wire back = Wire.hello(server.address(), "x")) {
                back.send(hello("h2", "Rita", ruToken, ""));
                assertThat(Wire.type(back.reply("h2"))).isEqualTo("welcome");
                JsonObject st = back.state(s -> s.getAsJsonArray("seats").get(1).getAsJsonObject().get("connected").getAsBoolean());
                assertThat(st.getAsJsonArray("seats").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("Ana");
            }
            assertThat(ana.all()).doesNotContain("Mallory");
        }
    }

    @Test
    void aPlainHelloWhileSeatedRenamesTheSeatTooAndTheTableSeesIt() throws Exception {
        String room;
        String token;
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ana = Wire.hello(server.address(), "Ana"); Wire rita = Wire.hello(server.address(), "Rita")) {
            room = create(ana, "c", "\"US\":\"linear\"", "");
            token = join(ana, room, "UA");
            join(rita, room, "RU");
            ana.send("{\"type\":\"hello\",\"id\":\"n\",\"name\":\"Ana Botha\",\"protocol\":1}");
            JsonObject welcome = ana.reply("n");
            assertThat(Wire.type(welcome)).isEqualTo("welcome");
            assertThat(welcome.get("name").getAsString()).isEqualTo("Ana Botha");
            assertThat(repliesTo(ana, "n")).hasSize(1);
            // the table shows the new name on the seat
            rita.state(st -> "Ana Botha".equals(st.getAsJsonArray("seats").get(0).getAsJsonObject().get("name").getAsString()));
            ana.send("{\"type\":\"say\",\"id\":\"s\",\"text\":\"still seated\"}");
            assertThat(Wire.type(ana.reply("s"))).isEqualTo("said");
            // a refused rename changes nothing: a look-alike of a party's name
            ana.send("{\"type\":\"hello\",\"id\":\"bad\",\"name\":\"Ukr\\u0430ine\",\"protocol\":1}");
            assertThat(ana.error("bad")).isEqualTo("bad_name");
            ana.send("{\"type\":\"hello\",\"id\":\"fw\",\"name\":\"\uFF35\uFF2B\uFF32\uFF21\uFF29\uFF2E\uFF25\",\"protocol\":1}");
            assertThat(ana.error("fw")).isEqualTo("bad_name");
            // no name given: the seat keeps its name, and the welcome says so
            ana.send("{\"type\":\"hello\",\"id\":\"anon\",\"protocol\":1}");
            assertThat(ana.reply("anon").get("name").getAsString()).isEqualTo("Ana Botha");
        }
        // the new name was journaled: it is the seat's name after a restart, and a resume without a name keeps it
        try (TruceServer server = TruceServer.start(TestServers.config(dir)); Wire back = new Wire(server.address())) {
            back.send("{\"type\":\"hello\",\"id\":\"r\",\"protocol\":1,\"resume\":\"" + token + "\"}");
            assertThat(back.reply("r").get("name").getAsString()).isEqualTo("Ana Botha");
            JsonObject st = back.state(x -> true);
            assertThat(st.getAsJsonArray("seats").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("Ana Botha");
        }
    }

    @Test
    void aRevokedTokenIsExplainedInThePlayersWords() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire fac = Wire.hello(server.address(), "fac"); Wire ru = Wire.hello(server.address(), "ru")) {
            JsonObject created = createFull(fac, "\"US\":\"linear\"", "");
            String room = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            String uaToken;
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                uaToken = join(ua, room, "UA");
                join(ru, room, "RU");
            }
            ru.state(s -> !s.getAsJsonArray("seats").get(0).getAsJsonObject().get("connected").getAsBoolean());
            fac.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\"" + key + "\"}");
            fac.reply("f");
            try (Wire back = new Wire(server.address())) {
                back.send(hello("h", "ua", uaToken, ""));
                JsonObject e = back.reply("h");
                assertThat(e.get("code").getAsString()).isEqualTo("bad_token");
                assertThat(e.get("message").getAsString())
                        .isEqualTo("the facilitator of room " + room + " freed Ukraine's seat while you were away, so it may be"
                                + " someone else's now: choose a seat again");
            }
            // the room closes: the seated player's token now says so; the closer hears it once, as the reply
            String ruToken = join(Wire.hello(server.address(), "ru2"), room, "UA");
            fac.send("{\"type\":\"spectate\",\"id\":\"w\",\"room\":\"" + room + "\"}");
            fac.reply("w");
            fac.send("{\"type\":\"close_room\",\"id\":\"x\",\"room\":\"" + room + "\",\"facilitatorKey\":\"" + key + "\"}");
            assertThat(fac.reply("x").get("kind").getAsString()).isEqualTo("closed");
            assertThat(repliesTo(fac, "x")).hasSize(1);
            assertThat(fac.all().split("\"kind\":\"closed\"", -1)).hasSize(2);
            try (Wire back = new Wire(server.address())) {
                back.send(hello("h", "ua", ruToken, ""));
                JsonObject e = back.reply("h");
                assertThat(e.get("code").getAsString()).isEqualTo("bad_token");
                assertThat(e.get("message").getAsString()).isEqualTo("the facilitator closed room " + room + "; choose another room");
            }
        }
    }

    /** A seated player may not take, by join, rename or resume, a name another seated human goes by (issue 7, F6). */
    @Test
    void aNameAnotherSeatedHumanGoesByIsRefused() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire ana = Wire.hello(server.address(), "Ana"); Wire ben = Wire.hello(server.address(), "Ben");
             Wire other = Wire.hello(server.address(), "ben ")) {
            String room = create(ana, "c", "", ""); // US stays free: the room waits
            String anaToken = join(ana, room, "UA");
            join(ben, room, "RU");
            // a rename to Ben's name, exactly or in another case
            ana.send("{\"type\":\"hello\",\"id\":\"r1\",\"name\":\"Ben\",\"protocol\":1}");
            JsonObject refused = ana.reply("r1");
            assertThat(refused.get("code").getAsString()).isEqualTo("bad_name");
            assertThat(refused.get("message").getAsString()).isEqualTo("Ben already sits at this table; pick another name");
            ana.send("{\"type\":\"hello\",\"id\":\"r2\",\"name\":\"BEN\",\"protocol\":1}");
            assertThat(ana.error("r2")).isEqualTo("bad_name");
            // fullwidth ＢＥＮ is refused as a name at all
            ana.send("{\"type\":\"hello\",\"id\":\"r3\",\"name\":\"\uFF22\uFF25\uFF2E\",\"protocol\":1}");
            assertThat(ana.error("r3")).isEqualTo("bad_name");
            ana.send("{\"type\":\"ping\",\"id\":\"p\"}");
            ana.reply("p");
            ben.state(st -> "Ana".equals(st.getAsJsonArray("seats").get(0).getAsJsonObject().get("name").getAsString()));
            // the seat's own player may keep (or recase) their own name
            ben.send("{\"type\":\"hello\",\"id\":\"own\",\"name\":\"Ben\",\"protocol\":1}");
            assertThat(Wire.type(ben.reply("own"))).isEqualTo("welcome");
            // joining another seat under a seated human's name
            other.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"US\"}");
            JsonObject j = other.reply("j");
            assertThat(j.get("code").getAsString()).as(j.toString()).isEqualTo("bad_name");
            assertThat(j.get("message").getAsString()).isEqualTo("Ben already sits at this table; pick another name");
            // resuming one's own seat under another seated human's name
            try (Wire back = new Wire(server.address())) {
                back.send(hello("h", "Ben", anaToken, ",\"takeover\":true"));
                assertThat(back.error("h")).isEqualTo("bad_name");
                back.send(hello("h2", "Ana", anaToken, ",\"takeover\":true"));
                assertThat(Wire.type(back.reply("h2"))).isEqualTo("welcome");
            }
        }
    }
}
