package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.model.ClientSettings;
import org.truce.client.model.GameModel;
import org.truce.client.net.ConnectionListener;
import org.truce.client.net.Connector;
import org.truce.client.net.ServerLink;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerMessage;

/**
 * The client: one model, the link to the server ({@link ServerLink}), the windows
 * ({@link Screens}), where messages take the player ({@link Navigator}) and the seats to come
 * back to ({@link SeatMemory}), put together. Network events are handed to the GUI thread;
 * screen actions send messages without waiting for replies. Every method here runs on the GUI
 * thread unless it says otherwise.
 */
public final class App implements ConnectionListener {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** Narrowest terminal the screens fit, in columns; below it a "please enlarge" window shows. */
    public static final int MIN_COLS = 80;
    /** Lowest terminal the screens fit, in rows; below it a "please enlarge" window shows. */
    public static final int MIN_ROWS = 24;

    private final MultiWindowTextGUI gui;
    private final GameModel model = new GameModel();
    private final Lifetime life;
    private final Screens screens;
    private final SeatMemory seats = new SeatMemory();
    private final Navigator navigator;
    private final ServerLink link;
    private volatile String name = "player";
    private Runnable playAgain;
    private String playAgainLabel;
    private volatile Long roomSeed;
    /** False in solo: nobody facilitates a room of one. */
    private boolean facilitation = true;
    private volatile LongSupplier clock = System::currentTimeMillis;
    private volatile Connector.Dialer dialer = Connector::tcp;
    /** The server's teacher key sent in every hello (the class console), or null. */
    private volatile String teacherKey;
    private final ConsoleHooks hooks = new ConsoleHooks();
    /** Show a rejoin code when a seat is taken (the SSH door: a student may come back from another machine). */
    private volatile boolean rejoinCodes;
    private volatile boolean takeoverByCodeOnly;
    /** Seat tokens typed as rejoin codes in this run (GUI thread). */
    private final java.util.Set<String> typedCodes = new java.util.HashSet<>();

    /** The client on this GUI: sets the theme and starts the ticker that redraws every screen once a second (the clocks). */
    public App(MultiWindowTextGUI gui) {
        this.gui = gui;
        gui.setTheme(Style.gui());
        this.screens = new Screens(gui);
        this.navigator = new Navigator(this, model, screens, seats);
        this.link = new ServerLink(this::later, navigator);
        this.life = new Lifetime(() -> later(this::refreshAll));
    }

    // ---- wiring (any thread, before use) ----

    /** Sets the player's name; null or blank means "player". */
    public App name(String name) {
        this.name = name == null || name.isBlank() ? "player" : name;
        return this;
    }

    /** The player's name as sent in the hello. */
    public String name() {
        return name;
    }

    /** The seed rooms created from this client ask for ({@code join --seed}); null: the server picks one. */
    public App roomSeed(Long seed) {
        this.roomSeed = seed;
        return this;
    }

    /** The seed rooms created from this client ask for, or null to let the server pick. */
    public Long roomSeed() {
        return roomSeed;
    }

    /** What to do once the link first comes up (solo: create the room; lobby: list rooms). */
    public App onFirstLink(Consumer<App> action) {
        navigator.onFirstLink(action);
        return this;
    }

    /** What to do when the server confirms a room this client created. */
    public App onRoomCreated(Consumer<ServerMessage.RoomCreated> action) {
        navigator.onRoomCreated(action);
        return this;
    }

    /** Extra clean-up on quit (stops the in-process server). */
    public App onQuit(Runnable action) {
        life.onQuit(action);
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
     * client can ask for its seat back ({@link #seats}).
     */
    public App rememberSeats(ClientSettings settings, String server) {
        seats.saveIn(settings, server, this::name);
        return this;
    }

    /**
     * Where to go when the table is gone (room closed, seat freed or taken over): the room's seat
     * choice for a room code, the lobby for null. Without it, a screen offering a new game or quit.
     */
    public App onSeatLost(Consumer<String> action) {
        navigator.onSeatLost(action);
        return this;
    }

    /** Shows each seat's rejoin code in the table's log when it is taken ({@link org.truce.client.model.RejoinCode}). */
    public App showRejoinCodes() {
        this.rejoinCodes = true;
        return this;
    }

    /**
     * This player is known by name only (an SSH login without a verified key): a seat remembered
     * for the name that another connection still uses is not offered for taking over; only its
     * rejoin code, typed in the lobby, takes it over (anyone can type a classmate's name).
     */
    public App takeoverByCodeOnly() {
        this.takeoverByCodeOnly = true;
        return this;
    }

    /** Whether a seat in use that this token asks for may be offered for taking over. */
    boolean mayTakeOver(String token) {
        return !takeoverByCodeOnly || token != null && typedCodes.contains(token);
    }

    /** The player typed this seat's rejoin code (GUI thread): it may take the seat over. */
    void typedRejoinCode(String token) {
        typedCodes.add(token);
    }

    /** Whether a seat taken shows its rejoin code. */
    boolean rejoinCodes() {
        return rejoinCodes;
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

    /** The seats this user holds on this server, by room and party (GUI thread). */
    SeatMemory seats() {
        return seats;
    }

    /**
     * Asks for the seat in {@code room} back with a stored token on the open link (a second hello
     * resumes it). Without {@code takeover} a seat another connection uses is refused, and the
     * player is asked ({@code seat_in_use}).
     */
    public void resumeSeat(String room, String token, boolean takeover) {
        model.presetSeatToken(token);
        seats.resuming(room, takeover);
        send(hello());
    }

    /** Makes the connectors for addresses typed in the lobby (tests: a short reconnect delay, or a hand-fed link). */
    public App dialer(Connector.Dialer dialer) {
        this.dialer = dialer;
        return this;
    }

    /** The connector for host:port, by the {@link #dialer}. */
    public Connector dial(String host, int port) {
        return dialer.to(host, port);
    }

    /** Connects in the background; the screens hear about it through {@link #link}. */
    public void connect(Connector connector) {
        navigator.connecting();
        link.connect(connector, this::hello);
    }

    /** The greeting for this name and the seat token in the model (any thread). */
    ClientMessage.Hello hello() {
        String token = model.seatToken();
        ClientMessage.Hello h = seats.hello(name, token, model.resumeSince(token));
        String key = teacherKey;
        return key == null ? h : new ClientMessage.Hello(h.name(), h.protocol(), h.resume(), h.takeover(), h.events(), h.since(), key,
                h.features());
    }

    /** Greets every (re)connect with the server's teacher key: this client is the facilitator of every room. */
    public App teacherKey(String key) {
        this.teacherKey = key;
        return this;
    }

    /**
     * What the class console hooks into the client (any thread, before use): it is offered every
     * message and key first, rewrites the table's key bar and the debrief's heading, and words the
     * quit question.
     */
    public ConsoleHooks consoleHooks() {
        return hooks;
    }

    // ---- network side (network threads): a test may play the server through these ----

    @Override
    public void onMessage(ServerMessage message) {
        onMessage(message, null);
    }

    @Override
    public void onMessage(ServerMessage message, String re) {
        later(() -> link.received(message, re));
    }

    @Override
    public void onLink(boolean up, String detail, long retryMs) {
        later(() -> link.linked(up, detail, retryMs));
    }

    @Override
    public void onFatal(String reason) {
        later(() -> navigator.fatal(reason));
    }

    private void later(Runnable r) {
        try {
            gui.getGUIThread().invokeLater(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.error("UI task failed", e);
                }
            });
        } catch (IllegalStateException e) {
            LOG.debug("GUI stopped; dropped a task");
        }
    }

    // ---- GUI thread: for the screens ----

    /** Whether there is somewhere to go back to from the table (a lobby: LAN play, not the solo game). */
    public boolean hasLobby() {
        return navigator.hasLobby();
    }

    /** Leaves the room on purpose (see {@link Navigator#leaveTable}). */
    public void leaveTable() {
        navigator.leaveTable();
    }

    /** Redraws every open window from the model. */
    public void refreshAll() {
        screens.refreshAll();
    }

    /** Called after the terminal changed size (any thread). */
    public void resized() {
        later(() -> {
            // take the new size now, not at the next redraw: the windows lay out for it at once
            gui.getScreen().doResizeIfNecessary();
            refreshAll();
        });
    }

    /** The terminal's size now, in columns and rows. */
    public TerminalSize size() {
        return screens.size();
    }

    /** Where messages take the player; it counts the room lists and states received (tests). */
    Navigator navigator() {
        return navigator;
    }

    /** What this client knows of the game (GUI thread). */
    public GameModel model() {
        return model;
    }

    /** What is wrong with the link (shown in red on the screens), or null. */
    public String banner() {
        return navigator.banner();
    }

    /** Milliseconds on the screens' clock (the lobby's polling period runs on it). */
    public long now() {
        return clock.getAsLong();
    }

    /** Replaces the screens' clock: tests drive the lobby's polling period by hand. */
    public App clock(LongSupplier clock) {
        this.clock = clock;
        return this;
    }

    /** Sends without waiting (GUI thread). */
    public void send(ClientMessage m) {
        link.send(m);
    }

    /** Sends a request with an id without waiting; {@link ServerLink#pending} tells whether its reply has come (GUI thread). */
    public String request(ClientMessage m) {
        return link.request(m);
    }

    /** The link, for the requests in flight: pending, answered, dropped with a dead link, sent again (GUI thread). */
    ServerLink link() {
        return link;
    }

    /** Replaces the screen. */
    public void showMain(FullWindow w) {
        screens.showMain(w);
    }

    /** The main screen shown now, or null before the first one. */
    public FullWindow main() {
        return screens.main();
    }

    /** Opens a window over the main screen and gives it the keys (GUI thread). */
    public void openDialog(Window w) {
        screens.openDialog(w);
    }

    void closeDialogs() {
        screens.closeDialogs();
    }

    /** Shows this help text followed by the keys every screen shares. */
    public void showHelp(String text) {
        openDialog(new TextDialog(this, "Help", text + "\n\n" + Help.COMMON));
    }

    /** Shows a text in a dialog (Esc closes it). */
    public void showMessage(String title, String text) {
        openDialog(new TextDialog(this, title, text));
    }

    /** Asks whether to quit; yes quits (see {@link #quit()}). */
    public void confirmQuit() {
        openDialog(new ConfirmDialog(this, "Quit", hooks.quitQuestion(), this::quit));
    }

    /** Ends the session: tells the server, closes the link, releases {@link #awaitQuit()}. */
    public void quit() {
        link.close(new ClientMessage.Leave());
        life.end();
    }

    /** True once the player has quit. */
    public boolean isFinished() {
        return life.isFinished();
    }

    /** Blocks the calling (non-GUI) thread until the player quits. */
    public void awaitQuit() throws InterruptedException {
        life.await();
    }

    /** Like {@link #awaitQuit()}, for at most {@code ms}; true if the player quit. */
    public boolean awaitQuit(long ms) throws InterruptedException {
        return life.await(ms);
    }

    /** The thread that owns the screens: changes to them go through it. */
    public TextGUIThread guiThread() {
        return gui.getGUIThread();
    }

    /** The Lanterna GUI the screens live in. */
    public MultiWindowTextGUI gui() {
        return gui;
    }

    /** Stops the clock and the link without the quit dialog (GUI already gone). */
    public void shutdown() {
        life.stopTicker();
        link.close(null);
    }
}
