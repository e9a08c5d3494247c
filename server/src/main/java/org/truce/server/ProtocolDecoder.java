package org.truce.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ProtocolException;

/**
 * A text line → a decoded request ({@link ProtocolCodec.Envelope}), or a {@link Malformed}
 * carrying the error for it. Errors travel on as messages, not as replies written here, so the
 * error for line 3 never overtakes the reply to line 2. Blank lines are ignored (nc users press
 * Enter). Stateless, but one per channel like every handler in this pipeline.
 */
final class ProtocolDecoder extends MessageToMessageDecoder<String> {

    /** A line that could not be decoded, and the request id it carried if that much was readable. */
    record Malformed(ErrorCode code, String message, String re) {
    }

    ProtocolDecoder() {
        super(String.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, String line, List<Object> out) {
        if (line.isBlank()) {
            return;
        }
        try {
            out.add(ProtocolCodec.decodeClient(line));
        } catch (ProtocolException e) {
            out.add(new Malformed(e.code(), e.getMessage(), e.re()));
        }
    }
}
