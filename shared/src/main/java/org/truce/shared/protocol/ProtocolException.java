package org.truce.shared.protocol;

/** A message that breaks the protocol, with a stable error code (see docs/PROTOCOL.md). */
public final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String re;

    public ProtocolException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ProtocolException(ErrorCode code, String message, String re) {
        super(message, null, false, false);
        this.code = code;
        this.re = re;
    }

    /** The error code the server answers with. */
    public ErrorCode code() {
        return code;
    }

    /** The request id the error answers as JSON text (see {@link ProtocolCodec.Envelope#id()}), or null. */
    public String re() {
        return re;
    }

    public ProtocolException withRe(String id) {
        return new ProtocolException(code, getMessage(), id);
    }
}
