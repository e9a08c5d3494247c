package org.truce.server.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real server in a child JVM ({@code ServerMain} on a loopback port, one data dir), started,
 * killed with SIGKILL ({@link Process#destroyForcibly()}: no shutdown hook, no close, no flush)
 * and started again. Only one runs at a time; its pid is printed so an operator can find it.
 */
final class CampaignServer {
    private final String classpath;
    private final Path data;
    private final Path logFile;
    private Process process;
    private InetSocketAddress address;

    CampaignServer(String classpath, Path data, Path logFile) {
        this.classpath = classpath;
        this.data = data;
        this.logFile = logFile;
    }

    /** Starts the server and waits until it accepts connections; returns the milliseconds that took. */
    long start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("a campaign server is already running (pid " + process.pid() + ")");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dtruce.log.file=" + logFile, "-cp", classpath, "org.truce.server.ServerMain",
                "--port", "0", "--bind", "127.0.0.1", "--data", data.toString(), "--bot-delay", "0",
                "--grace", "3600", "--trust", "127.0.0.1"));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(new File(logFile + ".stderr")));
        long t0 = System.nanoTime();
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine(); // "listening HOST:PORT" once it accepts connections
        if (line == null || !line.startsWith("listening ")) {
            kill();
            throw new IOException("the server did not start (said " + line + "); see " + logFile + ".stderr");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        address = new InetSocketAddress("127.0.0.1", Integer.parseInt(line.substring(line.lastIndexOf(':') + 1)));
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // nothing else is expected on stdout; keep the pipe from filling
                }
            } catch (IOException ignored) {
                // the process died
            }
        }, "campaign-server-stdout");
        drain.setDaemon(true);
        drain.start();
        return ms;
    }

    InetSocketAddress address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server pid " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** A normal stop (SIGTERM: the shutdown hook closes the server), SIGKILL after 20 s. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
