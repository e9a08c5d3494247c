package org.truce.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The door's own limits, on a clock the test moves by hand. */
class SshGateTest {
    private static InetSocketAddress at(String ip) {
        return new InetSocketAddress(ip, 40000);
    }

    @Test
    void connectionsPerAddressPerMinuteAndSessionsAtOnce() {
        AtomicLong nanos = new AtomicLong(1_000);
        AtomicInteger open = new AtomicInteger();
        SshGate gate = new SshGate(5, 3, open::get, nanos::get);
        for (int i = 0; i < 3; i++) {
            assertThat(gate.refusal(at("10.0.0.1"))).isNull();
        }
        assertThat(gate.refusal(at("10.0.0.1"))).isEqualTo("more than 3 connections in a minute from 10.0.0.1");
        assertThat(gate.refusal(at("10.0.0.2"))).as("another address").isNull();
        nanos.addAndGet(59_000_000_000L);
        assertThat(gate.refusal(at("10.0.0.1"))).as("still within the minute").isNotNull();
        nanos.addAndGet(1_000_000_000L);
        assertThat(gate.refusal(at("10.0.0.1"))).as("a minute after the first three").isNull();
        open.set(5);
        assertThat(gate.refusal(at("10.0.0.9"))).isEqualTo("the server has 5 SSH sessions open, its maximum");
    }
}
