package org.truce.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.util.List;

/**
 * Lines of at most {@code maxLength} bytes, failing fast on a longer one, with the newline stripped;
 * when the input ends (FIN, or the channel closes) the last line counts even without its newline,
 * as {@code BufferedReader.readLine} reads it ({@code printf '…' | nc -N} sends no final newline).
 * Netty's {@link LineBasedFrameDecoder} drops that remainder silently.
 */
public final class LastLineFrameDecoder extends LineBasedFrameDecoder {
    /** @param maxLength the longest line accepted, in bytes, without its newline */
    public LastLineFrameDecoder(int maxLength) {
        super(maxLength, true, true);
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out); // the whole lines first
        // what is left has no newline and is within the limit (a longer rest was already discarded)
        int n = in.readableBytes();
        if (n > 0) {
            if (in.getByte(in.readerIndex() + n - 1) == '\r') {
                n--; // "…\r" then EOF: the same line as "…\r\n"
            }
            out.add(in.readRetainedSlice(n));
            in.skipBytes(in.readableBytes());
        }
    }
}
