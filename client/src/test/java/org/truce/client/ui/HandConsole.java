package org.truce.client.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.truce.client.console.Console;
import org.truce.client.net.ConnectionListener;
import org.truce.shared.protocol.ServerMessage;

/** The class console on an 80×24 virtual screen, its server played by hand through a recording link. */
final class HandConsole {
    private HandConsole() {
    }

    /** The console on {@code link} (its sheets saved in {@code dir}); {@code listener} gets the console's listener. */
    static VirtualScreen open(RecordingConnection link, Path dir, CompletableFuture<ConnectionListener> listener) throws Exception {
        return new VirtualScreen(80, 24, app -> Console.start(app, "class.example:7777", "K", null, (hello, lis) -> {
            listener.complete(lis);
            return link;
        }, dir));
    }

    /** The console's link, up and greeted as a teacher's. */
    static ConnectionListener welcomed(CompletableFuture<ConnectionListener> listener) throws Exception {
        ConnectionListener l = listener.get(5, TimeUnit.SECONDS);
        l.onLink(true, "fake", 0);
        l.onMessage(new ServerMessage.Welcome(1, "truce", "facilitator", true));
        return l;
    }
}
