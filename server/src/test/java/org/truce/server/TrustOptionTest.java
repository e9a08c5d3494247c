package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.server.cli.CliRun;

/** {@code --trust} takes literal IP addresses only, refused otherwise with one line and exit 2, and matches however they are spelt. */
@org.junit.jupiter.api.Timeout(20)
class TrustOptionTest {
    private static void refused(String value) {
        CliRun.of(ServerMain::execute, "--port", "0", "--trust", value).assertRefused("ServerMain: --trust must be an IP address "
                + "such as 127.0.0.1 or ::1 (no host names or ranges), not '" + value.split(",")[value.split(",").length - 1] + "'");
    }

    @Test
    void aValueThatIsNotAnIpAddressIsRefused() {
        refused("notanip");
        refused("localhost"); // a host name is not looked up
        refused("10.0.0.0/8"); // no ranges
        refused("256.1.1.1");
        refused("1.2.3");
        refused("1::2::3");
        refused("127.0.0.1,example.invalid");
    }

    @Test
    void literalsAreReadWithoutLookUp() throws Exception {
        assertThat(IpLiteral.parse("192.168.1.20")).isEqualTo(InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 1, 20}));
        assertThat(IpLiteral.parse(" ::1 ")).isEqualTo(InetAddress.getByName("::1"));
        assertThat(IpLiteral.parse("[fe80::1]")).isNotNull();
        assertThat(IpLiteral.parse("")).isNull();
        assertThat(IpLiteral.parse("abc")).isNull();
        assertThat(IpLiteral.parse("010.1.1.1")).isNull(); // octal or decimal? refused rather than guessed
    }

    @Test
    void trustedAddressesMatchTheKeyConnectionsAreCountedUnder() throws Exception {
        ServerConfig.Limits l = ServerConfig.Limits.DEFAULT.withTrusted(List.of("::1", "10.0.0.5"));
        // "::1" as typed never matched before: IPv6 connections are counted by their /64
        assertThat(l.trusted()).contains(AddressLimiter.key(new InetSocketAddress(InetAddress.getByName("0:0:0:0:0:0:0:1"), 7777)));
        assertThat(l.trusted()).contains(AddressLimiter.key(new InetSocketAddress(InetAddress.getByName("10.0.0.5"), 1)));
    }
}
