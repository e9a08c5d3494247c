package org.truce.server;

/**
 * The names of the handlers in Truce's pipelines, defined once for the server's
 * ({@link TruceChannelInitializer}) and the client's: both speak lines of UTF-8 JSON, so a name
 * means the same job on either side. Listed in reading order.
 */
public final class PipelineNames {
    /** Client only: closes a link the server has been silent on for too long. */
    public static final String DEAD_LINK = "dead";
    /** Cuts the byte stream into lines (a last line before FIN counts). */
    public static final String FRAME = "frame";
    /** A line's bytes → text. */
    public static final String TEXT_IN = "text-in";
    /** Notices silence: the server hangs up, the client pings. */
    public static final String IDLE = "idle";
    /** Server: a line of text → a decoded request (or the error for it). */
    public static final String JSON = "json";
    /** Server: a {@link Outgoing} message → its line of UTF-8 JSON. */
    public static final String JSON_OUT = "json-out";
    /** Client: text → the line's bytes. */
    public static final String TEXT_OUT = "text-out";
    /** The protocol handler: the connection's requests on the server, the server's messages on the client. */
    public static final String SESSION = "session";

    private PipelineNames() {
    }
}
