package org.truce.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.truce.shared.protocol.ProtocolCodec;

/**
 * An {@link Outgoing} message → one line of UTF-8 JSON ending in a newline. Anything else (the
 * pre-encoded lines of a {@link StateFrame}, any other buffer) passes through untouched, so a
 * state encoded once for the whole room is never encoded again per seat. Stateless, and shared.
 */
@ChannelHandler.Sharable
final class ServerMessageEncoder extends MessageToMessageEncoder<Outgoing> {
    static final ServerMessageEncoder INSTANCE = new ServerMessageEncoder();

    private ServerMessageEncoder() {
        super(Outgoing.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Outgoing msg, List<Object> out) {
        // String.getBytes is fast for Latin-1 text, unlike a char-by-char StringEncoder
        String line = ProtocolCodec.encode(msg.message(), msg.re()) + "\n";
        out.add(Unpooled.wrappedBuffer(line.getBytes(StandardCharsets.UTF_8)));
    }
}
