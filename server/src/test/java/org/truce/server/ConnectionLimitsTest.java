package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.truce.shared.protocol.ClientMessage;

/** Connection and request limits on a clock driven by hand. */
class ConnectionLimitsTest {
    private static final ServerConfig.Limits L = ServerConfig.Limits.DEFAULT;
    private long nanos = 1_000_000_000L;
    private final ConnectionLimits limits = new ConnectionLimits(L, () -> nanos);
    private final List<EmbeddedChannel> channels = new ArrayList<>();

    @AfterEach
    void tearDown() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
    }

    private Session session() {
        EmbeddedChannel ch = new EmbeddedChannel();
        channels.add(ch);
        return new Session(ch, channels.size());
    }

    @Test
    void anAddressMayHoldSoManyConnectionsAndOneMoreOnceOneCloses() {
        List<Session> open = new ArrayList<>();
        for (int i = 0; i < L.connectionsPerAddress(); i++) {
            Session s = session();
            assertThat(limits.opened(s)).isNull();
            open.add(s);
        }
        Session extra = session();
        assertThat(limits.opened(extra)).isEqualTo("too many connections from your address (at most "
                + L.connectionsPerAddress() + " at once)");
        limits.closed(extra);
        limits.closed(open.get(0));
        limits.closed(open.get(0)); // closing twice releases once
        assertThat(limits.opened(session())).isNull();
        assertThat(limits.opened(session())).isNotNull();
    }

    @Test
    void requestsBeyondTheBurstWaitForTheBucketToRefill() {
        Session s = session();
        ClientMessage rooms = new ClientMessage.ListRooms();
        for (int i = 0; i < L.requestBurst(); i++) {
            assertThat(limits.rateLimited(s, rooms)).isNull();
        }
        assertThat(limits.rateLimited(s, rooms)).isEqualTo("too many requests: at most " + L.requestBurst()
                + " at once, then " + (long) L.requestsPerSecond() + " a second; this one was dropped");
        nanos += (long) (1e9 / L.requestsPerSecond());
        assertThat(limits.rateLimited(s, rooms)).isNull();
        assertThat(limits.rateLimited(s, rooms)).isNotNull();
    }

    @Test
    void chatHasABucketOfItsOwn() {
        Session s = session();
        ClientMessage say = new ClientMessage.Say(null, "hi");
        for (int i = 0; i < L.sayBurst(); i++) {
            assertThat(limits.rateLimited(s, say)).isNull();
        }
        assertThat(limits.rateLimited(s, say)).startsWith("too many chat lines");
        assertThat(limits.rateLimited(s, new ClientMessage.ListRooms())).isNull();
    }

    @Test
    void roomCreationIsLimitedPerConnectionWithTheWaitNamed() {
        Session s = session();
        ClientMessage create = new ClientMessage.CreateRoom("test-mini", Map.of(), null, null, null, null, null, null);
        String why = null;
        for (int i = 0; i <= L.createBurst() && why == null; i++) {
            why = limits.rateLimited(s, create);
        }
        assertThat(why).isEqualTo("too many rooms from this connection: at most " + L.createBurst()
                + ", then one every " + (long) L.createEverySeconds() + " s (next in "
                + (long) L.createEverySeconds() + " s)");
    }

    @Test
    void wrongSecretsBlockTheAddressUntilTheBucketRefills() {
        Session s = session();
        for (int i = 0; i < L.badSecretBurst(); i++) {
            assertThat(limits.guessing(s)).isNull();
            limits.wrongSecret(s);
        }
        assertThat(limits.guessing(s)).isNotNull();
        nanos += (long) (1e9 / L.badSecretsPerSecond());
        assertThat(limits.guessing(s)).isNull();
    }
}
