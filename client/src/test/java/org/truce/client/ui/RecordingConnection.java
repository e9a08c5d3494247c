package org.truce.client.ui;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.truce.client.net.Connection;
import org.truce.shared.protocol.ClientMessage;

/** A link the test plays the server of: what the client sends is only recorded, with its request ids. */
final class RecordingConnection implements Connection {
    /** A message the client sent and its request id (null: none). */
    record Sent(ClientMessage message, String id) {
    }

    /** What the client sent, in order. */
    final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();

    @Override
    public void send(ClientMessage message) {
        send(message, null);
    }

    @Override
    public void send(ClientMessage message, String id) {
        sent.add(new Sent(message, id));
    }

    @Override
    public void close() {
    }
}
