package org.truce.server;

import org.truce.shared.protocol.ServerMessage;

/**
 * A server message on its way out, not yet encoded: {@link ServerMessageEncoder} turns it into a
 * line in the pipeline. {@code re} is the request id as JSON text (as the client sent it), or null.
 */
record Outgoing(ServerMessage message, String re) {
}
