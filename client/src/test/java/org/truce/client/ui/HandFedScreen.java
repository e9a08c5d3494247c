package org.truce.client.ui;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;

/** A screen whose connection the test plays: every message the server would send, by hand; what the client sends is only recorded. */
final class HandFedScreen implements AutoCloseable {
    /** The screen. */
    final VirtualScreen v;
    /** The client's side of the link: call {@code onMessage} as the server would. */
    final ConnectionListener l;
    /** The hello the client would greet a (re)connect with. */
    final java.util.function.Supplier<ClientMessage.Hello> hello;
    /** The link the client talks to; {@link #sent} is what it sent, in order, with the request ids it gave. */
    private final RecordingConnection link = new RecordingConnection();
    final BlockingQueue<RecordingConnection.Sent> sent = link.sent;

    /** An 80×24 screen whose app has connected and is told the link is up. */
    HandFedScreen() throws Exception {
        CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        CompletableFuture<java.util.function.Supplier<ClientMessage.Hello>> greeting = new CompletableFuture<>();
        v = new VirtualScreen(80, 24, app -> app.connect((hello, lis) -> {
            greeting.complete(hello);
            listener.complete(lis);
            return link;
        }));
        try {
            l = listener.get(5, TimeUnit.SECONDS);
            hello = greeting.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            v.close();
            throw e;
        }
        l.onLink(true, "fake", 0);
    }

    /** The messages the client sent so far, in order, without their ids. */
    List<ClientMessage> sentMessages() {
        return sent.stream().map(RecordingConnection.Sent::message).toList();
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
