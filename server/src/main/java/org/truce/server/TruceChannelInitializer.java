package org.truce.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.CharsetUtil;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline, in reading order. Typed {@code <Channel>} so EmbeddedChannel tests run it too.
 * Every handler is new per channel: the frame decoder is stateful.
 */
final class TruceChannelInitializer extends ChannelInitializer<Channel> {
    static final String FRAME = "frame";
    static final String TEXT_IN = "text-in";
    static final String TEXT_OUT = "text-out";
    static final String IDLE = "idle";
    static final String JSON = "json";
    static final String SESSION = "session";

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
        p.addLast(FRAME, new LastLineFrameDecoder(config.maxLineBytes()));
        p.addLast(TEXT_IN, new Utf8LineDecoder()); // strict: bytes that are not UTF-8 get malformed_json
        // outbound: encoders sit before (nearer the head than) every handler that writes
        p.addLast(TEXT_OUT, new StringEncoder(CharsetUtil.UTF_8));
        p.addLast(IDLE, new IdleStateHandler(config.idleSeconds(), 0, 0, TimeUnit.SECONDS));
        p.addLast(JSON, new ProtocolDecoder());
        p.addLast(SESSION, new SessionHandler(rooms, all, config.maxLineBytes()));
    }
}
