package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.server.cli.HostPort;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/**
 * {@code truce facilitate}'s refusals before any screen opens: a bad address, no key, an
 * unreachable server, a key the server does not take; each is one line on stderr and exit 2.
 */
class FacilitateCommandTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void oneLine(CliRun r, String start) {
        r.isOneLine(start);
    }

    @Test
    @Timeout(10)
    void aBadAddressIsOneLine() {
        oneLine(run("facilitate", "badhost:99999", "--key", "K"), "truce facilitate: bad address 'badhost:99999'");
    }

    @Test
    @Timeout(10)
    void noKeyAndNoKeyFileIsOneLine() {
        CliRun r = run("facilitate", "127.0.0.1:1", "--data", tmp.toString());
        oneLine(r, "truce facilitate: no teacher key: give --key KEY");
        assertThat(r.err()).contains(tmp.resolve("teacher.key").toString());
    }

    @Test
    @Timeout(10)
    void anEmptyKeyFileIsOneLine() throws Exception {
        Files.writeString(tmp.resolve("teacher.key"), "\n");
        oneLine(run("facilitate", "127.0.0.1:1", "--data", tmp.toString()), "truce facilitate: no teacher key: " + tmp.resolve("teacher.key") + " is empty");
    }

    @Test
    @Timeout(10)
    void aBadNameOrKeyIsOneLine() {
        oneLine(run("facilitate", "127.0.0.1:1", "--key", "two words"), "truce facilitate: the teacher key must be printable");
        oneLine(run("facilitate", "127.0.0.1:1", "--key", "K", "--name", "x".repeat(40)), "truce facilitate: bad --name");
    }

    @Test
    @Timeout(20)
    void anUnreachableServerIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        oneLine(run("facilitate", "127.0.0.1:" + port, "--key", "K"), "truce facilitate: cannot reach a server at 127.0.0.1:" + port);
    }

    @Test
    @Timeout(20)
    void aRefusedKeyFromTheDataDirIsOneLineAndTheHelloCarriedIt() throws Exception {
        Files.writeString(tmp.resolve("teacher.key"), "s3cret-key\n");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> hello = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try (Socket c = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
                    hello.complete(in.readLine());
                    c.getOutputStream().write("{\"type\":\"error\",\"code\":\"bad_key\",\"message\":\"wrong teacher key\"}\n"
                            .getBytes(StandardCharsets.UTF_8));
                    c.getOutputStream().flush();
                } catch (Exception e) {
                    hello.completeExceptionally(e);
                }
            });
            t.start();
            CliRun r = run("facilitate", "127.0.0.1:" + server.getLocalPort(), "--data", tmp.toString());
            oneLine(r, "truce facilitate: the server refused the teacher key: wrong teacher key");
            ClientMessage.Hello h = (ClientMessage.Hello) ProtocolCodec.decodeClient(hello.get(5, TimeUnit.SECONDS)).message();
            assertThat(h.teacherKey()).isEqualTo("s3cret-key");
            assertThat(h.name()).isEqualTo("facilitator");
            t.join(5000);
        }
    }

    @Test
    @Timeout(30)
    void aRealServerThatDoesNotTakeTheKeyIsOneLine() throws Exception {
        try (TruceServer server = TruceServer.start(ServerConfig.loopback(tmp.resolve("data")).withPort(0))) {
            CliRun r = run("facilitate", "127.0.0.1:" + server.address().getPort(), "--key", "not-the-key");
            oneLine(r, "truce facilitate: ");
            assertThat(r.err()).contains("teacher key");
        }
    }

    @Test
    void aRateLimitedGreetingSaysToWaitNotThatTheKeyIsWrong() {
        String line = TeacherProbe.refused(new ServerMessage.Error("rate_limited",
                "too many wrong seat tokens or keys from your address; try again in 42 s"));
        assertThat(line).contains("too many wrong keys were tried from this address").contains("try again in 42 s")
                .doesNotContain("rate_limited").doesNotContain("refused the teacher key");
    }

    @Test
    void theJoinSheetNamesANetworkAddressForAServerReachedByLoopback() {
        assertThat(FacilitateCommand.joinAddress(HostPort.parse("192.0.2.7:7001"))).isEqualTo(HostPort.parse("192.0.2.7:7001"));
        HostPort local = FacilitateCommand.joinAddress(HostPort.parse("localhost:7001"));
        assertThat(local.port()).isEqualTo(7001);
        assertThat(local.host()).isEqualTo(ServeCommand.lanAddresses().get(0)); // 127.0.0.1 only on a machine without a network
    }
}
