package org.truce.server.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One raw TCP connection of the kill campaign, speaking the documented JSON lines. A reader
 * thread queues every line (a socket read timeout would lose a half-read line, and states are
 * larger than a reader's buffer), so callers wait on the queue with a deadline instead.
 */
final class CampaignLine implements AutoCloseable {
    /** What {@link #next} returns once the server closed the connection (or was killed). */
    static final JsonObject EOF = new JsonObject();

    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<JsonObject> lines = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    CampaignLine(InetSocketAddress address) throws IOException {
        socket = new Socket();
        socket.connect(address, 5000);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String l; (l = in.readLine()) != null; ) {
                    lines.add(JsonParser.parseString(l).getAsJsonObject());
                }
            } catch (IOException | RuntimeException ignored) {
                // the server went away (or sent a line that is not an object: the caller sees EOF)
            } finally {
                lines.add(EOF);
            }
        }, "campaign-line");
        reader.setDaemon(true);
        reader.start();
    }

    void send(JsonObject message) throws IOException {
        out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next line, {@link #EOF} once the connection is gone, or null after {@code millis} without one. */
    JsonObject next(long millis) throws InterruptedException {
        JsonObject o = lines.poll(millis, TimeUnit.MILLISECONDS);
        if (o == EOF) {
            lines.add(EOF); // stays at the end for every later call
        }
        return o;
    }

    /** True when a line is already waiting (so acting on the latest state would act on a stale one). */
    boolean pending() {
        return !lines.isEmpty();
    }

    /** Waits for the reply to {@code id} (result or error), keeping other lines for {@code keep}; null after the deadline or at EOF. */
    JsonObject reply(String id, long millis, java.util.function.Consumer<JsonObject> keep) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            JsonObject o = next(left);
            if (o == null || o == EOF) {
                return null;
            }
            if (o.has("re") && id.equals(o.get("re").getAsString())) {
                return o;
            }
            keep.accept(o);
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    static String type(JsonObject o) {
        return o.has("type") ? o.get("type").getAsString() : "";
    }
}
