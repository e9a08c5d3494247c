package org.truce.client.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.truce.server.cli.HostPort;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/**
 * Before the console's screen opens, greets the server once with the teacher key and reads the
 * answer, so that an unreachable server or a refused key is one line on the terminal and exit 2
 * rather than a screen that can do nothing. Blocks (it runs on the command's own thread).
 */
final class TeacherProbe {
    private TeacherProbe() {
    }

    /** Null if {@code server} welcomes {@code key} as the facilitator within {@code timeoutMs}; else the problem, as a line. */
    static String problem(HostPort server, String key, String name, int timeoutMs) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(server.host(), server.port()), timeoutMs);
            s.setSoTimeout(timeoutMs);
            Writer out = new java.io.OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            out.write(ProtocolCodec.encode(new ClientMessage.Hello(name, ProtocolCodec.PROTOCOL_VERSION, null, null, null, null, key,
                    ClientMessage.Hello.FEATURES)) + "\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            for (int lines = 0; lines < 20; lines++) {
                String line = in.readLine();
                if (line == null) {
                    return "the server at " + server + " closed the connection before answering";
                }
                ServerMessage m;
                try {
                    m = ProtocolCodec.decodeServer(line).message();
                } catch (RuntimeException e) {
                    return "the server at " + server + " does not speak the Truce protocol";
                }
                if (m instanceof ServerMessage.Welcome w) {
                    return w.isFacilitator() ? null : "the server at " + server + " did not take the teacher key"
                            + " (a server without classroom support, or the key was not checked)";
                }
                if (m instanceof ServerMessage.Error e) {
                    return refused(e);
                }
            }
            return "the server at " + server + " did not answer the greeting";
        } catch (SocketTimeoutException e) {
            return "the server at " + server + " did not answer within " + timeoutMs / 1000 + " s";
        } catch (IOException e) {
            return "cannot reach a server at " + server + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
    }

    /**
     * Why the greeting was refused, in words: a rate limit is not a wrong key (the key was not even
     * checked), so it says to wait, with the server's own wait when it gives one.
     */
    static String refused(ServerMessage.Error e) {
        if ("rate_limited".equals(e.code())) {
            java.util.regex.Matcher wait = java.util.regex.Pattern.compile("(?:try again in|next in) (\\d+) s").matcher(String.valueOf(e.message()));
            return "too many wrong keys were tried from this address, so the server is not checking keys from it for now; try again in "
                    + (wait.find() ? wait.group(1) + " s" : "a minute") + " (the key you gave was not checked)";
        }
        return "the server refused the teacher key: " + e.message();
    }
}
