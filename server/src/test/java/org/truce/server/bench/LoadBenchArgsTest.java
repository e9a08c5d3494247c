package org.truce.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.truce.server.cli.CliRun;

/** LoadBench's command line: bad options are one line and exit 2 before any room starts; --help exits 0. */
class LoadBenchArgsTest {
    private static CliRun run(String... args) {
        return CliRun.of(LoadBench::execute, args);
    }

    private static void refused(String line, String... args) {
        run(args).assertRefused(line);
    }

    @Test
    void outOfRangeOptionsNameTheOptionAndItsRange() {
        refused("LoadBench: --rooms must be a whole number 1..5000, not 0", "--rooms", "0");
        refused("LoadBench: --seconds must be a whole number 1..600, not 601", "--seconds", "601");
        refused("LoadBench: --warmup must be a whole number 0..120, not -1", "--warmup", "-1");
        refused("LoadBench: --game-rounds must be a whole number 1..50, not 51", "--game-rounds", "51");
        refused("LoadBench: --port must be a whole number 1..65535, not 99999", "--port", "99999");
        refused("LoadBench: --rate must be a number above 0 and at most 100, not 0", "--rate", "0");
        refused("LoadBench: --rate must be a number above 0 and at most 100, not NaN", "--rate", "NaN");
        refused("LoadBench: --rate must be a number above 0 and at most 100, not 100.5", "--rate", "100.5");
    }

    @Test
    void picocliRefusalsAreOneLineToo() {
        // these were a NumberFormatException, an IllegalArgumentException stack trace, and a silently ignored option
        refused("LoadBench: Invalid value for option '--rooms': 'ten' is not an int (see: LoadBench --help)", "--rooms", "ten");
        refused("LoadBench: Unknown options: '--room', '3' (see: LoadBench --help)", "--room", "3");
        refused("LoadBench: Missing required parameter for option '--seconds' (S) (see: LoadBench --help)", "--seconds");
    }

    @Test
    void noServerThereIsOneLineAndExit1() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        CliRun r = run("--port", String.valueOf(port), "--rooms", "1");
        assertThat(r.errLine()).startsWith("LoadBench: cannot reach a Truce server at 127.0.0.1:" + port + " (")
                .endsWith("); start one first").doesNotContain("\n");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void theHostGoesThroughTheSharedAddressConverter() throws IOException {
        refused("LoadBench: bad address '::1': an IPv6 address goes in brackets, as in [::1] or [::1]:7777", "--host", "::1");
        refused("LoadBench: bad address 'localhost:x': the port must be a number from 1 to 65535", "--host", "localhost:x");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // a bracketed IPv6 host with its port is read, and named back the same way
        CliRun r = run("--host", "[::1]:" + port, "--rooms", "1");
        assertThat(r.errLine()).startsWith("LoadBench: cannot reach a Truce server at [::1]:" + port + " (");
        assertThat(r.code()).isEqualTo(1);
        // --port, when given, wins over the port in --host
        r = run("--host", "127.0.0.1:1", "--port", String.valueOf(port), "--rooms", "1");
        assertThat(r.errLine()).startsWith("LoadBench: cannot reach a Truce server at 127.0.0.1:" + port + " (");
    }

    @Test
    void helpListsEveryDocumentedOptionAndExits0() {
        run("--help").assertHelp("Usage: LoadBench").contains("--host", "--port", "--rooms", "--seconds", "--rate",
                "--scenario", "--game-rounds", "--warmup", "default 200", "default 50", "default 10");
    }
}
