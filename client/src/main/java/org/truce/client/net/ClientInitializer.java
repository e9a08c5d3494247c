package org.truce.client.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.CharsetUtil;
import java.util.function.Supplier;
import org.truce.server.LastLineFrameDecoder;
import org.truce.server.PipelineNames;

/**
 * The client pipeline, in reading order: a dead-link timeout, a ping when idle, lines of UTF-8
 * JSON in and out, then the protocol handler. Handler names are the server's ({@link PipelineNames}).
 */
final class ClientInitializer extends ChannelInitializer<Channel> {
    /** Longest line accepted from a server (a game_over with every brief fits easily). */
    static final int MAX_LINE = 4 * 1024 * 1024;
    private static final int PING_AFTER_SECONDS = 20;
    /**
     * Silence from the server for this long means a dead link (we ping every 20 s and the server
     * answers): the channel closes and the connection reconnects.
     */
    static final int DEAD_AFTER_SECONDS = 60;

    private final Supplier<ChannelHandler> handler;

    ClientInitializer(Supplier<ChannelHandler> handler) {
        this.handler = handler;
    }

    @Override
    protected void initChannel(Channel ch) {
        ch.pipeline()
                .addLast(PipelineNames.DEAD_LINK, new ReadTimeoutHandler(DEAD_AFTER_SECONDS))
                .addLast(PipelineNames.IDLE, new IdleStateHandler(0, PING_AFTER_SECONDS, 0))
                .addLast(PipelineNames.FRAME, new LastLineFrameDecoder(MAX_LINE))
                .addLast(PipelineNames.TEXT_IN, new StringDecoder(CharsetUtil.UTF_8))
                .addLast(PipelineNames.TEXT_OUT, new StringEncoder(CharsetUtil.UTF_8))
                .addLast(PipelineNames.SESSION, handler.get());
    }
}
