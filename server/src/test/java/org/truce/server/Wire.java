package org.truce.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A raw TCP client speaking the documented JSON lines, with no project client code: what a
 * student's bot in any language would do. Every line received is kept for confidentiality checks.
 */
final class Wire implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String EOF = "\u0000eof";

    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** Every line received, in order. */
    final List<String> transcript = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    private volatile boolean eof;

    Wire(InetSocketAddress address) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", address.getPort()), 5000);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        reader = new Thread(() -> {
            try {
                for (String l; (l = in.readLine()) != null; ) {
                    transcript.add(l);
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // closed
            } finally {
                lines.add(EOF);
            }
        }, "wire-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static Wire hello(InetSocketAddress address, String name) throws IOException {
        Wire w = new Wire(address);
        w.send("{\"type\":\"hello\",\"name\":\"" + name + "\",\"protocol\":1}");
        w.expect("welcome");
        return w;
    }

    Wire send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return this;
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Half-closes: sends FIN, keeps reading what the server still sends. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** The next message, or null at end of stream or timeout. */
    JsonObject next(Duration timeout) {
        try {
            String l = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (l == null) {
                return null;
            }
            if (l == EOF) {
                eof = true;
                lines.add(EOF);
                return null;
            }
            return JsonParser.parseString(l).getAsJsonObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Reads until a message matches; fails on timeout or end of stream. */
    JsonObject until(String what, Predicate<JsonObject> p) {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        List<String> skipped = new ArrayList<>();
        while (System.nanoTime() < end) {
            JsonObject o = next(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (o == null) {
                break;
            }
            if (p.test(o)) {
                return o;
            }
            skipped.add(o.toString());
        }
        throw new AssertionError("no " + what + " within " + TIMEOUT + (eof ? " (connection closed)" : "")
                + "; skipped: " + skipped + "; transcript tail: " + tail());
    }

    JsonObject expect(String type) {
        return until(type, o -> type.equals(type(o)));
    }

    /** The reply carrying {@code "re": id} (a result or an error). */
    JsonObject reply(String id) {
        return until("reply to " + id, o -> o.has("re") && id.equals(o.get("re").getAsString()));
    }

    /** The next error; its code. */
    String error(String id) {
        JsonObject o = reply(id);
        if (!"error".equals(type(o))) {
            throw new AssertionError("expected an error for " + id + ", got " + o);
        }
        return o.get("code").getAsString();
    }

    /** A state matching the predicate (states are frequent; skip until it holds). */
    JsonObject state(Predicate<JsonObject> p) {
        return until("state", o -> "state".equals(type(o)) && p.test(o));
    }

    boolean closedByServer(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && !eof) {
            next(Duration.ofMillis(50));
        }
        return eof;
    }

    private String tail() {
        synchronized (transcript) {
            return String.join("\n", transcript.subList(Math.max(0, transcript.size() - 5), transcript.size()));
        }
    }

    static String type(JsonObject o) {
        return o.has("type") ? o.get("type").getAsString() : null;
    }

    String all() {
        synchronized (transcript) {
            return String.join("\n", transcript);
        }
    }

    /** The lines received so far, copied (the reader thread goes on adding to the transcript). */
    List<String> lines() {
        synchronized (transcript) {
            return new ArrayList<>(transcript);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
