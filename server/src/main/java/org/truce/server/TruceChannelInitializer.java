package org.truce.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline, in reading order (the names are {@link PipelineNames}). Typed {@code <Channel>}
 * so EmbeddedChannel tests run it too. Every stateful handler is new per channel.
 */
final class TruceChannelInitializer extends ChannelInitializer<Channel> {
    private final Rooms rooms;
    private final ChannelGroup all;
    private final ServerConfig config;

    TruceChannelInitializer(Rooms rooms, ChannelGroup all, ServerConfig config) {
        this.rooms = rooms;
        this.all = all;
        this.config = config;
    }

    @Override
    protected void initChannel(Channel ch) {
        ChannelPipeline p = ch.pipeline();
        // fail fast: an over-long line is refused as soon as it passes the limit, not buffered;
        // a last line without its newline before FIN is still a line
        p.addLast(PipelineNames.FRAME, new LastLineFrameDecoder(config.maxLineBytes()));
        p.addLast(PipelineNames.TEXT_IN, new Utf8LineDecoder()); // strict: bytes that are not UTF-8 get malformed_json
        p.addLast(PipelineNames.IDLE, new IdleStateHandler(config.idleSeconds(), 0, 0, TimeUnit.SECONDS));
        p.addLast(PipelineNames.JSON, new ProtocolDecoder());
        // outbound: the encoder sits before (nearer the head than) the handler that writes
        p.addLast(PipelineNames.JSON_OUT, ServerMessageEncoder.INSTANCE);
        p.addLast(PipelineNames.SESSION, new SessionHandler(rooms, all, config.maxLineBytes()));
    }
}
