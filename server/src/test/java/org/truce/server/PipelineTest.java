package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on an EmbeddedChannel: framing, decoding, errors, no network. */
class PipelineTest {
    @TempDir
    Path dir;
    Rooms rooms;
    EmbeddedChannel ch;

    @BeforeEach
    void setUp() throws Exception {
        ServerConfig cfg = TestServers.config(dir).withMaxLineBytes(1024);
        rooms = new Rooms(cfg, ScenarioCatalog.load(cfg));
        ch = new EmbeddedChannel(new TruceChannelInitializer(rooms, null, cfg));
    }

    @AfterEach
    void tearDown() {
        ch.finishAndReleaseAll();
        rooms.shutdown(1000);
    }

    private void in(String text) {
        ch.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }

    private JsonObject out() {
        ByteBuf b = ch.readOutbound();
        assertThat(b).as("an outbound message").isNotNull();
        try {
            String s = b.toString(StandardCharsets.UTF_8);
            assertThat(s).endsWith("\n");
            return JsonParser.parseString(s).getAsJsonObject();
        } finally {
            b.release();
        }
    }

    @Test
    void handlersAreNamedInReadingOrder() {
        assertThat(ch.pipeline().names()).containsSubsequence(PipelineNames.FRAME, PipelineNames.TEXT_IN, PipelineNames.IDLE,
                PipelineNames.JSON, PipelineNames.JSON_OUT, PipelineNames.SESSION);
    }

    @Test
    void helloThenPingAcrossFragmentedWrites() {
        in("{\"type\":\"hello\",\"name\":\"Ana\",\"pro");
        assertThat((Object) ch.readOutbound()).isNull();
        in("tocol\":1,\"id\":7}\n{\"type\":\"ping\",\"id\":\"p\"}\n");
        JsonObject welcome = out();
        assertThat(welcome.get("type").getAsString()).isEqualTo("welcome");
        assertThat(welcome.get("re").getAsString()).isEqualTo("7");
        assertThat(out().get("type").getAsString()).isEqualTo("pong");
    }

    @Test
    void malformedJsonGetsAnErrorAndTheChannelStaysOpen() {
        in("{oops\n");
        JsonObject e = out();
        assertThat(e.get("type").getAsString()).isEqualTo("error");
        assertThat(e.get("code").getAsString()).isEqualTo("malformed_json");
        in("{\"type\":\"nope\",\"id\":\"x\"}\n");
        JsonObject u = out();
        assertThat(u.get("code").getAsString()).isEqualTo("unknown_type");
        assertThat(u.get("re").getAsString()).isEqualTo("x");
        in("\n   \n{\"type\":\"scenarios\",\"id\":\"s\"}\n");
        assertThat(out().get("code").getAsString()).isEqualTo("hello_first");
        assertThat(ch.isActive()).isTrue();
    }

    @Test
    void tooLongLineGetsAnErrorThenTheChannelCloses() {
        in("x".repeat(2000));
        JsonObject e = out();
        assertThat(e.get("code").getAsString()).isEqualTo("line_too_long");
        ch.runPendingTasks();
        assertThat(ch.isActive()).isFalse();
    }

    @Test
    void scenariosListTheTestScenarioWithIdsAndNames() {
        in("{\"type\":\"hello\",\"name\":\"a\",\"protocol\":1}\n{\"type\":\"scenarios\",\"id\":\"s\"}\n");
        out();
        JsonObject list = out();
        assertThat(list.get("re").getAsString()).isEqualTo("s");
        assertThat(list.toString()).contains("\"test-mini\"").contains("\"Ceasefire line\"").contains("\"UA\"")
                .doesNotContain("SECRET");
    }
}
