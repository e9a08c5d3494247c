package org.truce.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ServerMessage;

/**
 * A running Truce server. {@code TruceServer.start(ServerConfig.loopback(dir))} is all solo mode
 * needs; {@link #address()} gives the port actually bound.
 */
public final class TruceServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TruceServer.class);
    /** The server name sent in {@code welcome}. */
    public static final String NAME = "truce";

    private final ServerConfig config;
    private final Rooms rooms;
    private final EventLoopGroup group;
    private final ChannelGroup connections;
    private final Channel listener;
    private volatile boolean closed;
    /** The in-process entry for relayed players (see {@link #relayAddress()}), opened on first use. */
    private EventLoopGroup relayGroup;
    private Channel relayListener;

    private TruceServer(ServerConfig config, Rooms rooms, EventLoopGroup group, ChannelGroup connections, Channel listener) {
        this.config = config;
        this.rooms = rooms;
        this.group = group;
        this.connections = connections;
        this.listener = listener;
    }

    /**
     * Replays the data dir's room journals, then listens. Throws {@link UncheckedIOException} if the
     * data dir cannot be used or the port cannot be bound.
     */
    public static TruceServer start(ServerConfig cfg) {
        return start(cfg, null, null);
    }

    /**
     * Null if what the server keeps in its data dir (the teacher key, see {@code TeacherKey}) is
     * usable, making it if missing; else one line naming the file and what is wrong.
     */
    public static String dataProblem(ServerConfig cfg) {
        return TeacherKey.problem(cfg.dataDir(), cfg.teacherKey());
    }

    /** As {@link #start(ServerConfig)}, with the rooms' clocks on a timer and a time a test drives by hand. */
    static TruceServer start(ServerConfig cfg, java.util.concurrent.ScheduledExecutorService timer,
                             java.util.function.LongSupplier millis) {
        long t0 = System.nanoTime();
        // the teacher key the operator gave, else the kept one (made at the first start)
        cfg = cfg.withTeacherKey(TeacherKey.resolve(cfg.dataDir(), cfg.teacherKey()));
        Rooms rooms;
        try {
            rooms = new Rooms(cfg, ScenarioCatalog.load(cfg), null, timer, millis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use data dir " + cfg.dataDir(), e);
        }
        rooms.recover();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        ChannelGroup connections = new DefaultChannelGroup("truce-connections", GlobalEventExecutor.INSTANCE);
        try {
            Channel ch = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    // a client's FIN must not drop its queued requests (Session.inputShutdown closes later)
                    .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
                    .childHandler(new TruceChannelInitializer(rooms, connections, cfg))
                    .bind(cfg.bindHost(), cfg.port())
                    .sync()
                    .channel();
            TruceServer server = new TruceServer(cfg, rooms, group, connections, ch);
            LOG.info("truce server listening on {} (data {}, {} room(s) recovered) in {} ms", server.address(),
                    cfg.dataDir().toAbsolutePath(), rooms.size(), (System.nanoTime() - t0) / 1_000_000);
            return server;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            rooms.shutdown(1000);
            throw new IllegalStateException("interrupted while binding", e);
        } catch (Exception e) {
            // Netty rethrows a BindException without declaring it
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            rooms.shutdown(1000);
            throw new UncheckedIOException("cannot listen on " + org.truce.server.cli.HostPort.text(cfg.bindHost(), cfg.port()) + ": " + e.getMessage(),
                    e instanceof IOException ? (IOException) e : new IOException(e));
        }
    }

    /** The address actually bound (the real port when the config asked for 0). */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    /**
     * The in-process address (a Netty local channel) where this process relays players it serves
     * itself, such as the SSH door's: the same pipeline, protocol and checks as a TCP connection.
     * A client there binds {@link RelayedPeer#of} so that the per-address limits count its player's
     * real address. Opened on the first call; closed with the server.
     */
    public synchronized LocalAddress relayAddress() {
        if (closed) {
            throw new IllegalStateException("the server is closed");
        }
        if (relayListener == null) {
            relayGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("truce-relay", true), LocalIoHandler.newFactory());
            relayListener = new ServerBootstrap()
                    .group(relayGroup)
                    .channel(LocalServerChannel.class)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
                    .childHandler(new TruceChannelInitializer(rooms, connections, config))
                    .bind(new LocalAddress("truce-relay-" + address().getPort() + "-" + System.identityHashCode(this)))
                    .syncUninterruptibly()
                    .channel();
        }
        return (LocalAddress) relayListener.localAddress();
    }

    /** The rooms (tests). */
    Rooms rooms() {
        return rooms;
    }

    /** The configuration this server was started with, its {@code teacherKey} the one in use. */
    public ServerConfig config() {
        return config;
    }

    /** Connections open now. */
    public int connections() {
        return connections.size();
    }

    /**
     * Tells every client, stops accepting, closes the room journals (every line was already forced
     * to disk), then shuts Netty down. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("truce server on {} shutting down", address());
        listener.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        Channel relay;
        synchronized (this) {
            relay = relayListener;
        }
        if (relay != null) {
            relay.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        Outgoing bye = new Outgoing(ServerMessage.Notice.of(NoticeKind.SHUTDOWN, "the server is shutting down; "
                + "players and watchers come back to their tables by themselves when it is back"), null);
        connections.writeAndFlush(bye).awaitUninterruptibly(2, TimeUnit.SECONDS);
        rooms.shutdown(3000);
        connections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (relay != null) {
            relayGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        LOG.info("truce server stopped");
    }
}
