package org.truce.client.ui;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.client.model.GameModel;
import org.truce.client.net.ServerLink;
import org.truce.shared.protocol.NoticeKind;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerMessage;

/**
 * Where what the link hears takes the player: the first link-up starts the flow (solo: create the
 * room; LAN: the lobby), a lost link shows a banner, and a message goes to the model and then to
 * the table once seated, to the debrief when the game ends, to the room's seats, the lobby or
 * {@link GoneWindow} when the table no longer works. GUI thread only.
 */
final class Navigator implements ServerLink.Events {
    private static final Logger LOG = LoggerFactory.getLogger(Navigator.class);

    private final App app;
    private final GameModel model;
    private final Screens screens;
    private final SeatMemory seats;
    private Consumer<ServerMessage.RoomCreated> onRoomCreated = rc -> { };
    /** Where a player whose table is gone goes (LAN: the room's seats, or the lobby for null); null: {@link GoneWindow}. */
    private Consumer<String> onSeatLost;
    private Consumer<App> onFirstLink = a -> { };
    private String banner;
    private boolean everUp;
    /** Counts the room states received. */
    private int statesSeen;
    /** Counts the room lists received. */
    private int roomsSeen;

    Navigator(App app, GameModel model, Screens screens, SeatMemory seats) {
        this.app = app;
        this.model = model;
        this.screens = screens;
        this.seats = seats;
    }

    void onRoomCreated(Consumer<ServerMessage.RoomCreated> action) {
        this.onRoomCreated = action;
    }

    void onSeatLost(Consumer<String> action) {
        this.onSeatLost = action;
    }

    void onFirstLink(Consumer<App> action) {
        this.onFirstLink = action;
    }

    /** A new connection is being made: its first link-up starts the flow again. */
    void connecting() {
        everUp = false;
    }

    /** What is wrong with the link, or null. */
    String banner() {
        return banner;
    }

    /** How many room states have arrived. */
    int statesSeen() {
        return statesSeen;
    }

    /** How many room lists have arrived. */
    int roomsSeen() {
        return roomsSeen;
    }

    @Override
    public void fatal(String reason) {
        banner = "⚠ Not connected: " + reason;
        LOG.warn("link given up: {}", reason);
        screens.refreshAll();
    }

    @Override
    public void unreachable(String reason) {
        banner = "⚠ Could not connect: " + reason;
        screens.refreshAll();
    }

    @Override
    public void link(boolean up, String detail, long retryMs) {
        if (up) {
            if (banner != null && everUp && model.room() != null) {
                model.linkBack(); // the log says the table is live again, after the shutdown or drop it told of
            }
            banner = null;
            if (!everUp) {
                everUp = true;
                onFirstLink.accept(app);
            } else if (model.seatToken() == null) {
                if (model.room() != null && model.party() == null) {
                    app.send(new ClientMessage.Spectate(model.room(), model.watchSince(model.room()))); // a spectator watches on after a server restart
                }
                app.send(new ClientMessage.ListRooms());
            }
        } else {
            banner = "⚠ " + capital(detail) + " — reconnecting in " + Math.max(1, (retryMs + 999) / 1000) + " s…";
        }
        screens.refreshAll();
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? "Disconnected" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void message(ServerMessage raw, String re) {
        String room = model.room();
        String token = model.seatToken();
        ServerMessage m = model.accept(raw);
        if (m == null) {
            return; // malformed: logged by the model
        }
        ClientMessage.Spectate catchUp = model.catchUp();
        if (catchUp != null) {
            app.send(catchUp); // a spectator missed an event: what it missed comes again
        }
        if (m instanceof ServerMessage.State) {
            statesSeen++;
        } else if (m instanceof ServerMessage.Rooms) {
            roomsSeen++;
        }
        if (app.consoleHooks().took(m)) {
            screens.refreshAll();
            return;
        }
        follow(m, room, token);
    }

    /** Whether there is somewhere to go back to from the table (a lobby: LAN play, not the solo game). */
    boolean hasLobby() {
        return onSeatLost != null;
    }

    /**
     * Follows a message the model has taken in; {@code room} and {@code token}: the model's room
     * and seat token before it.
     */
    private void follow(ServerMessage m, String room, String token) {
        if (m instanceof ServerMessage.Joined j) {
            seats.joined(j.room(), j.party(), j.seatToken());
            if (app.rejoinCodes() && j.seatToken() != null && !j.seatToken().equals(token)) {
                model.add(org.truce.client.model.LogEntry.Kind.EVENT, 0,
                        new org.truce.client.model.RejoinCode(j.room(), j.seatToken()).line());
            }
        }
        if (tableGone(m, room, token)) {
            screens.refreshAll();
            return;
        }
        if (m instanceof ServerMessage.GameOver && room != null) {
            seats.store(room, model.party(), null); // nothing to come back to
        }
        FullWindow main = screens.main();
        if (m instanceof ServerMessage.RoomCreated rc) {
            onRoomCreated.accept(rc);
        } else if (m instanceof ServerMessage.Joined || m instanceof ServerMessage.Spectating) {
            if (!(main instanceof TableWindow)) {
                screens.showMain(new TableWindow(app));
            }
        } else if (m instanceof ServerMessage.GameOver && room != null) {
            // (none: the end of a room this client has left, still in flight, whatever comes next)
            screens.closeDialogs();
            screens.showMain(new DebriefWindow(app));
        } else if (m instanceof ServerMessage.Error e) {
            LOG.info("server error {}: {}", e.code(), e.message());
            if (main instanceof SeatWindow sw) {
                sw.refused(e.code());
            }
            // hello_first: a request that followed a refused hello on a new link (the hello is sent again)
            if (!ErrorCode.NOT_HELLO.is(e.code()) && !(main instanceof TableWindow) && !(main instanceof DebriefWindow)) {
                app.showMessage("The server says", e.message());
            }
        }
        screens.refreshAll();
    }

    /**
     * The messages after which this client's table no longer works: a seat token refused (freed,
     * closed, or used by another connection), the seat taken over, the room closed. Each goes to
     * a screen that works, saying what happened and what to do. True if handled here.
     */
    private boolean tableGone(ServerMessage m, String room, String token) {
        if (m instanceof ServerMessage.Error e && token != null
                && (ErrorCode.BAD_TOKEN.is(e.code()) || ErrorCode.SEAT_IN_USE.is(e.code()))) {
            String where = room != null ? room : seats.resumeRoom();
            model.presetSeatToken(null); // stop asking for it on every reconnect
            seats.refused();
            app.send(app.hello()); // a refused hello changes nothing: a new link is not greeted yet
            if (ErrorCode.BAD_TOKEN.is(e.code())) {
                seats.forget(token);
                seatLost(where, "Your seat is gone", capital(e.message()) + ".");
            } else if (!app.mayTakeOver(token)) {
                // known by name only: the name is no proof while the seat's player is still there
                seatLost(where, "Your seat is in use", "Your seat in room " + where + " is in use on another screen"
                        + " (" + e.message().replaceAll(".* is in use by (.*) on another connection.*", "by $1") + ")."
                        + " To take it over from here, type its rejoin code (shown in the table's log when you took"
                        + " the seat) in the lobby's Room code field. Or choose another seat.");
            } else {
                seatLost(where, null, null);
                app.openDialog(new ConfirmDialog(app, "Your seat is in use", "Take over your seat in room " + where + "? It is in"
                        + " use on another screen (" + e.message().replaceAll(".* is in use by (.*) on another connection.*", "by $1")
                        + "), perhaps your own in another terminal; that screen goes back to choosing a seat."
                        + " No: choose another seat here.", () -> app.resumeSeat(where, token, true)));
            }
            return true;
        }
        if (m instanceof ServerMessage.Notice n && room != null) {
            if (NoticeKind.fromWire(n.kind()) == NoticeKind.REPLACED) {
                // the token stays on disk: it is still this player's if they take the seat back
                seatLost(room, "Your seat was taken over", capital(n.text()) + ". This screen is no longer at the"
                        + " table. Close this note (Esc), then choose a seat (your old one asks whether to take it back),"
                        + " or press Esc again for the lobby.");
                return true;
            }
            if (NoticeKind.fromWire(n.kind()) == NoticeKind.REMOVED) {
                // the lead or the facilitator took this player's place in the team: its token no longer works
                seats.store(room, model.party(), null);
                seatLost(room, "Removed from the team", capital(n.text()) + ". This screen is no longer at the table;"
                        + " choose a seat (or ask the lead to let you back in the team).");
                return true;
            }
            if (NoticeKind.fromWire(n.kind()) == NoticeKind.CLOSED && model.gameOver() == null) {
                seats.store(room, model.party(), null);
                seatLost(null, "Room closed", capital(n.text()) + (onSeatLost == null ? "." : ". Choose another room or create one."));
                return true;
            }
        }
        if (m instanceof ServerMessage.Error e && ErrorCode.UNKNOWN_ROOM.is(e.code()) && room != null
                && model.party() == null && screens.main() instanceof TableWindow) {
            seatLost(null, "Room closed", "Room " + room + " is no longer on the server. Choose another room or create one.");
            return true;
        }
        return false;
    }

    /**
     * Leaves the room on purpose ({@code leave}): a spectator stops watching and goes to the lobby;
     * a player whose game has not started frees the seat (its token no longer works) and goes back
     * to the room's seats. Nothing without a lobby (solo).
     */
    void leaveTable() {
        String room = model.room();
        String party = model.party();
        if (onSeatLost == null || room == null) {
            return;
        }
        app.send(new ClientMessage.Leave());
        seats.store(room, party, null); // the server revokes a lobby seat's token: nothing to come back to
        seatLost(party == null ? null : room, null, null);
    }

    /** Leaves the dead table for the room's seats, the lobby, or (no lobby) {@link GoneWindow}. */
    private void seatLost(String room, String title, String text) {
        screens.closeDialogs();
        model.resetGame();
        seats.lost();
        if (onSeatLost == null) {
            screens.showMain(new GoneWindow(app, title == null ? "Seat lost" : title, text == null ? "" : text));
            return;
        }
        onSeatLost.accept(room);
        if (title != null) {
            app.showMessage(title, text);
        }
    }
}
