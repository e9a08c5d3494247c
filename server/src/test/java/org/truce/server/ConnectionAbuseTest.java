package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A connection that floods its requests, or half-closes its socket, over real TCP. */
@Timeout(60)
class ConnectionAbuseTest {
    @TempDir
    Path dir;

    /**
     * A freshly started server in its own JVM (cold, interpreted code has big stack frames),
     * with a small thread stack so a recursive pump would overflow as it did in the report.
     */
    private Process launch() throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios").resolve("test-mini.json"), TestServers.miniJson());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xss256k", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                "org.truce.server.ServerMain", "--port", "0", "--bind", "127.0.0.1", "--data", dir.toString(), "--bot-delay", "0");
        pb.redirectError(dir.resolve("child-stderr.log").toFile());
        return pb.start();
    }

    @Test
    void aFloodOfRequestsInOneWriteIsAnsweredInFullThenPingStillAnswers() throws Exception {
        Process child = launch();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String listening = out.readLine();
            assertThat(listening).as("child said where it listens").startsWith("listening ");
            int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1));
            flood(new InetSocketAddress("127.0.0.1", port));
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void flood(InetSocketAddress server) throws Exception {
        try (Wire ua = Wire.hello(server, "flooder")) {
            String room = HardeningTest.create(ua, "c", "\"RU\":\"default\",\"US\":\"default\"", "");
            HardeningTest.join(ua, room, "UA");
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            int n = 20_000;
            byte[] line = "{\"type\":\"say\",\"to\":\"all\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
            byte[] flood = new byte[line.length * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(line, 0, flood, i * line.length, line.length);
            }
            int before = ua.transcript.size();
            long start = System.nanoTime();
            ua.sendRaw(flood);
            ua.send("{\"type\":\"ping\",\"id\":\"after\"}");
            assertThat(Wire.type(ua.reply("after"))).isEqualTo("pong");
            double seconds = (System.nanoTime() - start) / 1e9;
            // every one of the 20,000 got its answer: said (the first few) or rate_limited
            int said = 0;
            int limited = 0;
            synchronized (ua.transcript) {
                for (String l : ua.transcript.subList(before, ua.transcript.size())) {
                    JsonObject o = JsonParser.parseString(l).getAsJsonObject();
                    if ("said".equals(Wire.type(o))) {
                        said++;
                    } else if ("error".equals(Wire.type(o)) && "rate_limited".equals(o.get("code").getAsString())) {
                        limited++;
                    }
                }
            }
            // the chat limit (a burst of 5, then 1 a second) whatever the machine's speed: the bound
            // follows how long the flood took to answer, not a figure widened for a slow machine
            ServerConfig.Limits limits = ServerConfig.Limits.DEFAULT;
            assertThat(said).isBetween(1, limits.sayBurst() + (int) Math.ceil(seconds * limits.saysPerSecond()) + 1);
            assertThat(said + limited).isEqualTo(n);
        }
    }

    @Test
    void requestsSentBeforeAFinAreAnsweredBeforeTheServerCloses() throws Exception {
        try (TruceServer server = TruceServer.start(TestServers.config(dir));
             Wire w = new Wire(server.address())) {
            w.send("{\"type\":\"hello\",\"name\":\"fin\",\"protocol\":1}");
            w.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"RU\":\"default\",\"US\":\"default\"},"
                    + "\"turnSeconds\":0,\"voteSeconds\":0,\"seed\":7}");
            w.shutdownOutput();
            JsonObject created = w.reply("c");
            assertThat(Wire.type(created)).isEqualTo("room_created");
            assertThat(w.closedByServer(Wire.TIMEOUT)).as("closed once answered").isTrue();
            String room = created.get("code").getAsString();

            // a move followed by FIN is acknowledged, not just applied
            try (Wire ua = Wire.hello(server.address(), "ua")) {
                HardeningTest.join(ua, room, "UA");
                ua.state(s -> s.get("phase").getAsString().equals("proposing"));
                ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
                ua.shutdownOutput();
                assertThat(Wire.type(ua.reply("p"))).isEqualTo("state");
                assertThat(ua.closedByServer(Wire.TIMEOUT)).isTrue();
            }
        }
    }
}
