package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole game over real TCP with raw JSON lines: two humans and a server bot, a dropped
 * connection resumed with its seat token, and a server restart mid-vote that loses nothing.
 */
@Timeout(60)
class EndToEndTest {
    @TempDir
    Path dir;

    @Test
    void fullGameWithReconnectAndRestart() throws Exception {
        TruceServer server = TruceServer.start(TestServers.config(dir));
        Wire ua = Wire.hello(server.address(), "ana");
        ua.send("{\"type\":\"create_room\",\"id\":\"c1\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                + "\"seed\":7,\"turnSeconds\":0,\"voteSeconds\":0,\"botDelayMs\":0}");
        JsonObject created = ua.reply("c1");
        assertThat(Wire.type(created)).isEqualTo("room_created");
        String code = created.get("code").getAsString();
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}");

        ua.send("{\"type\":\"join\",\"id\":\"j1\",\"room\":\"" + code + "\",\"party\":\"UA\"}");
        JsonObject uaJoined = ua.reply("j1");
        assertThat(Wire.type(uaJoined)).isEqualTo("joined");
        String uaToken = uaJoined.get("seatToken").getAsString();
        assertThat(uaToken).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");
        assertThat(uaJoined.getAsJsonObject("brief").get("party").getAsString()).isEqualTo("UA");

        Wire ru = Wire.hello(server.address(), "rita");
        ru.send("{\"type\":\"join\",\"id\":\"j2\",\"room\":\"" + code + "\",\"party\":\"RU\"}");
        String ruToken = ru.reply("j2").get("seatToken").getAsString();

        // every seat taken: round 1, Ukraine holds the pen
        ua.state(s -> s.get("phase").getAsString().equals("proposing") && s.get("round").getAsInt() == 1
                && s.get("pen").getAsString().equals("UA"));
        ua.send("{\"type\":\"propose\",\"id\":\"p1\",\"round\":1,\"terms\":{\"line\":\"c\",\"guard\":\"z\"}}");
        JsonObject afterPropose = ua.reply("p1");
        assertThat(Wire.type(afterPropose)).isEqualTo("state");
        assertThat(afterPropose.getAsJsonObject("draft").getAsJsonObject("terms").get("line").getAsString()).isEqualTo("c");

        // Russia's connection drops mid-vote and comes back with its token
        ru.state(s -> s.get("phase").getAsString().equals("voting"));
        ru.close();
        ua.state(s -> seatConnected(s, "RU") == Boolean.FALSE);
        Wire ru2 = new Wire(server.address());
        ru2.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"rita\",\"protocol\":1,\"resume\":\"" + ruToken + "\"}");
        assertThat(Wire.type(ru2.reply("h"))).isEqualTo("welcome");
        JsonObject back = ru2.expect("joined");
        assertThat(back.get("party").getAsString()).isEqualTo("RU");
        assertThat(back.getAsJsonObject("brief").get("text").getAsString()).contains("RU SECRET");
        ru2.state(s -> s.get("phase").getAsString().equals("voting") && s.get("round").getAsInt() == 1
                && s.get("you").getAsString().equals("RU"));
        ru2.send("{\"type\":\"vote\",\"id\":\"v1\",\"round\":1,\"accept\":false}");
        JsonObject round2 = ru2.reply("v1");
        assertThat(Wire.type(round2)).isEqualTo("state");

        // round 2: Russia's pen; a private word from Ukraine first
        assertThat(round2.get("round").getAsInt()).isEqualTo(2);
        assertThat(round2.get("pen").getAsString()).isEqualTo("RU");
        ua.send("{\"type\":\"say\",\"id\":\"s1\",\"to\":\"RU\",\"text\":\"psst, borders\"}");
        assertThat(ua.reply("s1").get("text").getAsString()).isEqualTo("psst, borders");
        ru2.until("private said", o -> "said".equals(Wire.type(o)) && o.get("to").getAsString().equals("RU"));
        ru2.send("{\"type\":\"propose\",\"id\":\"p2\",\"round\":2,\"terms\":{\"line\":\"a\",\"guard\":\"x\"}}");
        ru2.reply("p2");
        ua.state(s -> s.get("phase").getAsString().equals("voting") && s.get("round").getAsInt() == 2);
        ua.send("{\"type\":\"vote\",\"id\":\"v2\",\"round\":2,\"accept\":false}");
        ua.reply("v2");

        // round 3: the bot holds the pen and tables at once; Ukraine accepts, Russia has not voted
        ua.state(s -> s.get("phase").getAsString().equals("voting") && s.get("round").getAsInt() == 3
                && s.get("pen").getAsString().equals("US"));
        ua.send("{\"type\":\"vote\",\"id\":\"v3\",\"round\":3,\"accept\":true}");
        JsonObject before = ua.reply("v3");
        assertThat(before.getAsJsonObject("votes").get("RU").getAsString()).isEqualTo("pending");

        // restart in the middle of the vote
        server.close();
        assertThat(ua.closedByServer(Duration.ofSeconds(5))).isTrue();
        assertThat(ua.all()).contains("\"kind\":\"shutdown\"");
        ua.close();
        ru2.close();
        TruceServer again = TruceServer.start(TestServers.config(dir));
        try {
            Wire ua3 = new Wire(again.address());
            ua3.send("{\"type\":\"hello\",\"name\":\"ana\",\"protocol\":1,\"resume\":\"" + uaToken + "\"}");
            assertThat(ua3.expect("joined").get("party").getAsString()).isEqualTo("UA");
            JsonObject after = ua3.expect("state");
            for (String field : new String[] {"room", "phase", "round", "rounds", "pen", "draft", "votes", "history"}) {
                assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
            }
            assertThat(ua3.all()).contains("psst, borders"); // the chat came back with the seat

            Wire ru3 = new Wire(again.address());
            ru3.send("{\"type\":\"hello\",\"name\":\"rita\",\"protocol\":1,\"resume\":\"" + ruToken + "\"}");
            ru3.expect("joined");
            ru3.send("{\"type\":\"vote\",\"id\":\"v4\",\"round\":3,\"accept\":true}");
            JsonObject over = ru3.expect("game_over");
            assertThat(over.getAsJsonObject("agreement").entrySet()).hasSize(2);
            assertThat(over.getAsJsonObject("agreement")).isEqualTo(before.getAsJsonObject("draft").getAsJsonObject("terms"));
            assertThat(over.getAsJsonObject("results").keySet()).containsExactly("UA", "RU", "US");
            assertThat(over.getAsJsonObject("briefs").keySet()).containsExactly("UA", "RU", "US");
            assertThat(ua3.expect("game_over")).isEqualTo(over);
            assertThat(Files.readString(dir.resolve("rooms").resolve(code + ".jsonl"))).contains("\"type\":\"agreed\"");
            ua3.close();
            ru3.close();
        } finally {
            again.close();
        }
    }

    static Boolean seatConnected(JsonObject state, String party) {
        for (var e : state.getAsJsonArray("seats")) {
            JsonObject seat = e.getAsJsonObject();
            if (seat.get("party").getAsString().equals(party)) {
                return seat.get("connected").getAsBoolean();
            }
        }
        return null;
    }
}
