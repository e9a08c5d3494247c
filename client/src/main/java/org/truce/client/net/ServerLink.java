package org.truce.client.net;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;

/**
 * The client's link to its server as the screens see it: one current connection (a newer
 * {@link #connect} voids the callbacks of the older one), messages kept until the connection
 * exists, and request ids matched to their replies ({@link PendingRequests}). Network callbacks
 * reach {@link Events} only through the {@code ui} executor; every method here runs on the UI
 * thread and never waits for the network.
 */
public final class ServerLink {
    private static final Logger LOG = LoggerFactory.getLogger(ServerLink.class);

    /** What the link hears, on the UI thread. */
    public interface Events {
        /** A message from the server; {@code re}: the id of the request it answers, or null. */
        void message(ServerMessage message, String re);

        /** The link is up, or lost and retried in {@code retryMs}. */
        void link(boolean up, String detail, long retryMs);

        /** The link gave up for good. */
        void fatal(String reason);

        /** The connector failed before any link existed. */
        void unreachable(String reason);
    }

    private final Executor ui;
    private final Events events;
    private final PendingRequests requests = new PendingRequests();
    /** Ids of moves sent again ({@link #requestAgain}) whose refusal stays quiet. */
    private final java.util.Set<String> quiet = new java.util.HashSet<>();
    /** Whether the link is up as last reported (UI thread), and the requests made while it was not. */
    private boolean up;
    private final java.util.Set<String> sentWhileDown = new java.util.HashSet<>();
    private volatile Connection connection;
    /** Which {@link #connect} call is current. */
    private int generation;
    /** Sent before the connection existed (the link may report itself up before connect() has returned). */
    private final List<Runnable> early = new ArrayList<>();
    private volatile boolean closed;
    /** A connection made but not yet handed to the UI thread: {@link #close} closes it too. */
    private final java.util.concurrent.atomic.AtomicReference<Connection> arriving = new java.util.concurrent.atomic.AtomicReference<>();

    /** {@code ui} runs a task on the UI thread (from any thread). */
    public ServerLink(Executor ui, Events events) {
        this.ui = ui;
        this.events = events;
    }

    /** Connects in the background; {@code hello} is asked for the greeting on every (re)connect. */
    public void connect(Connector connector, Supplier<ClientMessage.Hello> hello) {
        Connection old = connection;
        if (old != null) {
            old.close();
        }
        connection = null;
        up = false;
        int gen = ++generation;
        // callbacks from an older connection (still closing, or connected too late) are ignored
        ConnectionListener current = new ConnectionListener() {
            @Override
            public void onMessage(ServerMessage message) {
                onMessage(message, null);
            }

            @Override
            public void onMessage(ServerMessage message, String re) {
                ifCurrent(gen, () -> received(message, re));
            }

            @Override
            public void onLink(boolean up, String detail, long retryMs) {
                ifCurrent(gen, () -> linked(up, detail, retryMs));
            }

            @Override
            public void onFatal(String reason) {
                ifCurrent(gen, () -> events.fatal(reason));
            }
        };
        Thread t = new Thread(() -> {
            try {
                Connection c = connector.connect(hello, current);
                // closed meanwhile: close it here, as the UI thread may have stopped for good (an SSH session gone)
                arriving.set(c);
                if (closed) {
                    closeArriving(c);
                    return;
                }
                ui.execute(() -> {
                    arriving.compareAndSet(c, null);
                    if (gen != generation || closed) {
                        c.close(); // superseded (or closed) while it was connecting
                        return;
                    }
                    connection = c;
                    List<Runnable> queued = new ArrayList<>(early);
                    early.clear();
                    queued.forEach(Runnable::run);
                });
            } catch (Exception e) {
                LOG.warn("could not connect", e);
                ifCurrent(gen, () -> events.unreachable(e.getMessage()));
            }
        }, "truce-connect");
        t.setDaemon(true);
        t.start();
    }

    /** Closes {@code c} if it is still the one arriving (whichever of the two threads gets here first). */
    private void closeArriving(Connection c) {
        if (arriving.compareAndSet(c, null)) {
            c.close();
        }
    }

    private void ifCurrent(int gen, Runnable r) {
        ui.execute(() -> {
            if (gen == generation) {
                r.run();
            }
        });
    }

    /** A message from the server (UI thread): settles its request, then goes to the screens. */
    public void received(ServerMessage message, String re) {
        requests.settle(re, message instanceof ServerMessage.Error);
        if (re != null && quiet.remove(re) && message instanceof ServerMessage.Error) {
            LOG.info("a move sent again was refused (it had arrived after all): {}", ((ServerMessage.Error) message).code());
            return;
        }
        events.message(message, re);
    }

    /**
     * Sends a move again whose first sending was {@link #dropped} at a link-up: if the first did
     * arrive after all, the server refuses this one (already voted, wrong round), and that refusal
     * is not the player's concern, so it goes to the log only. Returns the new id.
     */
    public String requestAgain(ClientMessage m) {
        String id = request(m);
        quiet.add(id);
        return id;
    }

    /** Whether the request sent as {@code id} was given up on at a link-up with no reply since. */
    public boolean dropped(String id) {
        return requests.dropped(id);
    }

    /** The link went up or down (UI thread). */
    public void linked(boolean up, String detail, long retryMs) {
        if (up) {
            // what was sent while the link was down waited in its queue and went out after the hello
            requests.dropAllBut(sentWhileDown);
            sentWhileDown.clear();
        }
        this.up = up;
        events.link(up, detail, retryMs);
    }

    /** Sends without waiting and without an id. */
    public void send(ClientMessage m) {
        Connection c = connection;
        if (c == null) {
            early.add(() -> connection.send(m));
            return;
        }
        c.send(m);
    }

    /** Sends a request with a fresh id, pending until its reply; returns the id ({@link #pending}). */
    public String request(ClientMessage m) {
        String id = requests.open();
        if (!up) {
            sentWhileDown.add(id);
        }
        Connection c = connection;
        if (c == null) {
            early.add(() -> connection.send(m, id));
        } else {
            c.send(m, id);
        }
        return id;
    }

    /** Whether the request sent as {@code id} still waits for its reply. */
    public boolean pending(String id) {
        return requests.pending(id);
    }

    /** Whether the request sent as {@code id} has had its reply, and it was not an error. */
    public boolean answered(String id) {
        return requests.answered(id);
    }

    /** Sends a last message if the link is open, then closes it for good. */
    public void close(ClientMessage last) {
        closed = true;
        Connection pending = arriving.get();
        if (pending != null) {
            closeArriving(pending);
        }
        Connection c = connection;
        if (c != null) {
            if (last != null) {
                try {
                    c.send(last);
                } catch (RuntimeException e) {
                    LOG.debug("{} not sent", last, e);
                }
            }
            c.close();
        }
        connection = null;
    }
}
