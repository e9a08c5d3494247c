package org.truce.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The server process is killed (no shutdown hook, no close) mid-game and restarted: nothing is lost. */
@Timeout(90)
class KillAndRestartTest {
    @TempDir
    Path dir;

    private record Child(Process process, InetSocketAddress address) {
    }

    private Child launch() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.truce.server.ServerMain", "--port", "0", "--bind", "127.0.0.1", "--data", dir.toString(), "--bot-delay", "0");
        pb.redirectError(dir.resolve("child-stderr.log").toFile());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine(); // "listening HOST:PORT" once it accepts connections
        assertThat(line).as("child said where it listens; stderr: " + Files.readString(dir.resolve("child-stderr.log")))
                .startsWith("listening ");
        int port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
        return new Child(p, new InetSocketAddress("127.0.0.1", port));
    }

    @Test
    void killedMidVoteResumesExactly() throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios").resolve("test-mini.json"), TestServers.miniJson());
        Child first = launch();
        String uaToken;
        String ruToken;
        JsonObject before;
        try (Wire ua = Wire.hello(first.address(), "ana"); Wire ru = Wire.hello(first.address(), "rita")) {
            ua.send("{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\"test-mini\",\"bots\":{\"US\":\"conceder\"},"
                    + "\"seed\":11,\"turnSeconds\":0,\"voteSeconds\":0}");
            String room = ua.reply("c").get("code").getAsString();
            ua.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"UA\"}");
            uaToken = ua.reply("j").get("seatToken").getAsString();
            ru.send("{\"type\":\"join\",\"id\":\"j\",\"room\":\"" + room + "\",\"party\":\"RU\"}");
            ruToken = ru.reply("j").get("seatToken").getAsString();
            ua.state(s -> s.get("phase").getAsString().equals("proposing"));
            ru.send("{\"type\":\"say\",\"id\":\"s\",\"to\":\"UA\",\"text\":\"before the crash\"}");
            ru.reply("s");
            ua.send("{\"type\":\"propose\",\"id\":\"p\",\"round\":1,\"terms\":{\"line\":\"b\",\"guard\":\"y\"}}");
            ua.reply("p");
            // the bot has voted (inline, no delay) once RU sees its vote in a state
            before = ru.state(s -> s.get("phase").getAsString().equals("voting")
                    && !s.getAsJsonObject("votes").get("US").getAsString().equals("pending"));
        } finally {
            first.process().destroyForcibly();
            assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        Child second = launch();
        try (Wire ua = new Wire(second.address()); Wire ru = new Wire(second.address())) {
            ru.send("{\"type\":\"hello\",\"name\":\"rita\",\"protocol\":1,\"resume\":\"" + ruToken + "\"}");
            ru.expect("joined");
            JsonObject after = ru.expect("state");
            for (String field : new String[] {"room", "phase", "round", "rounds", "pen", "draft", "votes", "history", "you"}) {
                assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
            }
            assertThat(ru.all()).contains("before the crash");
            ua.send("{\"type\":\"hello\",\"name\":\"ana\",\"protocol\":1,\"resume\":\"" + uaToken + "\"}");
            ua.expect("joined");
            ru.send("{\"type\":\"vote\",\"id\":\"v\",\"round\":1,\"accept\":false}");
            JsonObject next = ru.reply("v");
            assertThat(next.get("round").getAsInt()).isEqualTo(2);
            assertThat(next.get("pen").getAsString()).isEqualTo("RU");
        } finally {
            second.process().destroy();
            if (!second.process().waitFor(10, TimeUnit.SECONDS)) {
                second.process().destroyForcibly();
            }
        }
    }
}
