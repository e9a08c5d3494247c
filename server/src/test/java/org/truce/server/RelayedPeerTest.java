package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.CharsetUtil;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay address (the SSH door's way in): the same pipeline as TCP, and the per-address limits
 * count each relayed player by their own address, never all of them as this machine.
 */
class RelayedPeerTest {
    @TempDir
    Path dir;

    @Test
    void aRelayedPlayerIsCountedUnderTheirOwnAddress() throws Exception {
        assertThat(AddressLimiter.key(RelayedPeer.of(InetAddress.getByName("10.1.2.3")))).isEqualTo("10.1.2.3");
        // IPv6 by its /64, as over TCP
        assertThat(AddressLimiter.key(RelayedPeer.of(InetAddress.getByName("2001:db8::1"))))
                .isEqualTo(AddressLimiter.key(RelayedPeer.of(InetAddress.getByName("2001:db8::ffff"))))
                .isEqualTo(AddressLimiter.key(new java.net.InetSocketAddress(InetAddress.getByName("2001:db8::7"), 1)));
        // two relayed connections of one player are two addresses to bind, one address to count
        assertThat(RelayedPeer.of(InetAddress.getByName("10.1.2.3"))).isNotEqualTo(RelayedPeer.of(InetAddress.getByName("10.1.2.3")));
        assertThat(AddressLimiter.key(new LocalAddress("something-else"))).isEqualTo("local");
    }

    @Test
    void theConnectionLimitHoldsPerRelayedAddress() throws Exception {
        ServerConfig.Limits d = ServerConfig.Limits.DEFAULT;
        ServerConfig.Limits l = d.withAddressLimits(50, 1_000, 1e-6, 10, 1e-6, 1_000, 20, 2);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
        try (TruceServer server = TruceServer.start(TestServers.config(dir).withLimits(l))) {
            LocalAddress relay = server.relayAddress();
            InetAddress ana = InetAddress.getByName("10.0.0.1");
            Local a1 = Local.open(group, relay, ana);
            Local a2 = Local.open(group, relay, ana);
            assertThat(a1.ask("{\"type\":\"ping\",\"id\":\"p\"}")).contains("\"pong\"");
            assertThat(a2.ask("{\"type\":\"ping\",\"id\":\"p\"}")).contains("\"pong\"");
            Local a3 = Local.open(group, relay, ana);
            assertThat(a3.next()).contains("rate_limited").contains("too many connections from your address (at most 2");
            // another player through the same door: their own count
            Local ben = Local.open(group, relay, InetAddress.getByName("10.0.0.2"));
            assertThat(ben.ask("{\"type\":\"ping\",\"id\":\"p\"}")).contains("\"pong\"");
            // and the full hello works as over TCP
            assertThat(ben.ask("{\"type\":\"hello\",\"name\":\"Ben\",\"protocol\":1}")).contains("\"welcome\"");
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    /** A raw in-process connection speaking JSON lines. */
    private record Local(Channel channel, BlockingQueue<String> lines) {
        static Local open(EventLoopGroup group, LocalAddress relay, InetAddress peer) throws InterruptedException {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Channel ch = new Bootstrap().group(group).channel(LocalChannel.class).handler(new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(Channel c) {
                    c.pipeline().addLast(new LineBasedFrameDecoder(1 << 20), new StringDecoder(CharsetUtil.UTF_8),
                            new StringEncoder(CharsetUtil.UTF_8), new SimpleChannelInboundHandler<String>() {
                                @Override
                                protected void channelRead0(ChannelHandlerContext ctx, String line) {
                                    lines.add(line);
                                }
                            });
                }
            }).connect(relay, RelayedPeer.of(peer)).sync().channel();
            return new Local(ch, lines);
        }

        String next() throws InterruptedException {
            String s = lines.poll(10, TimeUnit.SECONDS);
            assertThat(s).as("a line from the server").isNotNull();
            return s;
        }

        String ask(String json) throws InterruptedException {
            channel.writeAndFlush(json + "\n");
            return next();
        }
    }
}
