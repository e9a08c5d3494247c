package org.truce.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.truce.shared.protocol.ErrorCode;

/**
 * A framed line's bytes → its text, strictly as UTF-8. Netty's {@code StringDecoder} turns bytes
 * that are not UTF-8 (and encoded surrogates) into U+FFFD without a word, so a request with a
 * broken name or id was answered as if the client had sent "?"; here such a line becomes a
 * {@link ProtocolDecoder.Malformed} ({@code malformed_json}, naming the byte), answered in order
 * like any other bad line. One per channel: the JDK decoder is stateful.
 */
final class Utf8LineDecoder extends MessageToMessageDecoder<ByteBuf> {
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    Utf8LineDecoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf msg, List<Object> out) {
        ByteBuffer in = msg.nioBuffer();
        CharBuffer text = CharBuffer.allocate(in.remaining() + 1); // UTF-8 never gives more chars than bytes
        utf8.reset();
        CoderResult r = utf8.decode(in, text, true);
        if (!r.isError()) {
            r = utf8.flush(text);
        }
        if (r.isError()) {
            out.add(new ProtocolDecoder.Malformed(ErrorCode.MALFORMED_JSON, "the line is not UTF-8 text (invalid byte 0x"
                    + String.format("%02x", in.get(in.position()) & 0xff) + " at byte " + (in.position() + 1)
                    + "); send JSON encoded as UTF-8", null));
            return;
        }
        text.flip();
        out.add(text.toString());
    }
}
