package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ServerMessage;

/** The pipeline's encoder: server messages become lines; pre-encoded lines go through untouched. */
class ServerMessageEncoderTest {
    private final EmbeddedChannel ch = new EmbeddedChannel(ServerMessageEncoder.INSTANCE);

    @AfterEach
    void tearDown() {
        ch.finishAndReleaseAll();
    }

    private String written() {
        ByteBuf b = ch.readOutbound();
        assertThat(b).as("an outbound line").isNotNull();
        try {
            return b.toString(StandardCharsets.UTF_8);
        } finally {
            b.release();
        }
    }

    @Test
    void aMessageBecomesOneLineWithTheRequestIdAsTheClientSentIt() {
        ch.writeOutbound(new Outgoing(new ServerMessage.Pong(), "7"), new Outgoing(new ServerMessage.Pong(), "\"p\""));
        assertThat(written()).isEqualTo("{\"type\":\"pong\",\"re\":7}\n");
        assertThat(written()).isEqualTo("{\"type\":\"pong\",\"re\":\"p\"}\n");
        assertThat((Object) ch.readOutbound()).isNull();
    }

    @Test
    void aMessageWithoutRequestHasNoRe() {
        ch.writeOutbound(new Outgoing(new ServerMessage.Error("rate_limited", "slow — down"), null));
        assertThat(written()).isEqualTo("{\"type\":\"error\",\"code\":\"rate_limited\",\"message\":\"slow — down\"}\n");
    }

    @Test
    void preEncodedLinesPassThroughAsTheSameBuffers() {
        StateFrame frame = StateFrame.whole("{\"type\":\"state\",\"round\":1}");
        ByteBuf state = frame.line("UA", "3");
        ByteBuf plain = Unpooled.copiedBuffer("{\"type\":\"pong\"}\n", StandardCharsets.UTF_8);
        try {
            ch.writeOutbound(state, plain);
            ByteBuf first = ch.readOutbound();
            ByteBuf second = ch.readOutbound();
            assertThat(first).isSameAs(state);
            assertThat(second).isSameAs(plain);
            assertThat(first.toString(StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"state\",\"round\":1,\"you\":\"UA\",\"re\":3}\n");
            first.release();
            second.release();
        } finally {
            frame.release();
        }
    }
}
