package org.truce.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's pipeline keeps a server's last line even when it ends without a newline before the close. */
class ClientLastLineTest {
    @Test
    void theLastLineBeforeTheServerClosesIsDelivered() {
        List<String> got = new ArrayList<>();
        EmbeddedChannel ch = new EmbeddedChannel(new ClientInitializer(() -> new SimpleChannelInboundHandler<String>() {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, String msg) {
                got.add(msg);
            }
        }));
        ch.writeInbound(Unpooled.copiedBuffer("{\"type\":\"pong\",\"re\":\"a\"}\n{\"type\":\"notice\",\"re\":\"b\"}", StandardCharsets.UTF_8));
        assertThat(got).containsExactly("{\"type\":\"pong\",\"re\":\"a\"}");
        ch.finishAndReleaseAll(); // the server closed the connection
        assertThat(got).containsExactly("{\"type\":\"pong\",\"re\":\"a\"}", "{\"type\":\"notice\",\"re\":\"b\"}");
    }
}
