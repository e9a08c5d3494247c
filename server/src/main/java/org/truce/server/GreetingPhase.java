package org.truce.server;

import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;

/** A connection that has not been welcomed yet: only {@code hello} (and ping) is answered. */
final class GreetingPhase implements SessionPhase {
    static final GreetingPhase INSTANCE = new GreetingPhase();

    private GreetingPhase() {
    }

    @Override
    public void handle(Router r, Session s, ClientMessage m, String re, Runnable done) {
        if (m instanceof ClientMessage.Hello h) {
            r.hello(s, h, null, re, done);
            return;
        }
        s.error(ErrorCode.NOT_HELLO, "say hello first: {\"type\":\"hello\",\"name\":\"...\",\"protocol\":1}", re);
        done.run();
    }

    @Override
    public String toString() {
        return "greeting";
    }
}
