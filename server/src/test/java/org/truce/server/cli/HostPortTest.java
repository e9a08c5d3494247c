package org.truce.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** One reading of HOST[:PORT] for every command: the forms it accepts, and one clear problem for the rest. */
class HostPortTest {
    @Test
    void readsHostsWithAndWithoutPorts() {
        assertThat(HostPort.parse("localhost")).isEqualTo(new HostPort("localhost", 7777));
        assertThat(HostPort.parse("localhost:8000")).isEqualTo(new HostPort("localhost", 8000));
        assertThat(HostPort.parse(" 127.0.0.1:7777 ")).isEqualTo(new HostPort("127.0.0.1", 7777));
        assertThat(HostPort.parse("lab-pc_3.example.org")).isEqualTo(new HostPort("lab-pc_3.example.org", 7777));
    }

    @Test
    void readsBracketedIpv6AndWritesItBackTheSameWay() {
        HostPort v6 = HostPort.parse("[::1]:7777");
        assertThat(v6).isEqualTo(new HostPort("::1", 7777));
        assertThat(v6.toString()).isEqualTo("[::1]:7777");
        assertThat(HostPort.parse("[::1]")).isEqualTo(new HostPort("::1", 7777));
        assertThat(HostPort.parse("[fe80::1:2]:65535")).isEqualTo(new HostPort("fe80::1:2", 65535));
        assertThat(HostPort.parse(v6.toString())).isEqualTo(v6);
        assertThat(HostPort.parse("localhost:9").toString()).isEqualTo("localhost:9");
        assertThat(v6.unresolved().getHostString()).isEqualTo("::1");
        assertThat(v6.unresolved().isUnresolved()).isTrue(); // nothing is looked up while parsing
    }

    @Test
    void eachBadAddressIsOneProblemNamingTheValue() {
        bad("localhost:99999", "bad address 'localhost:99999': the port must be a number from 1 to 65535");
        bad("localhost:0", "bad address 'localhost:0': the port must be a number from 1 to 65535");
        bad("localhost:http", "bad address 'localhost:http': the port must be a number from 1 to 65535");
        bad("localhost:+80", "bad address 'localhost:+80': the port must be a number from 1 to 65535");
        bad("localhost:", "bad address 'localhost:': the port must be a number from 1 to 65535");
        bad(":7777", "bad address ':7777': no host (expected HOST or HOST:PORT, as in localhost:7777)");
        bad("", "bad address '': no host");
        bad("::1", "bad address '::1': an IPv6 address goes in brackets, as in [::1] or [::1]:7777");
        bad("::1:7777", "bad address '::1:7777': an IPv6 address goes in brackets");
        bad("[::1", "bad address '[::1': a '[' without its ']'");
        bad("[::1]7777", "bad address '[::1]7777': expected :PORT after the ']'");
        bad("[localhost]:7777", "bad address '[localhost]:7777': 'localhost' in brackets is not an IPv6 address");
        bad("[1::2::3]", "bad address '[1::2::3]': '1::2::3' in brackets is not an IPv6 address");
        bad("[::1]:70000", "bad address '[::1]:70000': the port must be a number from 1 to 65535");
        bad("two words", "bad address 'two words': a host is letters, digits, dots, dashes and underscores");
        bad("evil\u001b[2J", "bad address 'evil?[2J': a host is letters");
    }

    @Test
    void theConverterRefusesWithTheSameLine() {
        assertThat(new HostPortConverter().convert("[::1]:7777")).isEqualTo(new HostPort("::1", 7777));
        assertThatThrownBy(() -> new HostPortConverter().convert("localhost:x"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("bad address 'localhost:x': the port must be a number from 1 to 65535");
    }

    private static void bad(String text, String start) {
        assertThatThrownBy(() -> HostPort.parse(text)).isInstanceOf(HostPort.BadAddress.class)
                .hasMessageStartingWith(start).hasMessageNotContaining("\n");
    }
}
