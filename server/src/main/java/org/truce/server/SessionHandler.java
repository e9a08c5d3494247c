package org.truce.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/**
 * The thin end of the pipeline: turns decoded requests into work for the {@link Router}, and handles
 * a connection's life (open, close, idle, slow reader, over-long line). Never blocks.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final Rooms rooms;
    private final ChannelGroup all;
    private final int maxLine;
    private Session session;

    SessionHandler(Rooms rooms, ChannelGroup all, int maxLine) {
        this.rooms = rooms;
        this.all = all;
        this.maxLine = maxLine;
    }

    Session session() {
        return session;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        session = new Session(ctx.channel(), IDS.incrementAndGet());
        if (all != null) {
            all.add(ctx.channel());
        }
        LOG.debug("{} connected from {}", session, ctx.channel().remoteAddress());
        String refused = rooms.opened(session);
        if (refused != null) {
            // each connection holds a file descriptor: one address must not use them all up
            session.closed = true;
            reply(ctx, ServerMessage.Error.of(ErrorCode.RATE_LIMITED, refused)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (session == null) {
            channelActiveLate(ctx);
        }
        session.enqueue(msg, rooms.router());
    }

    /** EmbeddedChannel registers before the handler is added in some set-ups. */
    private void channelActiveLate(ChannelHandlerContext ctx) {
        session = new Session(ctx.channel(), IDS.incrementAndGet());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (session != null) {
            session.closed = true;
            session.discardInbox();
            session.discardAllPending();
            rooms.closed(session);
            LOG.debug("{} disconnected", session);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().isWritable() && session != null) {
            session.writable();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            LOG.info("{} silent too long: closing", session);
            reply(ctx, ServerMessage.Notice.of(NoticeKind.IDLE, "no message for too long (send ping to keep a connection open)"))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (evt instanceof ChannelInputShutdownEvent && session != null) {
            // half-closed (FIN): answer what was sent before it, then close (needs ALLOW_HALF_CLOSURE)
            session.inputShutdown(rooms.router());
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException || cause.getCause() instanceof TooLongFrameException) {
            // the rest of the line cannot be trusted to be a message: say why, then hang up
            reply(ctx, ServerMessage.Error.of(ErrorCode.LINE_TOO_LONG, "a line may be at most " + maxLine + " bytes"))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (cause instanceof IOException) {
            LOG.debug("{}: {}", session, cause.toString()); // connection reset and friends
        } else {
            LOG.warn("{}: unexpected error, closing", session, cause);
        }
        ctx.close();
    }

    private io.netty.channel.ChannelFuture reply(ChannelHandlerContext ctx, ServerMessage m) {
        return ctx.writeAndFlush(new Outgoing(m, null));
    }
}
