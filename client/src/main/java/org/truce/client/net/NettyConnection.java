package org.truce.client.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.server.cli.HostPort;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ProtocolException;
import org.truce.shared.protocol.ServerMessage;

/**
 * A TCP link to a Truce server. On every (re)connect it first sends the hello the supplier gives
 * (which carries the seat token once there is one, so a dropped player gets the seat back); a
 * lost link is retried with backoff until {@link #close()}.
 */
public final class NettyConnection implements Connection {
    private static final Logger LOG = LoggerFactory.getLogger(NettyConnection.class);

    private final String host;
    private final int port;
    /** In-process mode ({@link #relayed}): the server's relay address and the player's address, else null. */
    private final io.netty.channel.local.LocalAddress relay;
    private final java.net.InetAddress peer;
    private final Supplier<ClientMessage.Hello> hello;
    private final ConnectionListener listener;
    /** Daemon threads: a link left open never keeps the JVM alive. */
    private final EventLoopGroup group;
    private Backoff backoff = new Backoff();
    private volatile Channel channel;
    /** The channel whose hello is not answered yet, so that {@link #close()} can close it too. */
    private volatile Channel connecting;
    private volatile boolean closed;
    /** Messages sent while the link was down, flushed after the next hello (oldest dropped beyond {@link #MAX_QUEUED}). */
    private final java.util.ArrayDeque<Outgoing> queued = new java.util.ArrayDeque<>();
    static final int MAX_QUEUED = 32;
    /** Milliseconds a server that took the connection has to answer the hello before the link counts as failed. */
    private long answerMs = 10_000;

    /** A link not yet started (see {@link #start()}); {@code hello} gives the hello sent on every (re)connect. */
    public NettyConnection(String host, int port, Supplier<ClientMessage.Hello> hello, ConnectionListener listener) {
        this(host, port, null, null, hello, listener);
    }

    private NettyConnection(String host, int port, io.netty.channel.local.LocalAddress relay, java.net.InetAddress peer,
                            Supplier<ClientMessage.Hello> hello, ConnectionListener listener) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.relay = relay;
        this.peer = peer;
        this.hello = hello;
        this.listener = listener;
        this.group = new MultiThreadIoEventLoopGroup(1, new io.netty.util.concurrent.DefaultThreadFactory("truce-net", true),
                relay == null ? NioIoHandler.newFactory() : io.netty.channel.local.LocalIoHandler.newFactory());
    }

    /**
     * A link not yet started to a server in this process, at its {@link org.truce.server.TruceServer#relayAddress()},
     * for a player this process relays from {@code peer} (the SSH door): the same pipeline and checks as TCP,
     * with the server's per-address limits counting {@code peer}.
     */
    public static NettyConnection relayed(io.netty.channel.local.LocalAddress relay, java.net.InetAddress peer,
                                          Supplier<ClientMessage.Hello> hello, ConnectionListener listener) {
        return new NettyConnection("this server", 0, Objects.requireNonNull(relay, "relay"), Objects.requireNonNull(peer, "peer"),
                hello, listener);
    }

    /** Retries a lost link after {@code firstMs}, doubling up to {@code maxMs}, instead of 250 ms up to 5 s (tests; before {@link #start()}). */
    NettyConnection retryMs(long firstMs, long maxMs) {
        this.backoff = new Backoff(firstMs, maxMs);
        return this;
    }

    /** A server that takes the connection must answer the hello within {@code ms} (default 10 s; before {@link #start()}). */
    public NettyConnection answerMs(long ms) {
        this.answerMs = ms;
        return this;
    }

    /**
     * Waits up to {@code ms} for the link's event loop to stop (after {@link #close()} or a fatal
     * hello): once it has, the link can neither reconnect nor report anything more (tests).
     */
    boolean awaitStopped(long ms) throws InterruptedException {
        return group.awaitTermination(ms, TimeUnit.MILLISECONDS);
    }

    /** Starts connecting (asynchronously); the listener hears when the link is up. */
    public NettyConnection start() {
        connect();
        return this;
    }

    private void connect() {
        if (closed) {
            return;
        }
        ChannelFuture f;
        if (relay != null) {
            // a fresh address per attempt: the local channel registers it, and a dead one may not be gone yet
            f = new Bootstrap().group(group).channel(io.netty.channel.local.LocalChannel.class)
                    .handler(new ClientInitializer(Handler::new))
                    .connect(relay, org.truce.server.RelayedPeer.of(peer));
        } else {
            f = new Bootstrap()
                    .group(group)
                    .channel(NioSocketChannel.class)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 3000)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ClientInitializer(Handler::new))
                    .connect(host, port);
        }
        f.addListener(done -> {
            if (!done.isSuccess()) {
                LOG.info("connect to {}:{} failed: {}", host, port, done.cause() == null ? "?" : done.cause().toString());
                retry("cannot reach " + where());
            }
        });
    }

    /** The server as the player reads it: host:port, or "this server" for an in-process link. */
    private String where() {
        return relay != null ? host : HostPort.text(host, port);
    }

    private void retry(String why) {
        if (closed) {
            return;
        }
        long delay = backoff.next();
        listener.onLink(false, why, delay);
        try {
            group.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.debug("not rescheduling: {}", e.toString());
        }
    }

    /** A message and its request id (null: none). */
    private record Outgoing(ClientMessage message, String id) {
        String line() {
            return ProtocolCodec.encode(message, id) + "\n";
        }
    }

    @Override
    public void send(ClientMessage message) {
        send(message, null);
    }

    @Override
    public void send(ClientMessage message, String id) {
        Channel ch;
        synchronized (queued) {
            ch = channel;
            if (ch == null || !ch.isActive()) {
                if (closed || message instanceof ClientMessage.Ping) {
                    LOG.info("not connected; dropped {}", ProtocolCodec.typeOf(message));
                    return;
                }
                if (queued.size() >= MAX_QUEUED) {
                    LOG.info("not connected; dropped the oldest queued {}", ProtocolCodec.typeOf(queued.removeFirst().message()));
                }
                queued.addLast(new Outgoing(message, id)); // sent once the link is back
                return;
            }
        }
        ch.writeAndFlush(new Outgoing(message, id).line());
    }

    @Override
    public void close() {
        closed = true;
        Channel ch = channel;
        if (ch != null) {
            ch.close();
        }
        Channel unanswered = connecting;
        if (unanswered != null) {
            unanswered.close();
        }
        // in-process: the server's side closes this side's channel on this group a moment later; a short quiet
        // period lets that task in instead of rejecting it (Netty would warn about it)
        group.shutdownGracefully(relay == null ? 0 : 100, 500, TimeUnit.MILLISECONDS);
    }

    /** A reply's {@code re} (JSON text) as the plain string id this client sent ({@link #send(ClientMessage, String)}). */
    static String plainId(String reJson) {
        if (reJson == null) {
            return null;
        }
        com.google.gson.JsonElement e = com.google.gson.JsonParser.parseString(reJson);
        return e.isJsonPrimitive() ? e.getAsString() : reJson;
    }

    /**
     * One per channel: decodes lines, reports the link, pings when idle. The link counts as up only
     * once the server answers the hello: a port that accepts and closes (a proxy whose server is
     * restarting) or says nothing is a failed attempt (the backoff keeps growing), and what was
     * queued meanwhile waits for a server that answers instead of going into a dying connection.
     */
    private final class Handler extends SimpleChannelInboundHandler<String> {
        private boolean answered;
        /** The answer timeout closed this channel (so its failure reads "no answer", not "cannot reach"). */
        private boolean silent;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            connecting = ctx.channel();
            if (closed) {
                ctx.close(); // connected after close(): nobody wants this link
                return;
            }
            String greeting;
            try {
                greeting = ProtocolCodec.encode(hello.get()) + "\n";
            } catch (RuntimeException e) {
                // retrying cannot help: the same hello would fail again
                LOG.warn("cannot say hello: {}", e.getMessage());
                closed = true;
                ctx.close();
                group.shutdownGracefully(0, 500, TimeUnit.MILLISECONDS);
                listener.onFatal(e.getMessage() == null ? e.toString() : e.getMessage());
                return;
            }
            ctx.writeAndFlush(greeting);
            ctx.executor().schedule(() -> {
                if (!answered && ctx.channel().isActive()) {
                    LOG.warn("{} took the connection but did not answer the hello in {} ms", where(), answerMs);
                    silent = true;
                    ctx.close();
                }
            }, answerMs, TimeUnit.MILLISECONDS);
        }

        /**
         * Whether a first message answers the hello: a welcome, or the hello's refusal (the link is
         * up; the client says hello again). Not a refusal of the connection itself, which the
         * server sends before it hangs up (too many connections: rate_limited).
         */
        private boolean answersTheHello(ServerMessage m) {
            return m instanceof ServerMessage.Welcome
                    || m instanceof ServerMessage.Error e && !org.truce.shared.protocol.ErrorCode.RATE_LIMITED.is(e.code());
        }

        /** The server's answer on this channel: the link is up; what was queued goes out after the hello. */
        private void answeredNow(ChannelHandlerContext ctx) {
            answered = true;
            backoff.reset();
            synchronized (queued) {
                while (!queued.isEmpty()) {
                    ctx.write(queued.removeFirst().line());
                }
                ctx.flush();
                channel = ctx.channel();
            }
            listener.onLink(true, where(), 0);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, String line) {
            if (line.isBlank() || closed) {
                return; // closed: nothing more reaches the listener
            }
            try {
                ProtocolCodec.Envelope<ServerMessage> in = ProtocolCodec.decodeServer(line);
                if (!answered && answersTheHello(in.message())) {
                    answeredNow(ctx);
                }
                listener.onMessage(in.message(), plainId(in.id()));
            } catch (ProtocolException e) {
                LOG.warn("unreadable line from server ({}): {}", e.code(), e.getMessage());
                listener.onUnreadable(line);
            } catch (RuntimeException e) {
                LOG.error("handling a server message failed", e);
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof IdleStateEvent) {
                ctx.writeAndFlush(ProtocolCodec.encode(new ClientMessage.Ping()) + "\n");
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            synchronized (queued) {
                if (channel == ctx.channel()) {
                    channel = null;
                }
            }
            if (!answered) {
                // never a word from it: a failed attempt, not a lost link
                retry(silent ? "no answer from " + where() : "cannot reach " + where());
                return;
            }
            retry("connection lost");
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof io.netty.handler.timeout.ReadTimeoutException) {
                LOG.warn("no word from the server for {} s: the link is dead, reconnecting", ClientInitializer.DEAD_AFTER_SECONDS);
            } else {
                LOG.warn("link error: {}", cause.toString());
            }
            ctx.close();
        }
    }
}
