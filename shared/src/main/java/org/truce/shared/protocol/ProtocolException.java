package org.truce.shared.protocol;

/** A message that breaks the protocol, with a stable error code (see docs/PROTOCOL.md). */
public final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String re;

    /** An error that answers no particular request ({@code re} null). */
    public ProtocolException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /**
     * {@code re} is the request id as JSON text, or null; no stack trace is captured (this is a client's mistake, not a
     * bug).
     */
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

    /** The same error answering request {@code id} (JSON text, or null). */
    public ProtocolException withRe(String id) {
        return new ProtocolException(code, getMessage(), id);
    }
}
