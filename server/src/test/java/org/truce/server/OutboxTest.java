package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Group commit's gate: nothing leaves before the lines it follows are forced, and order is kept. */
class OutboxTest {
    private final Outbox o = new Outbox();
    private final List<String> out = new ArrayList<>();

    @Test
    void sendsWaitForTheForceOfEverythingWrittenBeforeThem() {
        o.send(() -> out.add("before any write"), null);
        assertThat(out).containsExactly("before any write");
        long first = o.appended();
        o.send(() -> out.add("a"), null);
        o.then(() -> out.add("done a"));
        long second = o.appended();
        o.send(() -> out.add("b"), null);
        assertThat(out).containsExactly("before any write");
        o.released(first);
        assertThat(out).containsExactly("before any write", "a", "done a");
        assertThat(o.holding()).isTrue();
        o.send(() -> out.add("c, after b in order"), null); // nothing new written, but b still waits
        o.released(second);
        assertThat(out).endsWith("b", "c, after b in order");
        assertThat(o.holding()).isFalse();
    }

    @Test
    void aFailedForceDropsTheSendsButStillCompletesTheRequests() {
        o.appended();
        o.send(() -> out.add("state"), () -> out.add("released buffer"));
        o.then(() -> out.add("done"));
        o.failed();
        assertThat(out).containsExactly("released buffer", "done");
        assertThat(o.holding()).isFalse();
    }
}
