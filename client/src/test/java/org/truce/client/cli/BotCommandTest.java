package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.truce.server.ServerConfig;
import org.truce.server.TruceServer;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;

/** {@code truce bot} against a real in-process server, and its one-line failures. */
class BotCommandTest {
    private record Run(int exit, String out, String err) {
    }

    @TempDir
    Path tmp;

    private static Run run(BotCommand cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = TruceMain.commandLine(); // as truce runs it: bad arguments are one line
        if (cmd != null) {
            cli = new CommandLine(cmd);
        }
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A room with server bots in every seat but Russia's; returns its code. */
    private static String createRoom(TruceServer server, int rounds, int botDelayMs) throws Exception {
        try (Socket s = new Socket(server.address().getHostString(), server.address().getPort())) {
            Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> bots = new LinkedHashMap<>();
            for (String p : new String[] {"UA", "US", "FR", "UK", "DE"}) {
                bots.put(p, "default");
            }
            out.write(ProtocolCodec.encode(new ClientMessage.Hello("teacher", ProtocolCodec.PROTOCOL_VERSION, null)) + "\n");
            out.write(ProtocolCodec.encode(new ClientMessage.CreateRoom("paris-summit", bots, rounds, 0, 0, "normal", 5L, botDelayMs)) + "\n");
            out.flush();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.contains("\"room_created\"")) {
                    return line.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
                }
            }
            throw new AssertionError("no room_created");
        }
    }

    private static String addr(TruceServer server) {
        return server.address().getHostString() + ":" + server.address().getPort();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void takesItsSeatAndPlaysUntilTheGameEnds() throws Exception {
        ServerConfig cfg = ServerConfig.loopback(tmp).withBotDelayMs(0).withTurnSeconds(0).withVoteSeconds(0);
        try (TruceServer server = TruceServer.start(cfg)) {
            String code = createRoom(server, 4, 0);
            Run r = run(null, "bot", addr(server), "--room", code, "--party", "ru", "--delay", "0", "--seed", "3");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("Seated as RU in room " + code).contains("Game over: ").contains("RU scores");
            assertThat(r.err()).isEmpty();
        }
    }

    /**
     * While nothing comes from the server the bot pings on its period, so a server that closes
     * silent connections keeps it (that a ping keeps a server connection open is the server's
     * IdleCloseTest, on a hand-driven clock). Here the server is a socket that never answers until
     * the test has seen the pings: the period is shortened, and the test waits for pings, not time.
     */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void pingsWhileItWaitsSoAQuietLinkIsNotClosed() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BotCommand bot = new BotCommand();
            bot.pingMs = 1;
            java.util.concurrent.CompletableFuture<Run> ran = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> run(bot, "127.0.0.1:" + server.getLocalPort(), "--room", "ABCDE", "--party", "RU", "--delay", "0"));
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                assertThat(ProtocolCodec.decodeClient(in.readLine()).message()).isInstanceOf(ClientMessage.Hello.class);
                Writer hi = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                hi.write("{\"type\":\"welcome\",\"protocol\":1,\"server\":\"x\",\"name\":\"RU bot\"}\n");
                hi.flush(); // then nothing while the bot waits for the room: a quiet link
                // the join goes out when the link is up, the pings on their own period: in either order
                int pings = 0;
                int joins = 0;
                while (pings < 3 || joins < 1) {
                    ClientMessage m = ProtocolCodec.decodeClient(in.readLine()).message();
                    assertThat(m).isInstanceOfAny(ClientMessage.Ping.class, ClientMessage.Join.class);
                    pings += m instanceof ClientMessage.Ping ? 1 : 0;
                    joins += m instanceof ClientMessage.Join ? 1 : 0;
                }
                assertThat(joins).as("one join").isEqualTo(1);
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                out.write("{\"type\":\"error\",\"code\":\"unknown_room\",\"message\":\"no room ABCDE\"}\n");
                out.flush();
                Run r = ran.get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.exit()).isEqualTo(1);
                assertThat(r.err()).startsWith("truce bot: server says unknown_room").doesNotContain("closed the connection");
            }
        }
    }

    @Test
    void aBadPortIsOneLineAndExitCode2() {
        for (String bad : new String[] {"localhost:99999", "localhost:http", ":7777"}) {
            Run r = run(null, "bot", bad, "--room", "ABCDE", "--party", "RU");
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("truce bot: bad address '" + bad + "'").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRefusedConnectionIsOneLineAndNoRetry() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        Run r = run(null, "bot", "127.0.0.1:" + port, "--room", "ABCDE", "--party", "RU");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("truce bot: cannot connect to 127.0.0.1:" + port).doesNotContain("\tat ");
    }

    /** A fake server on a loopback port that answers the bot's first line with {@code reply} (null: never a word). */
    private static ServerSocket fake(String reply) throws Exception {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket c = s.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
                in.readLine(); // the hello
                if (reply != null) {
                    c.getOutputStream().write(reply.getBytes(StandardCharsets.UTF_8));
                    c.getOutputStream().flush();
                }
                while (in.readLine() != null) { // until the bot hangs up
                }
            } catch (Exception e) {
                // the bot closed first
            }
        });
        t.setDaemon(true);
        t.start();
        return s;
    }

    /** A server that takes the connection and never says a word: the bot gives up with one line, not after the link's minute. */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatSaysNothingIsOneLine() throws Exception {
        try (ServerSocket s = fake(null)) {
            BotCommand bot = new BotCommand();
            bot.answerMs = 1;
            Run r = run(bot, "127.0.0.1:" + s.getLocalPort(), "--room", "ABCDE", "--party", "RU");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("truce bot: 127.0.0.1:" + s.getLocalPort() + " took the connection but says nothing");
        }
    }

    /** A server whose joined lacks the brief: the protocol is broken, said in one line, never the JVM's words. */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aJoinedWithoutABriefIsOneLineNotAnException() throws Exception {
        try (ServerSocket s = fake("{\"type\":\"welcome\",\"protocol\":1,\"server\":\"x\",\"name\":\"RU bot\"}\n"
                + "{\"type\":\"joined\",\"room\":\"ABCDE\",\"party\":\"RU\",\"seatToken\":\"t\"}\n")) {
            Run r = run(null, "bot", "127.0.0.1:" + s.getLocalPort(), "--room", "ABCDE", "--party", "RU");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("truce bot: the server broke the protocol: its 'joined' has no")
                    .doesNotContain("Exception").doesNotContain("java.");
        }
    }

    /** The facilitator closes the bot's room: the bot says so and ends (exit 1) instead of waiting for ever. */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aClosedRoomEndsTheBot() throws Exception {
        ServerConfig cfg = ServerConfig.loopback(tmp).withBotDelayMs(60_000).withTurnSeconds(0).withVoteSeconds(0);
        try (TruceServer server = TruceServer.start(cfg);
             Socket teacher = new Socket(server.address().getHostString(), server.address().getPort())) {
            Writer out = new OutputStreamWriter(teacher.getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(teacher.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> bots = new LinkedHashMap<>();
            for (String p : new String[] {"UA", "US", "FR", "UK", "DE"}) {
                bots.put(p, "default");
            }
            out.write(ProtocolCodec.encode(new ClientMessage.Hello("teacher", ProtocolCodec.PROTOCOL_VERSION, null)) + "\n");
            out.write(ProtocolCodec.encode(new ClientMessage.CreateRoom("paris-summit", bots, 4, 0, 0, "normal", 5L, 60_000)) + "\n");
            out.flush();
            String created = in.readLine();
            while (!created.contains("\"room_created\"")) {
                created = in.readLine();
            }
            String code = created.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1");
            String key = created.replaceAll(".*\"facilitatorKey\":\"([^\"]+)\".*", "$1");
            out.write(ProtocolCodec.encode(new ClientMessage.Spectate(code)) + "\n");
            out.flush();
            java.util.concurrent.CompletableFuture<Run> ran = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> run(null, "bot", addr(server), "--room", code, "--party", "RU", "--delay", "0"));
            // the teacher watches until the bot holds Russia's seat, then closes the room
            for (String line; (line = in.readLine()) != null; ) {
                if (line.contains("\"state\"") && line.contains("\"RU bot (default)\",\"connected\":true")) {
                    break;
                }
            }
            out.write("{\"type\":\"close_room\",\"room\":\"" + code + "\",\"facilitatorKey\":\"" + key + "\"}\n");
            out.flush();
            Run r = ran.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("truce bot: the facilitator closed room " + code);
        }
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatSpeaksSomethingElseIsOneLine() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket c = s.accept()) {
                    c.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.UTF_8));
                    c.getOutputStream().flush();
                    c.getInputStream().read(new byte[4096]); // until the bot hangs up
                } catch (Exception e) {
                    // the bot closed first
                }
            });
            t.setDaemon(true);
            t.start();
            Run r = run(null, "bot", "127.0.0.1:" + s.getLocalPort(), "--room", "ABCDE", "--party", "RU");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("truce bot: the server does not speak the Truce protocol").contains("SSH-2.0");
        }
    }

    @Test
    void helpListsEveryOptionExitCodesAndExamples() {
        Run r = run(null, "bot", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("HOST[:PORT]", "--room", "--party", "--strategy", "--difficulty", "--delay", "--seed",
                "conceder", "ping", "Exit codes:", "Examples:", "truce bot localhost --room");
    }
}
