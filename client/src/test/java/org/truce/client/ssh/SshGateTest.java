package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The door's own limits, on a clock the test moves by hand. */
class SshGateTest {
    private static InetSocketAddress at(String ip) {
        return new InetSocketAddress(ip, 40000);
    }

    @Test
    void connectionsPerAddressPerMinute() {
        AtomicLong nanos = new AtomicLong(1_000);
        SshGate gate = new SshGate(100, 100, 3, nanos::get);
        for (int i = 0; i < 3; i++) {
            assertThat(gate.admit(new Object(), at("10.0.0.1"))).isNull();
        }
        assertThat(gate.admit(new Object(), at("10.0.0.1"))).isEqualTo("more than 3 connections in a minute from 10.0.0.1");
        assertThat(gate.admit(new Object(), at("10.0.0.2"))).as("another address").isNull();
        nanos.addAndGet(59_000_000_000L);
        assertThat(gate.admit(new Object(), at("10.0.0.1"))).as("still within the minute").isNotNull();
        nanos.addAndGet(1_000_000_000L);
        assertThat(gate.admit(new Object(), at("10.0.0.1"))).as("a minute after the first three").isNull();
    }

    @Test
    void sessionsAtOnce() {
        SshGate gate = new SshGate(2, 100, 100, () -> 0L);
        Object a = new Object();
        assertThat(gate.admit(a, at("10.0.0.1"))).isNull();
        assertThat(gate.admit(new Object(), at("10.0.0.2"))).isNull();
        assertThat(gate.admit(new Object(), at("10.0.0.3"))).isEqualTo("the server has 2 SSH sessions open, its maximum");
        gate.release(a);
        gate.release(new Object()); // a refused session's close frees nothing
        assertThat(gate.admit(new Object(), at("10.0.0.3"))).isNull();
        assertThat(gate.admit(new Object(), at("10.0.0.4"))).as("full again").isNotNull();
    }

    @Test
    void sessionsAtOnceFromOneAddress() {
        SshGate gate = new SshGate(100, 2, 100, () -> 0L);
        Object a = new Object();
        assertThat(gate.admit(a, at("10.0.0.1"))).isNull();
        assertThat(gate.admit(new Object(), at("10.0.0.1"))).isNull();
        assertThat(gate.admit(new Object(), at("10.0.0.1"))).isEqualTo("2 SSH sessions are open from 10.0.0.1, the most one address may hold");
        assertThat(gate.admit(new Object(), at("10.0.0.2"))).as("another address").isNull();
        gate.release(a);
        assertThat(gate.admit(new Object(), at("10.0.0.1"))).as("one closed: one more").isNull();
    }
}
