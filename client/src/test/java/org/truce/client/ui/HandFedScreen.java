package org.truce.client.ui;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.truce.client.net.Connection;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;

/** A screen whose connection the test plays: every message the server would send, by hand; what the client sends is only recorded. */
final class HandFedScreen implements AutoCloseable {
    /** The screen. */
    final VirtualScreen v;
    /** The client's side of the link: call {@code onMessage} as the server would. */
    final ConnectionListener l;
    /** What the client sent, in order, with the request ids it gave. */
    final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();

    /** A message the client sent and its request id (null: none). */
    record Sent(ClientMessage message, String id) {
    }

    /** An 80×24 screen whose app has connected and is told the link is up. */
    HandFedScreen() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        Connection nothing = new Connection() {
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
        };
        v = new VirtualScreen(80, 24, app -> app.connect((hello, lis) -> {
            listener.complete(lis);
            return nothing;
        }));
        try {
            l = listener.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            v.close();
            throw e;
        }
        l.onLink(true, "fake", 0);
    }

    /** Hands {@code messages} to the client in order. */
    void send(List<ServerMessage> messages) {
        messages.forEach(l::onMessage);
    }

    @Override
    public void close() throws Exception {
        v.close();
    }
}
