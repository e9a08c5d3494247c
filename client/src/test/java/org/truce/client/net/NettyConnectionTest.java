package org.truce.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/** The TCP link: says hello, decodes lines, and after a drop comes back by itself with the seat token. */
class NettyConnectionTest {

    /** An IPv6 server is named as the user types it back ([::1]:PORT), not as "::1:PORT". */
    @Test
    @Timeout(20)
    void anUnreachableIpv6ServerIsNamedInBrackets() throws Exception {
        BlockingQueue<String> downs = new LinkedBlockingQueue<>();
        NettyConnection c = new NettyConnection("::1", 1, () -> new ClientMessage.Hello("ana", 1, null), new ConnectionListener() {
            @Override
            public void onMessage(ServerMessage message) {
            }

            @Override
            public void onLink(boolean up, String detail, long retryMs) {
                if (!up) {
                    downs.add(detail);
                }
            }
        }).retryMs(1, 16).start();
        try {
            assertThat(downs.poll(10, TimeUnit.SECONDS)).isEqualTo("cannot reach [::1]:1");
        } finally {
            c.close();
        }
    }

    @Test
    @Timeout(20)
    void reconnectsAfterADropAndResumesWithTheSeatToken() throws Exception {
        BlockingQueue<ServerMessage> heard = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> links = new LinkedBlockingQueue<>();
        String[] token = {null};
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            NettyConnection c = new NettyConnection("127.0.0.1", server.getLocalPort(),
                    () -> new ClientMessage.Hello("ana", 1, token[0]), new ConnectionListener() {
                        @Override
                        public void onMessage(ServerMessage message) {
                            if (message instanceof ServerMessage.Joined j) {
                                token[0] = j.seatToken();
                            }
                            heard.add(message);
                        }

                        @Override
                        public void onLink(boolean up, String detail, long retryMs) {
                            links.add(up);
                        }
                    }).retryMs(1, 16).start();
            try {
                try (Socket s = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    ClientMessage.Hello first = (ClientMessage.Hello) ProtocolCodec.decodeClient(in.readLine()).message();
                    assertThat(first.name()).isEqualTo("ana");
                    assertThat(first.resume()).isNull();
                    OutputStream out = s.getOutputStream();
                    out.write((ProtocolCodec.encode(new ServerMessage.Welcome(1, "truce", "ana")) + "\n"
                            + ProtocolCodec.encode(new ServerMessage.Joined("ROOM", "UA", "secret-token", null, null)) + "\n"
                            + "this is not json\n"
                            + ProtocolCodec.encode(new ServerMessage.Pong()) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    assertThat(heard.poll(5, TimeUnit.SECONDS)).isInstanceOf(ServerMessage.Welcome.class);
                    assertThat(heard.poll(5, TimeUnit.SECONDS)).isInstanceOf(ServerMessage.Joined.class);
                    assertThat(heard.poll(5, TimeUnit.SECONDS)).isInstanceOf(ServerMessage.Pong.class);
                }
                // the server dropped us: the client comes back with the token
                try (Socket s = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    ClientMessage.Hello again = (ClientMessage.Hello) ProtocolCodec.decodeClient(in.readLine()).message();
                    assertThat(again.resume()).isEqualTo("secret-token");
                    s.getOutputStream().write((ProtocolCodec.encode(new ServerMessage.Welcome(1, "truce", "ana")) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                    assertThat(heard.poll(5, TimeUnit.SECONDS)).isInstanceOf(ServerMessage.Welcome.class); // up once it answers
                }
                // the link-up report may trail the hello by a moment: each report is waited for, none is guessed
                assertThat(links.take()).isTrue();
                assertThat(links.take()).isFalse();
                assertThat(links.take()).isTrue();
            } finally {
                c.close();
            }
        }
    }

    @Test
    @Timeout(20)
    void aHelloThatCannotBeBuiltIsFatalNotARetry() throws Exception {
        BlockingQueue<String> fatal = new LinkedBlockingQueue<>();
        List<Boolean> links = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            NettyConnection c = new NettyConnection("127.0.0.1", server.getLocalPort(),
                    () -> new ClientMessage.Hello("x".repeat(40), 1, null), new ConnectionListener() {
                        @Override
                        public void onMessage(ServerMessage message) {
                        }

                        @Override
                        public void onLink(boolean up, String detail, long retryMs) {
                            links.add(up);
                        }

                        @Override
                        public void onFatal(String reason) {
                            fatal.add(reason);
                        }
                    }).start();
            try {
                try (Socket s = server.accept()) {
                    assertThat(fatal.poll(5, TimeUnit.SECONDS)).contains("32");
                }
                // no second attempt: the link stops for good, and a retry would have said the link was down first
                assertThat(c.awaitStopped(5000)).as("the link's event loop stops").isTrue();
                assertThat(links).isEmpty();
            } finally {
                c.close();
            }
        }
    }

    @Test
    @Timeout(20)
    void whatIsSentWhileTheLinkIsDownGoesOutAfterTheHello() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        BlockingQueue<Boolean> links = new LinkedBlockingQueue<>();
        NettyConnection c = new NettyConnection("127.0.0.1", port, () -> new ClientMessage.Hello("ana", 1, "tok"),
                new ConnectionListener() {
                    @Override
                    public void onMessage(ServerMessage message) {
                    }

                    @Override
                    public void onLink(boolean up, String detail, long retryMs) {
                        links.add(up);
                    }
                }).retryMs(1, 16).start();
        try {
            assertThat(links.poll(5, TimeUnit.SECONDS)).isFalse(); // nobody listens yet
            c.send(new ClientMessage.Vote(3, true));
            try (ServerSocket server = new ServerSocket(port, 5, InetAddress.getLoopbackAddress());
                 Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                assertThat(ProtocolCodec.decodeClient(in.readLine()).message()).isInstanceOf(ClientMessage.Hello.class);
                s.getOutputStream().write((ProtocolCodec.encode(new ServerMessage.Welcome(1, "truce", "ana")) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                assertThat(ProtocolCodec.decodeClient(in.readLine()).message()).isEqualTo(new ClientMessage.Vote(3, true));
            }
        } finally {
            c.close();
        }
    }

    /**
     * A port that accepts and closes at once (a proxy whose server restarts), or says nothing: a
     * failed attempt, not a link that came back. No "up" is reported, and a vote sent meanwhile is
     * not written into the dying connection: it goes to the server that answers.
     */
    @Test
    @Timeout(30)
    void aServerThatDoesNotAnswerTheHelloIsAFailedAttemptAndTheQueueWaitsForOneThatDoes() throws Exception {
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            NettyConnection c = new NettyConnection("127.0.0.1", server.getLocalPort(), () -> new ClientMessage.Hello("ana", 1, "tok"),
                    new ConnectionListener() {
                        @Override
                        public void onMessage(ServerMessage message) {
                        }

                        @Override
                        public void onLink(boolean up, String detail, long retryMs) {
                            reports.add(up + " " + detail);
                        }
                    }).retryMs(1, 16).answerMs(50).start();
            try {
                c.send(new ClientMessage.Vote(3, true)); // queued: not up yet
                try (Socket s = server.accept()) { // refuses the connection itself (too many from this address) and hangs up
                    s.getOutputStream().write("{\"type\":\"error\",\"code\":\"rate_limited\",\"message\":\"too many connections\"}\n"
                            .getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                }
                assertThat(reports.poll(10, TimeUnit.SECONDS)).as("a refusal of the connection is not an answer").startsWith("false ");
                try (Socket s = server.accept()) { // accepts, reads the hello, closes without a word
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                }
                assertThat(reports.poll(10, TimeUnit.SECONDS)).startsWith("false cannot reach");
                try (Socket s = server.accept()) { // accepts, reads the hello, says nothing: the client gives up on it
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    in.readLine();
                    assertThat(in.readLine()).as("nothing more, then the client hangs up").isNull();
                }
                assertThat(reports.poll(10, TimeUnit.SECONDS)).startsWith("false no answer from 127.0.0.1:");
                try (Socket s = server.accept()) { // a server that answers: up, then the queued vote
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    assertThat(ProtocolCodec.decodeClient(in.readLine()).message()).isInstanceOf(ClientMessage.Hello.class);
                    s.getOutputStream().write((ProtocolCodec.encode(new ServerMessage.Welcome(1, "truce", "ana")) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                    assertThat(ProtocolCodec.decodeClient(in.readLine()).message()).isEqualTo(new ClientMessage.Vote(3, true));
                    assertThat(reports.poll(10, TimeUnit.SECONDS)).startsWith("true");
                }
            } finally {
                c.close();
            }
        }
    }
}
