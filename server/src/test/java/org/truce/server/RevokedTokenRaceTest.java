package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seat token revoked between {@code hello}'s look-up and the room's turn to resume it: the
 * player hears why, and it counts as a wrong secret like any other (guessing stays throttled).
 * The rooms' pool runs by hand, so the two requests are queued in that order for sure.
 */
@Timeout(30)
class RevokedTokenRaceTest {
    @TempDir
    Path dir;

    private final RoomFixture.HandPool pool = new RoomFixture.HandPool();

    /** A connection on the real pipeline, with everything the server sent it so far. */
    private static final class Conn {
        final EmbeddedChannel ch;
        final List<JsonObject> got = new ArrayList<>();

        Conn(Rooms rooms, ServerConfig cfg) {
            ch = new EmbeddedChannel(new TruceChannelInitializer(rooms, null, cfg));
        }

        void send(String line) {
            ch.writeInbound(Unpooled.copiedBuffer(line + "\n", StandardCharsets.UTF_8));
        }

        JsonObject find(Predicate<JsonObject> p) {
            for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
                got.add(JsonParser.parseString(b.toString(StandardCharsets.UTF_8)).getAsJsonObject());
                b.release();
            }
            return got.stream().filter(p).findFirst().orElse(null);
        }

        JsonObject reply(String id) {
            return find(o -> o.has("re") && id.equals(o.get("re").getAsString()));
        }
    }

    /** Runs the rooms' tasks until {@code done} holds (journal forces come back from their own pool). */
    private JsonObject runUntil(java.util.function.Supplier<JsonObject> done) throws InterruptedException {
        JsonObject o;
        while ((o = done.get()) == null) {
            Runnable t = pool.tasks.poll(5, TimeUnit.SECONDS);
            assertThat(t).as("the rooms make progress").isNotNull();
            t.run();
        }
        return o;
    }

    @Test
    void aTokenRevokedWhileItsResumeWaitsCountsAsAWrongSecret() throws Exception {
        ServerConfig.Limits d = ServerConfig.Limits.DEFAULT;
        ServerConfig cfg = TestServers.config(dir).withLimits(d.withAddressLimits(d.lobbiesPerAddress(),
                d.serverCreateBurst(), d.serverCreatesPerSecond(), 1, 1e-6, d.serverBadSecretBurst(),
                d.serverBadSecretsPerSecond(), d.connectionsPerAddress()));
        Rooms rooms = new Rooms(cfg, ScenarioCatalog.load(cfg), pool);
        Conn fac = new Conn(rooms, cfg);
        Conn ua = new Conn(rooms, cfg);
        Conn ru = new Conn(rooms, cfg);
        Conn back = new Conn(rooms, cfg);
        try {
            fac.send("{\"type\":\"hello\",\"name\":\"fac\",\"protocol\":1}");
            fac.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"linear\"},"
                    + "\"turnSeconds\":0,\"voteSeconds\":0,\"seed\":7}");
            JsonObject created = runUntil(() -> fac.reply("c"));
            String room = created.get("code").getAsString();
            String key = created.get("facilitatorKey").getAsString();
            ua.send("{\"type\":\"hello\",\"name\":\"ua\",\"protocol\":1}");
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            String token = runUntil(() -> ua.reply("j")).get("seatToken").getAsString();
            ru.send("{\"type\":\"hello\",\"name\":\"ru\",\"protocol\":1}");
            ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            runUntil(() -> ru.reply("j"));
            ua.ch.close();
            runUntil(() -> ru.find(o -> "state".equals(o.get("type").getAsString())
                    && !o.getAsJsonArray("seats").get(0).getAsJsonObject().get("connected").getAsBoolean()));

            // queued in this order on the room: the facilitator frees the seat, then the resume
            fac.send("{\"type\":\"free_seat\",\"id\":\"f\",\"room\":\"" + room + "\",\"party\":\"UA\",\"facilitatorKey\":\"" + key + "\"}");
            back.send("{\"type\":\"hello\",\"id\":\"h\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"" + token + "\"}");
            JsonObject e = runUntil(() -> back.reply("h"));
            assertThat(e.get("code").getAsString()).isEqualTo("bad_token");
            assertThat(e.get("message").getAsString()).startsWith("the facilitator of room " + room + " freed Ukraine's seat");
            assertThat(fac.reply("f").get("kind").getAsString()).isEqualTo("seat_freed");

            // the address had one wrong secret to spend: the next guess waits
            back.send("{\"type\":\"hello\",\"id\":\"h2\",\"name\":\"ua\",\"protocol\":1,\"resume\":\"guess\"}");
            assertThat(runUntil(() -> back.reply("h2")).get("code").getAsString()).isEqualTo("rate_limited");
        } finally {
            for (Conn c : List.of(fac, ua, ru, back)) {
                c.ch.finishAndReleaseAll();
            }
            pool.runAtOnce();
            rooms.shutdown(1000);
        }
    }
}
