package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request pump answers a long backlog of at-once replies in a loop, never by recursion. */
class SessionPumpTest {
    @Test
    void aBacklogOfRequestsAnsweredAtOnceDoesNotGrowTheStack() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Session s = new Session(ch, 1);
        List<Runnable> held = new ArrayList<>();
        int[] handled = {0};
        int[] deepest = {0};
        int[] first = {0};
        Session.Dispatcher d = (session, request, done) -> {
            handled[0]++;
            int depth = Thread.currentThread().getStackTrace().length;
            if (handled[0] == 1) {
                first[0] = depth;
                held.add(done); // the first request waits on a room: the rest pile up
            } else {
                deepest[0] = Math.max(deepest[0], depth);
                done.run(); // answered at once (a rate-limited request)
            }
        };
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            s.enqueue("request " + i, d);
        }
        assertThat(handled[0]).isEqualTo(1);
        held.get(0).run();
        assertThat(handled[0]).isEqualTo(n);
        assertThat(deepest[0]).isLessThan(first[0] + 20);
    }

    @Test
    void aRequestThatThrowsClosesTheConnectionRatherThanWedgeIt() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Session s = new Session(ch, 1);
        s.enqueue("boom", (session, request, done) -> {
            throw new IllegalStateException("bug");
        });
        assertThat(ch.isOpen()).isFalse();
    }
}
