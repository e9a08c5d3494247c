package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import org.truce.client.model.ClientSettings;
import org.truce.server.cli.HostPort;
import org.truce.shared.protocol.ClientMessage;

/** LAN play's first screen: the server, your name, the rooms; create a room, join by code. */
public final class LobbyWindow extends FullWindow {
    /** The port the lobby assumes when the address gives none. */
    public static final int DEFAULT_PORT = 7777;
    /** How often the room list is asked for again while the lobby or a room's seats show (well within the server's request limits). */
    static final long POLL_MS = 5000;
    private final ClientSettings settings;
    private final Label header = Style.bar(new Label(""));
    private final TextBox server = new CharTextBox(new TerminalSize(30, 1));
    private final TextBox name = new CharTextBox(new TerminalSize(20, 1));
    private final TextBox code = new CharTextBox(new TerminalSize(10, 1));
    private final Label status = new Label("");
    private final ActionListBox rooms = Style.marked(new ActionListBox(new TerminalSize(76, 8)));
    private final RoomListBox roomList = new RoomListBox(rooms);
    private final Label keys = Style.bar(new Label(""));
    private boolean connected;
    private long lastAsk;
    private boolean createWanted;
    /**
     * The name was given for this run ({@code --name}, typed or confirmed with Enter in the field, or
     * confirmed on {@link ReturnSeatWindow}). Only then is a saved seat resumed without asking: on a
     * shared account the saved name is whoever played last, not necessarily who sits here now.
     */
    private boolean nameChosen;
    /** A line shown instead of the room count (after N on {@link ReturnSeatWindow}), or null. */
    private String hint;

    /**
     * The lobby; a null {@code address} or {@code playerName} is taken from the settings (else localhost:7777 and the
     * user name).
     */
    public LobbyWindow(App app, ClientSettings settings, String address, String playerName) {
        super(app, "Lobby");
        this.settings = settings;
        fill(server, address == null ? settings.get("server", "localhost:" + DEFAULT_PORT) : address);
        fill(name, playerName == null ? settings.get("name", System.getProperty("user.name", "player")) : playerName);
        nameChosen = playerName != null;
        name.setTextChangeListener((text, byUser) -> nameChosen |= byUser);
        Panel form = new Panel(new GridLayout(3).setLeftMarginSize(1));
        form.addComponent(new Label("Server"));
        form.addComponent(server);
        form.addComponent(new Button("Connect", this::connect));
        form.addComponent(new Label("Your name"));
        form.addComponent(name);
        form.addComponent(new Label(""));
        form.addComponent(new Label("Room code"));
        form.addComponent(code);
        form.addComponent(new Button("Join by code", this::joinByCode));
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(form);
        root.addComponent(status);
        root.addComponent(new Label(" Rooms (Enter to choose a seat):"));
        root.addComponent(rooms);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button("Create a room", this::create));
        buttons.addComponent(new Button("Refresh", this::refreshRooms));
        root.addComponent(buttons);
        root.addComponent(keys);
        setComponent(root);
        setFocusedInteractable(server);
    }

    /**
     * The server cannot be changed here (the SSH door: its players reach only the server they came
     * in through); the focus starts on the room list.
     */
    public LobbyWindow fixedServer() {
        server.setReadOnly(true);
        server.setEnabled(false);
        setFocusedInteractable(rooms);
        return this;
    }

    /** Sets a field's text with the cursor after it, where Backspace and typing expect it. */
    static void fill(TextBox box, String text) {
        box.setText(text);
        box.setCaretPosition(text.length());
    }

    /** Enter in a field does that field's job: connect, take the name, or join the room typed. */
    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == com.googlecode.lanterna.input.KeyType.Enter) {
            com.googlecode.lanterna.gui2.Interactable f = getFocusedInteractable();
            if (f == code) {
                joinByCode();
                return true;
            }
            if (f == name) {
                nameChosen = true; // Enter on the name shown confirms it
            }
            if (f == server || (f == name && !connected)) {
                connect();
                return true;
            }
            if (f == name) {
                if (nameReady()) {
                    status.setText(" Connected as " + app.name() + ".");
                }
                return true;
            }
        }
        return super.handleInput(key);
    }

    /**
     * The name typed counts without pressing Connect: a changed name is checked, remembered and
     * sent (a new hello) before a room is opened or created. False (with a message) if it is not a valid name.
     */
    private boolean nameReady() {
        String typed = name.getText().strip();
        if (typed.equals(app.name())) {
            return true;
        }
        String problem = org.truce.client.model.PlayerName.problem(typed);
        if (problem != null) {
            app.showMessage("Your name", problem);
            return false;
        }
        app.name(typed);
        settings.put("name", typed);
        settings.save();
        if (connected) {
            app.send(new ClientMessage.Hello(typed, org.truce.shared.protocol.ProtocolCodec.PROTOCOL_VERSION, null, null, Boolean.TRUE, null)
                    .withFeatures());
        }
        return true;
    }

    /** Connects to the address in the form (Enter on Connect). */
    public void connect() {
        connect(a -> { });
    }

    /**
     * Shows the seats of a room and asks for the room list at once (so the seats show without
     * waiting for the lobby's refresh). If this client held a seat there, asks for it back.
     */
    public void openRoom(String roomCode) {
        String c = roomCode.toUpperCase(java.util.Locale.ROOT);
        if (!connected) {
            // no link yet (join without an address): connect to the server typed, then open the room; until then
            // the lobby stays, its header saying if the server cannot be reached
            if (connect(a -> openRoom(c))) {
                status.setText(" Connecting to " + server.getText().strip() + " to open room " + c + "…");
            }
            return;
        }
        if (!nameReady()) {
            return;
        }
        hint = null;
        app.showMain(new SeatWindow(app, this, c)); // it asks for the room list at once
        String token = app.seats().token(c);
        if (token != null && app.model().seatToken() == null) {
            resumeStored(c, app.seats().party(c), token);
        }
    }

    /**
     * Asks for a saved seat back: at once if the name was given for this run, else only after the
     * player confirms the name on a clear screen ({@link ReturnSeatWindow}); N resumes nothing.
     */
    void resumeStored(String room, String party, String token) {
        if (nameChosen) {
            app.resumeSeat(room, token, false);
            return;
        }
        app.closeDialogs();
        app.showMain(new ReturnSeatWindow(app, room, party, () -> {
            nameChosen = true;
            app.showMain(new SeatWindow(app, this, room));
            app.resumeSeat(room, token, false);
        }, () -> chooseAnotherName(room)));
    }

    /** Back to the lobby with the name field focused and the room's code filled in, nothing resumed. */
    private void chooseAnotherName(String room) {
        fill(code, room);
        app.showMain(this);
        setFocusedInteractable(name);
        hint = " Type your own name, then Tab and Enter for room " + room + ".";
        ask();
    }

    /**
     * {@code join --room CODE [--party P]}: the room's seats at once; back into the seat this
     * client held there if it remembers one, else straight into {@code party} if given.
     */
    public void goToRoom(String roomCode, String party) {
        goToRoom(roomCode, party, false);
    }

    /** As {@link #goToRoom(String, String)}; {@code member}: join the team of the seat instead of taking it. */
    public void goToRoom(String roomCode, String party, boolean member) {
        String c = roomCode.toUpperCase(java.util.Locale.ROOT);
        boolean resuming = app.seats().token(c) != null;
        openRoom(c);
        if (party != null && !resuming) {
            app.send(new ClientMessage.Join(c, party.toUpperCase(java.util.Locale.ROOT), member ? ClientMessage.Join.MEMBER : null));
        }
    }

    /**
     * Connects, then runs {@code then} once the link is first up. False (with a message) if the
     * address or the name typed is not valid: nothing was started.
     */
    public boolean connect(java.util.function.Consumer<App> then) {
        String addr = server.getText().strip();
        if (addr.isEmpty()) {
            app.showMessage("Server", "Type the server's address, as in 192.168.1.20:7777.");
            return false;
        }
        HostPort hostPort;
        try {
            hostPort = HostPort.parse(addr); // the same reading as truce join HOST[:PORT]
        } catch (HostPort.BadAddress e) {
            app.showMessage("Server", "That address does not work: " + e.problem() + ".");
            return false;
        }
        String problem = org.truce.client.model.PlayerName.problem(name.getText());
        if (problem != null) {
            app.showMessage("Your name", problem);
            return false;
        }
        settings.put("server", addr);
        settings.put("name", name.getText().strip());
        settings.save();
        app.name(name.getText().strip());
        app.rememberSeats(settings, hostPort.toString());
        app.onPlayAgain("Lobby", () -> {
            app.send(new ClientMessage.Leave());
            app.model().resetGame();
            app.showMain(this);
            ask();
        });
        status.setText(" Connecting to " + addr + "…");
        app.onFirstLink(a -> {
            connected = true;
            ask();
            then.accept(a);
        });
        app.onSeatLost(room -> {
            // the table is gone: the room's seats to choose again, or the lobby if the room is gone too
            if (room == null) {
                app.showMain(this);
                ask();
            } else {
                app.showMain(new SeatWindow(app, this, room)); // it asks for the room list
            }
        });
        app.onRoomCreated(rc -> {
            if (rc.facilitatorKey() != null) {
                // only the creator ever sees this: it closes the room or frees an abandoned seat
                app.model().add(org.truce.client.model.LogEntry.Kind.EVENT, 0, "You created room " + rc.code()
                        + ". Its facilitator key (close_room / free_seat, see docs/CLASSROOM.md): " + rc.facilitatorKey());
            }
            openRoom(rc.code());
        });
        app.connect(app.dial(hostPort.host(), hostPort.port()));
        return true;
    }

    /**
     * Asks for the room list (and the scenarios) now; the lobby and a room's seats show them.
     * Returns the room list request's id: {@link org.truce.client.net.ServerLink#answered} tells when its reply is in.
     */
    String ask() {
        lastAsk = app.now();
        app.send(new ClientMessage.ListScenarios());
        return app.request(new ClientMessage.ListRooms());
    }

    /** Refresh (F5): the room list again, connecting first if there is no link yet (it lists the rooms once up). */
    private void refreshRooms() {
        if (connected) {
            ask();
        } else {
            connect();
        }
    }

    private void joinByCode() {
        org.truce.client.model.RejoinCode rejoin = org.truce.client.model.RejoinCode.parse(code.getText());
        if (rejoin != null) {
            rejoin(rejoin);
            return;
        }
        String c = code.getText().strip().toUpperCase(java.util.Locale.ROOT);
        if (c.isEmpty()) {
            // an empty field did nothing at all: say what Join by code wants, and where else rooms are
            app.showMessage("Join by code", "Type a room code (its creator sees it at the top of the room's seats),"
                    + " or choose a room in the list below: ↓ to reach it, Enter to open it.");
            return;
        }
        openRoom(c);
    }

    /** A rejoin code typed: the room's seats, and that seat asked for back (a seat in use asks first). */
    private void rejoin(org.truce.client.model.RejoinCode rejoin) {
        if (!connected) {
            connect(a -> rejoin(rejoin));
            return;
        }
        if (!nameReady()) {
            return;
        }
        hint = null;
        app.showMain(new SeatWindow(app, this, rejoin.room()));
        app.typedRejoinCode(rejoin.token());
        app.resumeSeat(rejoin.room(), rejoin.token(), false);
    }

    private void create() {
        if (!nameReady()) {
            return;
        }
        if (app.model().scenarios().isEmpty()) {
            if (connected) {
                // the link is up but the scenario list is still on its way: the dialog opens when it lands
                createWanted = true;
                status.setText(" Connected. Fetching the scenarios…");
                ask();
            } else if (connect(a -> createWanted = true)) {
                // no link yet: connect to the server typed; the dialog opens once its scenarios are in
                status.setText(" Connecting to " + server.getText().strip() + " to create a room…");
            }
            return;
        }
        createWanted = false;
        app.openDialog(new CreateRoomDialog(app));
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        header.setText(Text.pad(" TRUCE · Lobby" + (app.banner() == null ? "" : " · " + app.banner()), cols));
        if (createWanted && !app.model().scenarios().isEmpty() && app.main() == this) {
            create();
        }
        if (connected && app.banner() != null) {
            // the header says why (no answer, connection lost): the list below is as it was when last heard
            status.setText(" Not connected: the rooms below may have changed since.");
        } else if (connected) {
            status.setText(hint != null ? hint : " Connected. " + app.model().rooms().size() + " room(s).");
            keepFresh();
        }
        roomList.show(app.model().rooms(), cols, size().getRows(), this::openRoom);
        keys.setText(Text.pad(" ↑↓ Tab Move  Enter Select  F2 Create a room  F5 Refresh  F1 Help  Esc Quit", cols));
    }

    /**
     * Asks for the room list again once {@link #POLL_MS} have passed on the app's clock since the
     * last ask; returns the request's id if it asked, else null.
     */
    String keepFresh() {
        if (connected && app.now() - lastAsk > POLL_MS && app.banner() == null) { // no polling while the link is down
            return ask();
        }
        return null;
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (key.getKeyType() == com.googlecode.lanterna.input.KeyType.F5) {
            refreshRooms();
            return true;
        }
        if (key.getKeyType() == com.googlecode.lanterna.input.KeyType.F2) {
            create();
            return true;
        }
        return false;
    }

    @Override
    protected void back() {
        app.confirmQuit();
    }

    @Override
    protected String help() {
        return Help.LOBBY;
    }
}
