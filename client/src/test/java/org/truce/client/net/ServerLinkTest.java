package org.truce.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;

/** The link as the screens see it, on a stand-in UI thread and hand-made connections: no GUI, no network. */
@Timeout(20)
class ServerLinkTest {
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    /** What the screens heard, as "message TYPE re", "link up", … */
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private final ServerLink link = new ServerLink(ui, new ServerLink.Events() {
        @Override
        public void message(ServerMessage message, String re) {
            heard.add("message " + message.getClass().getSimpleName() + " " + re);
        }

        @Override
        public void link(boolean up, String detail, long retryMs) {
            heard.add("link " + (up ? "up" : "down"));
        }

        @Override
        public void fatal(String reason) {
            heard.add("fatal " + reason);
        }

        @Override
        public void unreachable(String reason) {
            heard.add("unreachable " + reason);
        }
    });

    /** A connection that records what is sent to it; its listener is the link's side. */
    private static final class Fake implements Connection {
        final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
        final CompletableFuture<ConnectionListener> listener = new CompletableFuture<>();
        final CountDownLatch closed = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Connector connector() {
            return (hello, l) -> {
                listener.complete(l);
                release.await(); // the test decides when connecting is done
                return this;
            };
        }

        @Override
        public void send(ClientMessage message) {
            send(message, null);
        }

        @Override
        public void send(ClientMessage message, String id) {
            sent.add(message.getClass().getSimpleName() + " " + id);
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @AfterEach
    void stop() {
        ui.shutdownNow();
    }

    private <T> T onUi(java.util.concurrent.Callable<T> c) throws Exception {
        return ui.submit(c).get(5, TimeUnit.SECONDS);
    }

    @Test
    void messagesSentWhileConnectingGoOutInOrderOnceTheConnectionExists() throws Exception {
        Fake f = new Fake();
        String id = onUi(() -> {
            link.connect(f.connector(), () -> null);
            link.send(new ClientMessage.ListRooms());
            return link.request(new ClientMessage.Vote(1, true));
        });
        f.listener.get(5, TimeUnit.SECONDS);
        assertThat(f.sent).isEmpty();
        f.release.countDown();
        assertThat(f.sent.poll(5, TimeUnit.SECONDS)).isEqualTo("ListRooms null");
        assertThat(f.sent.poll(5, TimeUnit.SECONDS)).isEqualTo("Vote " + id);
        assertThat(onUi(() -> link.pending(id))).isTrue();
    }

    @Test
    void aReplySettlesItsOwnRequestAndANewLinkDropsTheRest() throws Exception {
        Fake f = new Fake();
        f.release.countDown();
        onUi(() -> {
            link.connect(f.connector(), () -> null);
            return null;
        });
        ConnectionListener l = f.listener.get(5, TimeUnit.SECONDS);
        l.onLink(true, "up", 0);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("link up");
        String[] ids = onUi(() -> new String[] {link.request(new ClientMessage.Vote(1, true)), link.request(new ClientMessage.ListRooms())});
        l.onMessage(new ServerMessage.Error("wrong_round", "that is not the current round"), ids[0]);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("message Error " + ids[0]);
        assertThat(onUi(() -> link.pending(ids[0]))).isFalse();
        assertThat(onUi(() -> link.pending(ids[1]))).isTrue();

        l.onLink(false, "lost", 10);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("link down");
        String queued = onUi(() -> link.request(new ClientMessage.ListRooms())); // made while down: waits in the link's queue
        l.onLink(true, "back", 0);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("link up");
        assertThat(onUi(() -> link.pending(ids[1]))).isFalse(); // written to a link that died: no reply is counted on
        assertThat(onUi(() -> link.dropped(ids[1]))).isTrue();
        assertThat(onUi(() -> link.pending(queued))).as("goes out after the new hello: its reply comes").isTrue();
    }

    @Test
    void aNewerConnectVoidsTheOlderConnectionsCallbacks() throws Exception {
        Fake old = new Fake();
        Fake current = new Fake();
        onUi(() -> {
            link.connect(old.connector(), () -> null);
            return null;
        });
        ConnectionListener stale = old.listener.get(5, TimeUnit.SECONDS);
        current.release.countDown();
        onUi(() -> {
            link.connect(current.connector(), () -> null);
            return null;
        });
        ConnectionListener fresh = current.listener.get(5, TimeUnit.SECONDS);
        old.release.countDown(); // the old one finishes connecting too late: it is closed, not used
        stale.onLink(true, "old", 0);
        stale.onMessage(new ServerMessage.Pong());
        fresh.onLink(true, "new", 0);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("link up");
        onUi(() -> null); // everything the links handed over has run
        assertThat(heard).isEmpty();
        assertThat(old.closed.await(5, TimeUnit.SECONDS)).as("the late connection is closed").isTrue();
        assertThat(current.closed.getCount()).isEqualTo(1);
    }

    @Test
    void aConnectionArrivingAfterCloseIsClosedEvenWhenTheUiThreadHasStopped() throws Exception {
        Fake f = new Fake();
        onUi(() -> {
            link.connect(f.connector(), () -> null);
            link.close(null);
            return null;
        });
        ui.shutdown(); // an SSH session's GUI thread ends with the session: nothing queued later runs
        assertThat(ui.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        f.listener.get(5, TimeUnit.SECONDS);
        f.release.countDown();
        assertThat(f.closed.await(5, TimeUnit.SECONDS)).as("the late connection is closed on its own thread").isTrue();
    }

    @Test
    void aConnectionClosedWhileItIsHandedToTheUiThreadIsClosed() throws Exception {
        Fake f = new Fake();
        CountDownLatch uiBusy = new CountDownLatch(1);
        onUi(() -> {
            link.connect(f.connector(), () -> null);
            return null;
        });
        f.listener.get(5, TimeUnit.SECONDS);
        ui.execute(() -> {
            try {
                uiBusy.await(); // the UI thread is busy while the connection arrives
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        f.release.countDown();
        link.close(null); // as App.shutdown from another thread when the session goes
        assertThat(f.closed.await(5, TimeUnit.SECONDS)).isTrue();
        uiBusy.countDown();
    }
}
