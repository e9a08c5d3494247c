package org.truce.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.truce.server.PipelineNames;

/** The client's pipeline uses the server's handler names, in reading order. */
class ClientInitializerTest {
    @Test
    void handlersAreNamedAsOnTheServerInReadingOrder() {
        EmbeddedChannel ch = new EmbeddedChannel(new ClientInitializer(ChannelInboundHandlerAdapter::new));
        try {
            assertThat(ch.pipeline().names()).containsSubsequence(PipelineNames.DEAD_LINK, PipelineNames.IDLE,
                    PipelineNames.FRAME, PipelineNames.TEXT_IN, PipelineNames.TEXT_OUT, PipelineNames.SESSION);
        } finally {
            ch.finishAndReleaseAll();
        }
    }
}
