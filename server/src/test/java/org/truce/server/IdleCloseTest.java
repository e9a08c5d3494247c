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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connection silent for {@code idleSeconds} is told why and closed; any message, a ping too,
 * starts the count again. The real pipeline on an EmbeddedChannel whose clock moves by hand.
 */
class IdleCloseTest {
    private static final int IDLE_SECONDS = 60;

    @TempDir
    Path dir;
    Rooms rooms;
    EmbeddedChannel ch;

    @BeforeEach
    void setUp() throws Exception {
        ServerConfig cfg = TestServers.config(dir).withIdleSeconds(IDLE_SECONDS);
        rooms = new Rooms(cfg, ScenarioCatalog.load(cfg));
        ch = new EmbeddedChannel();
        ch.freezeTime(); // before the idle handler reads the clock: from here time moves only by hand
        ch.pipeline().addLast(new TruceChannelInitializer(rooms, null, cfg));
    }

    @AfterEach
    void tearDown() {
        ch.finishAndReleaseAll();
        rooms.shutdown(1000);
    }

    private void in(String line) {
        ch.writeInbound(Unpooled.copiedBuffer(line + "\n", StandardCharsets.UTF_8));
    }

    private void advance(long seconds) {
        ch.advanceTimeBy(seconds, TimeUnit.SECONDS);
        ch.runPendingTasks();
    }

    private List<JsonObject> out() {
        List<JsonObject> got = new ArrayList<>();
        for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
            got.add(JsonParser.parseString(b.toString(StandardCharsets.UTF_8)).getAsJsonObject());
            b.release();
        }
        return got;
    }

    @Test
    void aPingKeepsAQuietConnectionOpenAndSilenceClosesIt() {
        in("{\"type\":\"hello\",\"name\":\"bot\",\"protocol\":1}");
        assertThat(out()).extracting(o -> o.get("type").getAsString()).containsExactly("welcome");
        advance(IDLE_SECONDS - 1);
        assertThat(ch.isOpen()).isTrue();
        in("{\"type\":\"ping\",\"id\":\"p\"}");
        assertThat(out()).extracting(o -> o.get("type").getAsString()).containsExactly("pong");
        advance(IDLE_SECONDS - 1); // more than the limit since the hello, less since the ping
        assertThat(ch.isOpen()).as("the ping started the count again").isTrue();
        assertThat(out()).isEmpty();
        advance(1);
        List<JsonObject> told = out();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("type").getAsString()).isEqualTo("notice");
        assertThat(told.get(0).get("kind").getAsString()).isEqualTo("idle");
        assertThat(ch.isOpen()).isFalse();
    }
}
