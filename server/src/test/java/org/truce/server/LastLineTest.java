package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last line before the input ends counts without its newline ({@code printf '…' | nc -N}):
 * it is answered, then the replies are flushed, then the connection closes.
 */
@Timeout(60)
class LastLineTest {
    private static final String HELLO_THEN_PING = "{\"type\":\"hello\",\"id\":\"h\",\"name\":\"a\",\"protocol\":1}\n{\"type\":\"ping\",\"id\":\"nonl\"}";

    @TempDir
    Path dir;

    @Test
    void aRealServerAnswersTheUnterminatedLastLineBeforeClosing() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire w = new Wire(server.address())) {
            w.sendRaw(HELLO_THEN_PING.getBytes(StandardCharsets.UTF_8));
            w.shutdownOutput();
            assertThat(Wire.type(w.reply("h"))).isEqualTo("welcome");
            assertThat(Wire.type(w.reply("nonl"))).isEqualTo("pong");
            assertThat(w.closedByServer(Wire.TIMEOUT)).as("closed once answered").isTrue();
        }
    }

    @Test
    void theEmbeddedPipelineAnswersTheLastLineThenCloses() throws Exception {
        ServerConfig cfg = TestServers.config(dir).withMaxLineBytes(1024);
        Rooms rooms = new Rooms(cfg, ScenarioCatalog.load(cfg));
        EmbeddedChannel ch = new EmbeddedChannel(new TruceChannelInitializer(rooms, null, cfg));
        try {
            ch.writeInbound(Unpooled.copiedBuffer(HELLO_THEN_PING + "\r", StandardCharsets.UTF_8));
            assertThat(out(ch).get("type").getAsString()).isEqualTo("welcome");
            assertThat((Object) ch.readOutbound()).as("no newline yet: the ping waits").isNull();
            ch.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE); // FIN
            ch.runPendingTasks();
            JsonObject pong = out(ch);
            assertThat(pong.get("type").getAsString()).isEqualTo("pong");
            assertThat(pong.get("re").getAsString()).isEqualTo("nonl");
            ch.runPendingTasks();
            assertThat(ch.isActive()).as("closed after the reply").isFalse();
        } finally {
            ch.finishAndReleaseAll();
            rooms.shutdown(1000);
        }
    }

    @Test
    void anUnterminatedLastLineOverTheLimitIsRefusedNotRun() throws Exception {
        ServerConfig cfg = TestServers.config(dir).withMaxLineBytes(1024);
        Rooms rooms = new Rooms(cfg, ScenarioCatalog.load(cfg));
        EmbeddedChannel ch = new EmbeddedChannel(new TruceChannelInitializer(rooms, null, cfg));
        try {
            ch.writeInbound(Unpooled.copiedBuffer("{\"type\":\"ping\",\"id\":\"" + "x".repeat(1100) + "\"}", StandardCharsets.UTF_8));
            ch.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
            ch.runPendingTasks();
            assertThat(out(ch).get("code").getAsString()).isEqualTo("line_too_long");
            assertThat((Object) ch.readOutbound()).as("nothing else: the rest was not run").isNull();
        } finally {
            ch.finishAndReleaseAll();
            rooms.shutdown(1000);
        }
    }

    @Test
    void theDecoderGivesTheRestAtTheEndAndNothingWhenThereIsNone() {
        EmbeddedChannel ch = new EmbeddedChannel(new LastLineFrameDecoder(16));
        ch.writeInbound(Unpooled.copiedBuffer("one\ntwo\r\nthree", StandardCharsets.UTF_8));
        assertThat(ch.finish()).isTrue();
        assertThat(next(ch)).isEqualTo("one");
        assertThat(next(ch)).isEqualTo("two");
        assertThat(next(ch)).isEqualTo("three");
        assertThat((Object) ch.readInbound()).isNull();

        EmbeddedChannel clean = new EmbeddedChannel(new LastLineFrameDecoder(16));
        clean.writeInbound(Unpooled.copiedBuffer("one\n", StandardCharsets.UTF_8));
        clean.finish();
        assertThat(next(clean)).isEqualTo("one");
        assertThat((Object) clean.readInbound()).as("no empty line invented at the end").isNull();
    }

    private static String next(EmbeddedChannel ch) {
        ByteBuf b = ch.readInbound();
        assertThat(b).isNotNull();
        try {
            return b.toString(StandardCharsets.UTF_8);
        } finally {
            b.release();
        }
    }

    private static JsonObject out(EmbeddedChannel ch) {
        ByteBuf b = ch.readOutbound();
        assertThat(b).as("an outbound message").isNotNull();
        try {
            return JsonParser.parseString(b.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        } finally {
            b.release();
        }
    }
}
