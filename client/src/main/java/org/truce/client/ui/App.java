package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.model.ClientSettings;
import org.truce.client.model.GameModel;
import org.truce.client.model.SeatTokens;
import org.truce.client.net.Connection;
import org.truce.client.net.ConnectionListener;
import org.truce.client.net.Connector;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCodes;
import org.truce.shared.protocol.ProtocolCodec;
import org.truce.shared.protocol.ServerMessage;

/**
 * The client: one model, one connection, the screens. Network events are handed to the GUI
 * thread; screen actions send messages without waiting for replies. Every method here runs on
 * the GUI thread unless it says otherwise.
 */
public final class App implements ConnectionListener {
    private static final Logger log = LoggerFactory.getLogger(App.class);
    public static final int MIN_COLS = 80;
    public static final int MIN_ROWS = 24;

    private final MultiWindowTextGUI gui;
    private final GameModel model = new GameModel();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "truce-clock");
        t.setDaemon(true);
        return t;
    });
    private final EnlargeWindow enlarge = new EnlargeWindow();
    private volatile String name = "player";
    private volatile Connection connection;
    /** Which {@link #connect} call is current (GUI thread). */
    private int generation;
    private final List<ClientMessage> pending = new ArrayList<>();
    private FullWindow main;
    private String banner;
    private boolean everUp;
    private Consumer<App> onFirstLink = a -> { };
    private Consumer<ServerMessage.RoomCreated> onRoomCreated = rc -> { };
    private Runnable onQuit = () -> { };
    private Runnable playAgain;
    private String playAgainLabel;
    private SeatTokens seats;
    private volatile Long roomSeed;
    /** Counts link-ups and server errors: a reply a screen waits for may have been lost at each. */
    private int sendEpoch;
    /** Counts the room states received. */
    private int statesSeen;
    /** Counts the room lists received. */
    private int roomsSeen;
    /**
     * The seat token in the model was handed to this client on this run: a reconnect takes the
     * seat over from the old (dead) link. A token read from disk never does without asking.
     */
    private volatile boolean ownSeat;
    /** The room of the stored seat token being asked for (see {@link #resumeSeat}). */
    private String resumeRoom;
    /** Where a player whose table is gone goes (LAN: the room's seats, or the lobby for null); null: {@link GoneWindow}. */
    private Consumer<String> onSeatLost;
    /** False in solo: nobody facilitates a room of one. */
    private boolean facilitation = true;
    private volatile java.util.function.LongSupplier clock = System::currentTimeMillis;

    public App(MultiWindowTextGUI gui) {
        this.gui = gui;
        gui.setTheme(Style.gui());
        ticker.scheduleAtFixedRate(() -> later(this::tick), 1, 1, TimeUnit.SECONDS);
    }

    // ---- wiring (any thread, before use) ----

    public App name(String name) {
        this.name = name == null || name.isBlank() ? "player" : name;
        return this;
    }

    public String name() {
        return name;
    }

    /** The seed rooms created from this client ask for ({@code join --seed}); null: the server picks one. */
    public App roomSeed(Long seed) {
        this.roomSeed = seed;
        return this;
    }

    public Long roomSeed() {
        return roomSeed;
    }

    /** What to do once the link first comes up (solo: create the room; lobby: list rooms). */
    public App onFirstLink(Consumer<App> action) {
        this.onFirstLink = action;
        return this;
    }

    public App onRoomCreated(Consumer<ServerMessage.RoomCreated> action) {
        this.onRoomCreated = action;
        return this;
    }

    /** Extra clean-up on quit (stops the in-process server). */
    public App onQuit(Runnable action) {
        this.onQuit = action;
        return this;
    }

    /** What N does on the debrief (solo: a new game with the same settings; LAN: back to the lobby). */
    public App onPlayAgain(String label, Runnable action) {
        this.playAgainLabel = label;
        this.playAgain = action;
        return this;
    }

    /** The debrief's "play again" key label, or null if there is none. */
    public String playAgainLabel() {
        return playAgain == null ? null : playAgainLabel;
    }

    /** Runs the "play again" action (GUI thread). */
    public void playAgain() {
        if (playAgain != null) {
            closeDialogs();
            playAgain.run();
        }
    }

    /**
     * Remembers seat tokens per server, room and party in {@code settings}, so that a restarted
     * client can ask for its seat back ({@link #storedSeatToken}).
     */
    public App rememberSeats(ClientSettings settings, String server) {
        this.seats = settings == null || server == null ? null : new SeatTokens(settings, server, this::name);
        return this;
    }

    /**
     * Where to go when the table is gone (room closed, seat freed or taken over): the room's seat
     * choice for a room code, the lobby for null. Without it, a screen offering a new game or quit.
     */
    public App onSeatLost(Consumer<String> action) {
        this.onSeatLost = action;
        return this;
    }

    /** No facilitator controls (solo: the room has one player and closing it helps nobody). */
    public App noFacilitator() {
        this.facilitation = false;
        return this;
    }

    /** The facilitator key of the current room if this client may run it, else null. */
    public String facilitatorKey() {
        return facilitation ? model.facilitatorKey() : null;
    }

    /** The token of the one seat this user holds in that room on this server, or null (none, or several). */
    public String storedSeatToken(String room) {
        return seats == null ? null : seats.only(room);
    }

    /** The party of the one seat this user holds in that room on this server, or null (none, or several). */
    public String storedSeatParty(String room) {
        return seats == null ? null : seats.onlyParty(room);
    }

    /** The token this user holds for that party's seat in that room, or null. */
    public String storedSeatToken(String room, String party) {
        return seats == null ? null : seats.of(room, party);
    }

    /**
     * Asks for the seat in {@code room} back with a stored token on the open link (a second hello
     * resumes it). Without {@code takeover} a seat another connection uses is refused, and the
     * player is asked ({@code seat_in_use}).
     */
    public void resumeSeat(String room, String token, boolean takeover) {
        model.presetSeatToken(token);
        ownSeat = takeover;
        resumeRoom = room;
        send(hello());
    }

    /** Connects in the background; the screens hear about it through {@link #onLink}. */
    public void connect(Connector connector) {
        Connection old = connection;
        if (old != null) {
            old.close();
        }
        connection = null;
        everUp = false;
        int gen = ++generation;
        // callbacks from an older connection (still closing, or connected too late) are ignored
        ConnectionListener current = new ConnectionListener() {
            @Override
            public void onMessage(ServerMessage message) {
                later(() -> {
                    if (gen == generation) {
                        handle(message);
                    }
                });
            }

            @Override
            public void onLink(boolean up, String detail, long retryMs) {
                later(() -> {
                    if (gen == generation) {
                        link(up, detail, retryMs);
                    }
                });
            }

            @Override
            public void onFatal(String reason) {
                later(() -> {
                    if (gen == generation) {
                        fatal(reason);
                    }
                });
            }
        };
        Thread t = new Thread(() -> {
            try {
                Connection c = connector.connect(this::hello, current);
                later(() -> {
                    if (gen != generation || isFinished()) {
                        c.close(); // superseded (or quit) while it was connecting
                        return;
                    }
                    connection = c;
                    List<ClientMessage> queued = new ArrayList<>(pending);
                    pending.clear();
                    queued.forEach(c::send);
                });
            } catch (Exception e) {
                log.warn("could not connect", e);
                later(() -> {
                    if (gen != generation) {
                        return;
                    }
                    banner = "⚠ Could not connect: " + e.getMessage();
                    refreshAll();
                });
            }
        }, "truce-connect");
        t.setDaemon(true);
        t.start();
    }

    private ClientMessage.Hello hello() {
        String token = model.seatToken();
        return new ClientMessage.Hello(name, ProtocolCodec.PROTOCOL_VERSION, token, token != null && ownSeat ? Boolean.TRUE : null,
                Boolean.TRUE, model.resumeSince(token));
    }

    // ---- network side (network threads) ----

    @Override
    public void onMessage(ServerMessage message) {
        later(() -> handle(message));
    }

    @Override
    public void onLink(boolean up, String detail, long retryMs) {
        later(() -> link(up, detail, retryMs));
    }

    @Override
    public void onFatal(String reason) {
        later(() -> fatal(reason));
    }

    private void fatal(String reason) {
        banner = "⚠ Not connected: " + reason;
        log.warn("link given up: {}", reason);
        refreshAll();
    }

    private void later(Runnable r) {
        try {
            gui.getGUIThread().invokeLater(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    log.error("UI task failed", e);
                }
            });
        } catch (IllegalStateException e) {
            log.debug("GUI stopped; dropped a task");
        }
    }

    // ---- GUI thread ----

    private void link(boolean up, String detail, long retryMs) {
        if (up) {
            sendEpoch++;
            banner = null;
            if (!everUp) {
                everUp = true;
                onFirstLink.accept(this);
            } else if (model.seatToken() == null) {
                if (model.room() != null && model.party() == null) {
                    send(new ClientMessage.Spectate(model.room(), model.watchSince(model.room()))); // a spectator watches on after a server restart
                }
                send(new ClientMessage.ListRooms());
            }
        } else {
            banner = "⚠ " + capital(detail) + " — reconnecting in " + Math.max(1, (retryMs + 999) / 1000) + " s…";
        }
        refreshAll();
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? "Disconnected" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    void handle(ServerMessage raw) {
        String room = model.room();
        String token = model.seatToken();
        ServerMessage m = model.accept(raw);
        if (m == null) {
            return; // malformed: logged by the model
        }
        ClientMessage.Spectate catchUp = model.catchUp();
        if (catchUp != null) {
            send(catchUp); // a spectator missed an event: what it missed comes again
        }
        if (m instanceof ServerMessage.Error) {
            sendEpoch++;
        } else if (m instanceof ServerMessage.State) {
            statesSeen++;
        } else if (m instanceof ServerMessage.Rooms) {
            roomsSeen++;
        }
        if (m instanceof ServerMessage.Joined) {
            ownSeat = true;
            resumeRoom = null;
        }
        if (tableGone(m, room, token)) {
            refreshAll();
            return;
        }
        if (m instanceof ServerMessage.Joined j && seats != null) {
            seats.store(j.room(), j.party(), j.seatToken());
        } else if (m instanceof ServerMessage.GameOver && room != null && model.party() != null && seats != null) {
            seats.store(room, model.party(), null); // nothing to come back to
        }
        if (m instanceof ServerMessage.RoomCreated rc) {
            onRoomCreated.accept(rc);
        } else if (m instanceof ServerMessage.Joined || m instanceof ServerMessage.Spectating) {
            if (!(main instanceof TableWindow)) {
                showMain(new TableWindow(this));
            }
        } else if (m instanceof ServerMessage.GameOver) {
            closeDialogs();
            showMain(new DebriefWindow(this));
        } else if (m instanceof ServerMessage.Error e) {
            log.info("server error {}: {}", e.code(), e.message());
            if (main instanceof SeatWindow sw) {
                sw.refused(e.code());
            }
            // hello_first: a request that followed a refused hello on a new link (the hello is sent again)
            if (!ErrorCodes.NOT_HELLO.equals(e.code()) && !(main instanceof TableWindow) && !(main instanceof DebriefWindow)) {
                showMessage("The server says", e.message());
            }
        }
        refreshAll();
    }

    /**
     * The messages after which this client's table no longer works: a seat token refused (freed,
     * closed, or used by another connection), the seat taken over, the room closed. Each goes to
     * a screen that works, saying what happened and what to do. True if handled here.
     */
    private boolean tableGone(ServerMessage m, String room, String token) {
        if (m instanceof ServerMessage.Error e && token != null
                && (ErrorCodes.BAD_TOKEN.equals(e.code()) || ErrorCodes.SEAT_IN_USE.equals(e.code()))) {
            String where = room != null ? room : resumeRoom;
            model.presetSeatToken(null); // stop asking for it on every reconnect
            ownSeat = false;
            resumeRoom = null;
            send(hello()); // a refused hello changes nothing: a new link is not greeted yet
            if (ErrorCodes.BAD_TOKEN.equals(e.code())) {
                if (seats != null) {
                    seats.forget(token);
                }
                seatLost(where, "Your seat is gone", capital(e.message()) + ".");
            } else {
                seatLost(where, null, null);
                openDialog(new ConfirmDialog(this, "Your seat is in use", "Take over your seat in room " + where + "? It is in"
                        + " use on another screen (" + e.message().replaceAll(".* is in use by (.*) on another connection.*", "by $1")
                        + "), perhaps your own in another terminal; that screen goes back to choosing a seat."
                        + " No: choose another seat here.", () -> resumeSeat(where, token, true)));
            }
            return true;
        }
        if (m instanceof ServerMessage.Notice n && room != null) {
            if ("replaced".equals(n.kind())) {
                // the token stays on disk: it is still this player's if they take the seat back
                seatLost(room, "Your seat was taken over", capital(n.text()) + ". This screen is no longer at the"
                        + " table. Close this note (Esc), then choose a seat (your old one asks whether to take it back),"
                        + " or press Esc again for the lobby.");
                return true;
            }
            if ("closed".equals(n.kind()) && model.gameOver() == null) {
                if (seats != null && model.party() != null) {
                    seats.store(room, model.party(), null);
                }
                seatLost(null, "Room closed", capital(n.text()) + (onSeatLost == null ? "." : ". Choose another room or create one."));
                return true;
            }
        }
        if (m instanceof ServerMessage.Error e && ErrorCodes.UNKNOWN_ROOM.equals(e.code()) && room != null
                && model.party() == null && main instanceof TableWindow) {
            seatLost(null, "Room closed", "Room " + room + " is no longer on the server. Choose another room or create one.");
            return true;
        }
        return false;
    }

    /** Whether there is somewhere to go back to from the table (a lobby: LAN play, not the solo game). */
    public boolean hasLobby() {
        return onSeatLost != null;
    }

    /**
     * Leaves the room on purpose ({@code leave}): a spectator stops watching and goes to the lobby;
     * a player whose game has not started frees the seat (its token no longer works) and goes back
     * to the room's seats. Nothing without a lobby (solo).
     */
    public void leaveTable() {
        String room = model.room();
        String party = model.party();
        if (onSeatLost == null || room == null) {
            return;
        }
        send(new ClientMessage.Leave());
        if (party != null && seats != null) {
            seats.store(room, party, null); // the server revokes a lobby seat's token: nothing to come back to
        }
        seatLost(party == null ? null : room, null, null);
    }

    /** Leaves the dead table for the room's seats, the lobby, or (no lobby) {@link GoneWindow}. */
    private void seatLost(String room, String title, String text) {
        closeDialogs();
        model.resetGame();
        ownSeat = false;
        if (onSeatLost == null) {
            showMain(new GoneWindow(this, title == null ? "Seat lost" : title, text == null ? "" : text));
            return;
        }
        onSeatLost.accept(room);
        if (title != null) {
            showMessage(title, text);
        }
    }

    private void tick() {
        refreshAll();
    }

    /** Redraws every open window from the model. */
    public void refreshAll() {
        checkSize();
        for (Window w : new ArrayList<>(gui.getWindows())) {
            if (w instanceof Refreshable r) {
                try {
                    r.refresh();
                } catch (RuntimeException e) {
                    refreshFailures++;
                    if (Integer.bitCount(refreshFailures) == 1) { // 1st, 2nd, 4th, 8th… time: the log stays small
                        log.error("redrawing {} failed ({} time(s))", w.getClass().getSimpleName(), refreshFailures, e);
                    }
                }
            }
        }
    }

    private int refreshFailures;

    /** Called after the terminal changed size (any thread). */
    public void resized() {
        later(() -> {
            // take the new size now, not at the next redraw: the windows lay out for it at once
            gui.getScreen().doResizeIfNecessary();
            refreshAll();
        });
    }

    private void checkSize() {
        TerminalSize s = size();
        boolean small = s.getColumns() < MIN_COLS || s.getRows() < MIN_ROWS;
        boolean shown = gui.getWindows().contains(enlarge);
        if (small) {
            enlarge.show(s.getColumns(), s.getRows());
            if (!shown) {
                gui.addWindow(enlarge);
            }
            gui.setActiveWindow(enlarge);
        } else if (shown) {
            gui.removeWindow(enlarge);
        }
    }

    public TerminalSize size() {
        return gui.getScreen().getTerminalSize();
    }

    /** Changes at every link-up and every server error (GUI thread). */
    public int sendEpoch() {
        return sendEpoch;
    }

    /** How many room lists have arrived (GUI thread). */
    public int roomsSeen() {
        return roomsSeen;
    }

    /** How many room states have arrived (GUI thread). */
    public int statesSeen() {
        return statesSeen;
    }

    public GameModel model() {
        return model;
    }

    public String banner() {
        return banner;
    }

    /** Milliseconds on the screens' clock (the lobby's polling period runs on it). */
    public long now() {
        return clock.getAsLong();
    }

    /** Replaces the screens' clock: tests drive the lobby's polling period by hand. */
    public App clock(java.util.function.LongSupplier clock) {
        this.clock = clock;
        return this;
    }

    /** Sends without waiting (GUI thread safe). */
    public void send(ClientMessage m) {
        Connection c = connection;
        if (c == null) {
            // the link may report itself up before connect() has returned: keep the message for it
            pending.add(m);
            return;
        }
        c.send(m);
    }

    /** Replaces the screen. */
    public void showMain(FullWindow w) {
        FullWindow old = main;
        main = w;
        gui.addWindow(w);
        if (old != null) {
            gui.removeWindow(old);
        }
        w.refresh();
        gui.setActiveWindow(w);
        checkSize();
    }

    public FullWindow main() {
        return main;
    }

    public void openDialog(Window w) {
        gui.addWindow(w);
        gui.setActiveWindow(w);
        if (w instanceof Refreshable r) {
            r.refresh();
        }
    }

    void closeDialogs() {
        for (Window w : new ArrayList<>(gui.getWindows())) {
            if (w != main && w != enlarge) {
                gui.removeWindow(w);
            }
        }
    }

    public void showHelp(String text) {
        openDialog(new TextDialog(this, "Help", text + "\n\n" + Help.COMMON));
    }

    public void showMessage(String title, String text) {
        openDialog(new TextDialog(this, title, text));
    }

    public void confirmQuit() {
        openDialog(new ConfirmDialog(this, "Quit", "Leave the game and quit Truce?", this::quit));
    }

    /** Ends the session: tells the server, closes the link, releases {@link #awaitQuit()}. */
    public void quit() {
        Connection c = connection;
        if (c != null) {
            try {
                c.send(new ClientMessage.Leave());
            } catch (RuntimeException e) {
                log.debug("leave not sent", e);
            }
            c.close();
        }
        connection = null;
        ticker.shutdownNow();
        try {
            onQuit.run();
        } catch (RuntimeException e) {
            log.warn("clean-up failed", e);
        }
        finished.countDown();
    }

    public boolean isFinished() {
        return finished.getCount() == 0;
    }

    /** Blocks the calling (non-GUI) thread until the player quits. */
    public void awaitQuit() throws InterruptedException {
        finished.await();
    }

    /** Like {@link #awaitQuit()}, for at most {@code ms}; true if the player quit. */
    public boolean awaitQuit(long ms) throws InterruptedException {
        return finished.await(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public TextGUIThread guiThread() {
        return gui.getGUIThread();
    }

    public MultiWindowTextGUI gui() {
        return gui;
    }

    /** For tests: the windows open now. */
    public List<Window> windows() {
        return new ArrayList<>(gui.getWindows());
    }

    /** Stops the clock and the link without the quit dialog (GUI already gone). */
    public void shutdown() throws IOException {
        ticker.shutdownNow();
        Connection c = connection;
        if (c != null) {
            c.close();
        }
    }
}
