package org.truce.client.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.client.net.Connection;
import org.truce.client.net.Connector;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.bot.Difficulty;
import org.truce.shared.engine.Command;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.InjectEffect;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * The remote bot against a scripted server (a raw socket, the game on the real engine): it asks for
 * the event stream, moves when its fold of the events (or of full states, from a protocol-1 server)
 * says the pen or a vote is its, and resumes its seat since its view's version after a drop.
 */
class RemoteBotTest {

    @ParameterizedTest(name = "stream: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void movesWhenItsFoldSaysItsTurnAndResumesSinceItsVersion(boolean stream) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.stream = stream;
        ConcurrentLinkedQueue<String> out = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> err = new ConcurrentLinkedQueue<>();
        RemoteBot bot = new RemoteBot(new RemoteBot.Seat("abcde", "UA", "default", Difficulty.NORMAL, 3L, 0L), "here", out::add,
                err::add);
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // the dropped link comes back after 1 ms, not the real 250 ms: the test waits for the bot, not a delay
            Connection link = Connector.tcp("127.0.0.1", server.getLocalPort(), 1, 16).connect(bot::hello, bot);
            bot.attach(link, 60_000);
            try {
                Peer first = new Peer(server.accept());
                ClientMessage.Hello hello = (ClientMessage.Hello) first.read();
                assertThat(hello.wantsEvents()).isTrue();
                assertThat(hello.resume()).isNull();
                assertThat(hello.since()).isNull();
                first.send(new ServerMessage.Welcome(1, "truce", hello.name())); // the link is up once the server answers
                assertThat(first.read()).isEqualTo(new ClientMessage.Join("ABCDE", "UA"));
                first.send(new ServerMessage.Joined("ABCDE", "UA", "tok", sc.brief("UA"), sc.info()));
                first.send(t.state()); // the one full state: UA holds the pen

                ClientMessage.Propose p = first.readUntil(ClientMessage.Propose.class);
                assertThat(p.round()).isEqualTo(1);
                first.send(t.run(new Command.Propose("UA", 1, p.terms())));
                first.send(t.run(new Command.Vote("RU", 1, false)));
                first.send(t.run(new Command.Vote("US", 1, true)));
                first.send(t.run(new Command.Vote("EU", 1, false))); // round 2: RU's pen
                int version = t.state().version();
                // the bot folds on its own thread: the link drops once its view has what was sent
                long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
                while (!Integer.valueOf(version).equals(bot.hello().since()) && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                first.close(); // the link drops

                List<ServerMessage> missed = t.run(new Command.Propose("RU", 2, t.firstOptions()));
                Peer second = new Peer(server.accept());
                hello = (ClientMessage.Hello) second.read();
                assertThat(hello.resume()).isEqualTo("tok");
                assertThat(hello.wantsEvents()).isTrue();
                assertThat(hello.since()).as("the version its view had").isEqualTo(version);
                second.send(new ServerMessage.Welcome(1, "truce", hello.name()));
                second.send(new ServerMessage.Joined("ABCDE", "UA", "tok", sc.brief("UA"), sc.info()));
                second.send(missed); // what a stream server sends since that version (a full state from protocol 1)

                ClientMessage.Vote v = second.readUntil(ClientMessage.Vote.class);
                assertThat(v.round()).isEqualTo(2);
                second.send(List.of(new ServerMessage.GameOver(null, 2, Map.of("UA", new PartyResult(50, 56, -6)), Map.of(), null)));
                assertThat(bot.exitCode()).isZero();
                second.close();
            } finally {
                bot.stop();
                link.close();
            }
        }
        assertThat(out).contains("Seated as UA in room ABCDE (default)", "Back in UA's seat in room ABCDE")
                .anyMatch(l -> l.startsWith("Game over: no deal in round 2; UA scores -6"));
        assertThat(err).allMatch(l -> l.startsWith("truce bot: connection lost; reconnecting in "));
    }

    /** Failed reconnects in a row: the bot waits out the connection's backoff up to its patience, then gives up with one line. */
    @org.junit.jupiter.api.Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void givesUpOnceTheBackoffAddsUpToItsPatience() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        ConcurrentLinkedQueue<String> err = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<ClientMessage> sent = new ConcurrentLinkedQueue<>();
        RemoteBot bot = new RemoteBot(new RemoteBot.Seat("ABCDE", "UA", "default", Difficulty.NORMAL, 3L, 0L), "here", l -> { },
                err::add);
        bot.attach(new Connection() {
            @Override
            public void send(ClientMessage message) {
                sent.add(message);
            }

            @Override
            public void close() {
            }
        }, 60_000);
        try {
            bot.onLink(true, "here", 0);
            bot.onMessage(new ServerMessage.Joined("ABCDE", "UA", "tok", sc.brief("UA"), sc.info()));
            bot.onLink(false, "connection lost", 250);
            for (int i = 0; i < 30; i++) {
                bot.onLink(false, "cannot reach here", 5_000);
            }
            assertThat(bot.exitCode()).isEqualTo(1);
        } finally {
            bot.stop();
        }
        assertThat(sent).containsExactly(new ClientMessage.Join("ABCDE", "UA"));
        assertThat(bot.hello().resume()).isEqualTo("tok");
        assertThat(err).first().isEqualTo("truce bot: connection lost; reconnecting in 1 s (resuming UA's seat), attempt 1");
        assertThat(err).last().isEqualTo("truce bot: giving up after 25 attempts to reconnect in 120 s");
        assertThat(err).hasSize(26);
    }

    /** A bot seated as UA on a scripted server, its pen in round 1: the test plays the server from there. */
    private record Seated(RemoteBot bot, Connection link, Peer peer, Table table) {
    }

    private static Seated seatedAtItsPen(ServerSocket server, long delayMs, java.util.function.Consumer<RemoteBot> setUp,
                                         ConcurrentLinkedQueue<String> err) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.stream = true;
        RemoteBot bot = new RemoteBot(new RemoteBot.Seat("ABCDE", "UA", "default", Difficulty.NORMAL, 3L, delayMs), "here",
                l -> { }, err::add);
        setUp.accept(bot);
        Connection link = Connector.tcp("127.0.0.1", server.getLocalPort(), 1, 16).connect(bot::hello, bot);
        bot.attach(link, 60_000);
        Peer peer = new Peer(server.accept());
        ClientMessage.Hello hello = (ClientMessage.Hello) peer.read();
        peer.send(new ServerMessage.Welcome(1, "truce", hello.name()));
        peer.readUntil(ClientMessage.Join.class);
        peer.send(new ServerMessage.Joined("ABCDE", "UA", "tok", sc.brief("UA"), sc.info()));
        peer.send(t.state()); // UA holds the pen
        return new Seated(bot, link, peer, t);
    }

    /** The server drops a move for going too fast (rate_limited): the bot decides again and sends it, not lost. */
    @org.junit.jupiter.api.Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMoveTheServerDroppedForGoingTooFastIsSentAgain() throws Exception {
        ConcurrentLinkedQueue<String> err = new ConcurrentLinkedQueue<>();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Seated s = seatedAtItsPen(server, 0, b -> b.rateLimitedRetryMs = 1, err);
            try {
                ClientMessage.Propose first = s.peer().readUntil(ClientMessage.Propose.class);
                s.peer().send(new ServerMessage.Error(ErrorCode.RATE_LIMITED.wire(), "too many requests; this one was dropped"));
                ClientMessage.Propose again = s.peer().readUntil(ClientMessage.Propose.class);
                assertThat(again.round()).isEqualTo(first.round());
            } finally {
                s.bot().stop();
                s.link().close();
            }
        }
        assertThat(err).as("a refusal the bot handles itself is not printed").noneMatch(l -> l.contains("rate_limited"));
    }

    /**
     * A long pause before a move does not hold the bot: a notice that the room closed ends it at
     * once (before, the pause was slept on the bot's only thread, so it ended a whole pause later).
     */
    @org.junit.jupiter.api.Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongPauseBeforeAMoveDoesNotHoldBackTheNoticeThatEndsTheBot() throws Exception {
        ConcurrentLinkedQueue<String> err = new ConcurrentLinkedQueue<>();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Seated s = seatedAtItsPen(server, 600_000, b -> { }, err);
            try {
                s.peer().send(new ServerMessage.Notice(NoticeKind.CLOSED.wire(), "the facilitator closed room ABCDE"));
                assertThat(s.bot().exitCode()).isEqualTo(1);
            } finally {
                s.bot().stop();
                s.link().close();
            }
        }
        assertThat(err).containsExactly("truce bot: the facilitator closed room ABCDE");
    }

    /**
     * Paused by the facilitator: the bot at its pen sends no move (the server would refuse it) and
     * moves once the game resumes; a pause that ends the game first leaves nothing sent.
     */
    @ParameterizedTest(name = "resumed: {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPausedGameGetsNoMoveUntilItResumes(boolean resumed) throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(sc, "UA", 6);
        t.stream = true;
        t.run(new Command.Pause());
        ConcurrentLinkedQueue<String> err = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> out = new ConcurrentLinkedQueue<>();
        RemoteBot bot = new RemoteBot(new RemoteBot.Seat("ABCDE", "UA", "default", Difficulty.NORMAL, 3L, 0L), "here",
                out::add, err::add);
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Connection link = Connector.tcp("127.0.0.1", server.getLocalPort(), 1, 16).connect(bot::hello, bot);
            bot.attach(link, 60_000);
            try {
                Peer peer = new Peer(server.accept());
                ClientMessage.Hello hello = (ClientMessage.Hello) peer.read();
                peer.send(new ServerMessage.Welcome(1, "truce", hello.name()));
                peer.readUntil(ClientMessage.Join.class);
                peer.send(new ServerMessage.Joined("ABCDE", "UA", "tok", sc.brief("UA"), sc.info()));
                peer.send(t.state()); // UA holds the pen, but the game is paused
                folded(bot, t.state().version());
                // two lines of talk, each sent once the one before is folded: by the second, whatever the bot
                // decided on the paused state has run on its thread (it was scheduled before the line came)
                for (int i = 0; i < 2; i++) {
                    peer.send(t.run(new Command.Say("RU", "all", "Talk goes on while paused.")));
                    folded(bot, t.state().version());
                }
                if (resumed) {
                    // news changed UA's position meanwhile: the bot plays on its new brief
                    Brief after = sc.brief("UA").after("Allies confirm funding", 1, new InjectEffect(10, Map.of(), null), sc.info());
                    peer.send(new ServerMessage.BriefUpdate("ABCDE", "UA", "funding", after));
                    peer.send(new ServerMessage.BriefUpdate("ABCDE", "RU", "funding", sc.brief("RU"))); // never this seat's
                    peer.send(t.run(new Command.Resume()));
                    assertThat(peer.readUntil(ClientMessage.Propose.class).round()).isEqualTo(1);
                } else {
                    peer.send(new ServerMessage.GameOver(null, 1, Map.of("UA", new PartyResult(50, 56, -6)), Map.of(), null));
                    assertThat(bot.exitCode()).isZero();
                    link.close();
                    List<ClientMessage> rest = new java.util.ArrayList<>();
                    for (ClientMessage m = peer.readOrNull(); m != null; m = peer.readOrNull()) {
                        rest.add(m);
                    }
                    assertThat(rest).noneMatch(m -> m instanceof ClientMessage.Propose);
                }
            } finally {
                bot.stop();
                link.close();
            }
        }
        assertThat(err).noneMatch(l -> l.contains("paused"));
        if (resumed) {
            assertThat(out).filteredOn(l -> l.startsWith("News changed")).containsExactly(
                    "News changed UA's position: Round 1, \u201cAllies confirm funding\u201d: your no-deal value rises by 10.0 points, to "
                            + String.format(java.util.Locale.ROOT, "%.1f", sc.brief("UA").noDeal().start() + 10) + " in round 1.");
        }
    }

    /**
     * News fired while the bot was away: the server sends {@code brief} only to the seat's connection
     * of the moment, so the resumed seat's {@code joined} brief is the bot's only word of it; the bot
     * plays the new brief from then on. A resume with the brief it has changes nothing.
     */
    @org.junit.jupiter.api.Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aResumeWithNewsInItsBriefRebuildsTheBotOnIt() throws Exception {
        Scenario sc = ScenarioLoader.builtIn("paris-summit-4");
        ConcurrentLinkedQueue<String> out = new ConcurrentLinkedQueue<>();
        RemoteBot bot = new RemoteBot(new RemoteBot.Seat("ABCDE", "UA", "default", Difficulty.NORMAL, 3L, 0L), "here", out::add,
                l -> { });
        bot.attach(new Connection() {
            @Override
            public void send(ClientMessage message) {
            }

            @Override
            public void close() {
            }
        }, 60_000);
        Brief after = sc.brief("UA").after("Allies confirm funding", 1, new InjectEffect(10, Map.of(), null), sc.info());
        try {
            bot.onLink(true, "here", 0);
            bot.onMessage(new ServerMessage.Joined("ABCDE", "UA", "tok", sc.brief("UA"), sc.info()));
            bot.onLink(false, "connection lost", 1);
            bot.onLink(true, "here", 0);
            bot.onMessage(new ServerMessage.Joined("ABCDE", "UA", null, sc.brief("UA"), sc.info())); // nothing new
            bot.onLink(false, "connection lost", 1);
            bot.onLink(true, "here", 0);
            bot.onMessage(new ServerMessage.Joined("ABCDE", "UA", null, after, sc.info())); // news fired meanwhile
            // handled on the bot's one thread in order: this ends the bot once all the above is handled
            bot.onMessage(new ServerMessage.Notice(NoticeKind.CLOSED.wire(), "closed"));
            assertThat(bot.exitCode()).isEqualTo(1);
        } finally {
            bot.stop();
        }
        assertThat(out).containsExactly("Seated as UA in room ABCDE (default)", "Back in UA's seat in room ABCDE",
                "Back in UA's seat in room ABCDE",
                "News changed UA's position: Round 1, \u201cAllies confirm funding\u201d: your no-deal value rises by 10.0 points, to "
                        + String.format(java.util.Locale.ROOT, "%.1f", sc.brief("UA").noDeal().start() + 10) + " in round 1.");
    }

    /** Waits until the bot's view has {@code version} (its fold runs on its own thread). */
    private static void folded(RemoteBot bot, int version) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!Integer.valueOf(version).equals(bot.hello().since()) && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(bot.hello().since()).isEqualTo(version);
    }

    /** One scripted link: JSON lines both ways. */
    private static final class Peer {
        private final Socket socket;
        private final BufferedReader in;
        private final Writer out;

        Peer(Socket socket) throws Exception {
            this.socket = socket;
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        }

        ClientMessage read() throws Exception {
            String line = in.readLine();
            assertThat(line).as("the bot hung up").isNotNull();
            return ProtocolCodec.decodeClient(line).message();
        }

        /** The next message, or null once the bot has hung up. */
        ClientMessage readOrNull() throws Exception {
            String line = in.readLine();
            return line == null ? null : ProtocolCodec.decodeClient(line).message();
        }

        /** Reads past chat and pings until a message of this type. */
        <T extends ClientMessage> T readUntil(Class<T> type) throws Exception {
            while (true) {
                ClientMessage m = read();
                if (type.isInstance(m)) {
                    return type.cast(m);
                }
                assertThat(m).isInstanceOfAny(ClientMessage.Say.class, ClientMessage.Ping.class);
            }
        }

        void send(ServerMessage m) throws Exception {
            send(List.of(m));
        }

        void send(List<ServerMessage> ms) throws Exception {
            for (ServerMessage m : ms) {
                out.write(ProtocolCodec.encode(m) + "\n");
            }
            out.flush();
        }

        void close() throws Exception {
            socket.close();
        }
    }
}
