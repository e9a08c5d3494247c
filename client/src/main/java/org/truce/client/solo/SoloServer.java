package org.truce.client.solo;

import java.net.InetSocketAddress;

/** The server solo play runs inside this process, on 127.0.0.1 and a free port. */
public final class SoloServer implements AutoCloseable {

    private SoloServer() {
    }

    /** Starts the in-process server (blocking; call it off the GUI thread). */
    public static SoloServer start(int botDelayMs, String scenarioFile) {
        throw new UnsupportedOperationException("the server module is not built yet");
    }

    public InetSocketAddress address() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
