package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;
import picocli.CommandLine;

/** {@code truce bot [::1]:PORT}: a bracketed IPv6 address reaches a real server listening on ::1. */
class Ipv6BotTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBotPlaysAGameOnABracketedIpv6Address() throws Exception {
        Assumptions.assumeTrue(ipv6Loopback(), "this machine has no IPv6 loopback");
        ServerConfig cfg = ServerConfig.loopback(tmp).withBindHost("::1").withBotDelayMs(0).withTurnSeconds(0).withVoteSeconds(0);
        try (TruceServer server = TruceServer.start(cfg)) {
            int port = server.address().getPort();
            String code = createRoom(port);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = TruceMain.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute("bot", "[::1]:" + port, "--room", code, "--party", "RU", "--delay", "0", "--seed", "3");
            assertThat(exit).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Seated as RU in room " + code).contains("Game over: ");
            assertThat(err.toString()).isEmpty();
        }
    }

    private static boolean ipv6Loopback() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return s.getInetAddress() instanceof Inet6Address;
        } catch (Exception e) {
            return false;
        }
    }

    /** A two-round room with server bots in every seat but Russia's, made over ::1; returns its code. */
    private static String createRoom(int port) throws Exception {
        try (Socket s = new Socket("::1", port)) {
            Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> bots = new LinkedHashMap<>();
            for (String p : new String[] {"UA", "US", "FR", "UK", "DE"}) {
                bots.put(p, "default");
            }
            out.write(ProtocolCodec.encode(new ClientMessage.Hello("teacher", ProtocolCodec.PROTOCOL_VERSION, null)) + "\n");
            out.write(ProtocolCodec.encode(new ClientMessage.CreateRoom("paris-summit", bots, 2, 0, 0, "normal", 5L, 0)) + "\n");
            out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.contains("\"room_created\"")) {
                    return line.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
                }
            }
            throw new AssertionError("no room_created");
        }
    }
}
