package org.truce.client.console;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.truce.client.model.Names;
import org.truce.client.ui.App;
import org.truce.client.ui.ConfirmDialog;
import org.truce.client.ui.CreateRoomDialog;
import org.truce.client.ui.Keys;
import org.truce.shared.bot.Bot;
import org.truce.shared.engine.Rules;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ClientMessage.Facilitation;
import org.truce.shared.protocol.ServerParts.InjectStatus;
import org.truce.shared.protocol.ServerParts.RoomOverview;
import org.truce.shared.protocol.ServerParts.SeatStatus;
import org.truce.shared.protocol.ServerParts;

/**
 * The facilitator's controls for the selected room, or every room in "all rooms" mode: each asks
 * what it needs in a dialog, then sends its request without waiting; the reply (facilitated, or
 * an error) shows as the console's bottom line.
 */
final class Controls {
    private final App app;
    private final Console console;
    /** The last set-up's request (its room count is the next one's suggestion), or null. */
    private ClientMessage.CreateRooms lastCount;

    Controls(App app, Console console) {
        this.app = app;
        this.console = console;
    }

    /** Runs the control on this key; false if the key is not one. */
    boolean key(KeyStroke key) {
        Character c = key.getCharacter();
        boolean control = c != null && "prxn+ibfclkPRXNIBFCLK".indexOf(c) >= 0 && !key.isCtrlDown() && !key.isAltDown();
        if (control && console.watchedRoom() == null) {
            console.model().say("", false); // the last line was about an earlier control: not shown under this one's dialog
        }
        if (control && !connected()) {
            return true; // refused at once, before any question: said at the bottom
        }
        // the room is fixed now: a class_state arriving while a dialog is open must not move the control elsewhere
        String room = control ? target() : null;
        if (control && room == null) {
            return true; // no room to act on: target() said why
        }
        if (Keys.is(key, 'p')) {
            act(room, "pause", "Paused", r -> new ClientMessage.Pause(r, null));
        } else if (Keys.is(key, 'r')) {
            act(room, "resume", "Resumed", r -> new ClientMessage.Resume(r, null));
        } else if (Keys.is(key, 'x')) {
            ask("Extend the clock", "Seconds to add to the current clock" + where(room) + " (1..3600):", "60", 0, text -> {
                Integer s = AskDialog.number(text, 1, 3600);
                return s == null ? "Type a whole number of seconds, 1 to 3600." : act(room, "extend", "Gave " + s + " more seconds in", r -> new ClientMessage.Extend(r, s, null));
            });
        } else if (Keys.is(key, '+')) {
            ask("Add rounds", "Rounds to add" + where(room) + " (1..49; 50 rounds at most in all):", "1", 0, text -> {
                Integer n = AskDialog.number(text, 1, 49);
                return n == null ? "Type a whole number of rounds, 1 to 49." : act(room, "add_rounds", "Added " + n + " round" + (n == 1 ? "" : "s") + " in", r -> new ClientMessage.AddRounds(r, n, null));
            });
        } else if (Keys.is(key, 'n')) {
            ask("Announce", "A message to every seat and spectator" + where(room) + ", shown as the facilitator's:", "", Rules.MAX_TEXT, text ->
                    text.isEmpty() ? "Type the message (Esc cancels)." : AskDialog.length(text) > Rules.MAX_TEXT ? "At most " + Rules.MAX_TEXT + " characters." : act(room, "announce", "Announced in", r -> new ClientMessage.Announce(r, text, null)));
        } else if (Keys.is(key, 'i')) {
            inject(room);
        } else if (Keys.is(key, 'l')) {
            nameLead(room);
        } else if (Keys.is(key, 'k')) {
            removeMember(room);
        } else if (Keys.is(key, 'b')) {
            seat(room, true);
        } else if (Keys.is(key, 'f')) {
            seat(room, false);
        } else if (Keys.is(key, 'c')) {
            app.openDialog(new ConfirmDialog(app, "Close", (Facilitation.ALL.equals(room)
                    ? "Close EVERY room? The games end for everyone"
                    : "Close room " + room + "? Its game ends for everyone in it") + ", recorded as closed by the facilitator.",
                    () -> act(room, "close_room", "Closed", r -> new ClientMessage.CloseRoom(r, null))));
        } else {
            return false;
        }
        return true;
    }

    /** Asks for a line; {@code max} > 0: with a character count against it. */
    private void ask(String title, String question, String initial, int max, java.util.function.Function<String, String> action) {
        app.openDialog(new AskDialog(app, title, question, initial, max, action));
    }

    /** " in room K7QX2P" or " in every room". */
    private static String where(String room) {
        return Facilitation.ALL.equals(room) ? " in every room" : " in room " + room;
    }

    /** The room a control acts on: the selected one, "all", or null (no room: said at the bottom). */
    private String target() {
        ClassModel m = console.model();
        if (console.watchedRoom() != null) {
            return console.watchedRoom(); // watching: the controls act on the room on the screen
        }
        if (m.all()) {
            return Facilitation.ALL;
        }
        if (m.selected() == null) {
            m.say("No room to act on yet: S sets up a class.", true);
            return null;
        }
        if (m.selected().closed()) {
            m.say(closed(m.selected().code()), true); // nothing to run there: said, not sent
            return null;
        }
        return m.selected().code();
    }

    /** What a control or Enter says on a closed room. */
    static String closed(String code) {
        return "Room " + code + " is closed.";
    }

    /**
     * Sends the request for {@code room} (fixed when the key was pressed); returns null (a dialog's "taken"). {@code action} is its
     * wire type and {@code did} what its reply will say it did ("Added 2 rounds in" + the rooms).
     */
    private String act(String room, String action, String did, java.util.function.Function<String, Facilitation> make) {
        if (room != null && connected()) {
            Facilitation f = make.apply(room);
            console.sending(action, did);
            app.request(f);
            console.model().say("Sent to " + (Facilitation.ALL.equals(room) ? "every room" : "room " + room) + "; waiting for the server…", false);
            app.refreshAll();
        }
        return null;
    }

    /**
     * Whether the server can take a control now; if not, says so and nothing is sent (a control
     * queued while the link is down would run long after the teacher pressed it: a close, a seat).
     */
    boolean connected() {
        if (app.banner() == null && console.model().facilitator() != null) {
            return true;
        }
        console.model().say("Not connected: nothing was sent. Try again once the server is back (the red line at the top says when).", true);
        app.refreshAll();
        return false;
    }

    private void inject(String room) {
        ClassModel m = console.model();
        if (Facilitation.ALL.equals(room)) {
            injectEverywhere(m.rooms());
            return;
        }
        RoomOverview r = m.room(room); // the selected room, or the one watched
        if (r == null) {
            return;
        }
        if (r.injects().isEmpty()) {
            m.say("Room " + r.code() + "'s scenario has no news injects.", true);
            return;
        }
        List<String> labels = new ArrayList<>();
        for (InjectStatus i : r.injects()) {
            labels.add(OverviewView.injectLabel(i));
        }
        app.openDialog(new PickDialog(app, "Fire a news inject", "Which news" + where(room) + "? (✓ r2: fired in round 2; auto r4: fires by itself"
                + " when round 4 begins)", labels,
                i -> act(room, "inject", "Fired “" + r.injects().get(i).title() + "” in", code -> new ClientMessage.Inject(code, r.injects().get(i).id(), null))));
    }

    /** "All rooms": the injects every room still in play has in its scenario (by id), each with the rooms it fired in. */
    private void injectEverywhere(List<RoomOverview> rooms) {
        List<RoomOverview> open = new ArrayList<>();
        for (RoomOverview r : rooms) {
            if (!r.closed() && org.truce.shared.engine.Phase.fromWire(r.phase()) != org.truce.shared.engine.Phase.ENDED) {
                open.add(r); // (an ended room is skipped by the server anyway)
            }
        }
        List<InjectStatus> common = commonInjects(open);
        if (common.isEmpty()) {
            console.model().say(open.isEmpty() ? "No room in play to send news to." : "No news inject is common to all rooms: press A, then pick one room.", true);
            return;
        }
        List<String> labels = new ArrayList<>();
        for (InjectStatus i : common) {
            int fired = 0;
            for (RoomOverview r : open) {
                for (InjectStatus s : r.injects()) {
                    fired += java.util.Objects.equals(s.id(), i.id()) && s.firedRound() != null ? 1 : 0;
                }
            }
            // the mark first: a long title is cut at the dialog's edge, the count is not
            labels.add((fired == 0 ? "" : "✓ " + fired + " of " + open.size() + " rooms: ") + i.title());
        }
        app.openDialog(new PickDialog(app, "Fire a news inject", "Which news in every room? (✓: fired in some already)", labels,
                i -> act(Facilitation.ALL, "inject", "Fired “" + common.get(i).title() + "” in", room -> new ClientMessage.Inject(room, common.get(i).id(), null))));
    }

    /** The injects (the first room's, in its order) whose id every one of {@code rooms} has; none for no rooms. */
    static List<InjectStatus> commonInjects(List<RoomOverview> rooms) {
        List<InjectStatus> common = new ArrayList<>();
        if (rooms.isEmpty()) {
            return common;
        }
        for (InjectStatus i : rooms.get(0).injects()) {
            boolean everywhere = true;
            for (RoomOverview r : rooms) {
                everywhere &= r.injects().stream().anyMatch(s -> java.util.Objects.equals(s.id(), i.id()));
            }
            if (everywhere) {
                common.add(i);
            }
        }
        return common;
    }

    /** Hands a seat of {@code room} (the selected or watched one) to a bot ({@code bot}) or frees it. */
    private void seat(String room, boolean bot) {
        ClassModel m = console.model();
        if (Facilitation.ALL.equals(room)) {
            m.say("Seats are handed one room at a time: press A to leave \"all rooms\".", true);
            return;
        }
        RoomOverview r = m.room(room);
        if (r == null || r.seats().isEmpty()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (SeatStatus s : r.seats()) {
            boolean named = s.name() != null && s.presenceKind() != org.truce.shared.protocol.ServerParts.Presence.BOT;
            labels.add(OverviewView.party(console::scenario, r.scenario(), s.party()) + "  " + (named ? s.name() + ", " : "") + OverviewView.presence(s));
        }
        String code = r.code();
        app.openDialog(new PickDialog(app, bot ? "Hand a seat to a bot" : "Free a seat", "Which seat in room " + code + "?", labels, i -> {
            String party = r.seats().get(i).party();
            if (!bot) {
                act(code, "free_seat", "Freed " + Names.possessiveOf(OverviewView.party(console::scenario, r.scenario(), party)) + " seat in",
                        x -> new ClientMessage.FreeSeat(code, party, null));
                return;
            }
            List<String> strategies = new ArrayList<>(Bot.STRATEGIES);
            List<String> described = strategies.stream().map(Replies::strategy).toList();
            app.openDialog(new PickDialog(app, "Bot strategy", "How should the bot play?", described,
                    s -> act(code, "seat_bot", "Handed " + Names.possessiveOf(OverviewView.party(console::scenario, r.scenario(), party)) + " seat to a bot ("
                            + strategies.get(s) + ") in", x -> new ClientMessage.SeatBot(code, party, strategies.get(s), null))));
        }));
    }

    /** {@code name_lead}: a seat with a team in {@code room}, then who of it leads. */
    private void nameLead(String room) {
        RoomOverview r = Facilitation.ALL.equals(room) ? null : console.model().room(room);
        if (r == null) {
            console.model().say("Choose one room (not all) to name a team's lead.", true);
            app.refreshAll();
            return;
        }
        List<SeatStatus> teams = r.seats().stream().filter(s -> s.teamNames().size() > 1).toList();
        if (teams.isEmpty()) {
            console.model().say("No seat in room " + room + " has a team: one student per seat.", true);
            app.refreshAll();
            return;
        }
        List<String> labels = teams.stream().map(s -> OverviewView.party(console::scenario, r.scenario(), s.party()) + ": "
                + String.join(", ", s.teamNames()) + " (" + s.teamNames().get(0) + " leads)").toList();
        app.openDialog(new PickDialog(app, "Name a team's lead", "Which seat's team in room " + room + "?", labels, i -> {
            SeatStatus seat = teams.get(i);
            app.openDialog(new PickDialog(app, "Name the lead", "Who leads " + OverviewView.party(console::scenario, r.scenario(),
                    seat.party()) + " now?", seat.teamNames(), n -> act(room, "name_lead", seat.teamNames().get(n) + " leads "
                    + seat.party() + " in", x -> new ClientMessage.NameLead(room, seat.party(), seat.teamNames().get(n), null))));
        }));
    }

    /** {@code remove_member}: a seat with a team in {@code room}, then which member leaves it (their token stops working). */
    private void removeMember(String room) {
        RoomOverview r = Facilitation.ALL.equals(room) ? null : console.model().room(room);
        List<SeatStatus> teams = r == null ? List.of() : r.seats().stream().filter(s -> s.teamNames().size() > 1).toList();
        if (teams.isEmpty()) {
            console.model().say(r == null ? "Choose one room (not all) to remove a team member."
                    : "No seat in room " + room + " has a team: nobody to remove.", true);
            app.refreshAll();
            return;
        }
        List<String> labels = teams.stream().map(s -> OverviewView.party(console::scenario, r.scenario(), s.party()) + ": "
                + String.join(", ", s.teamNames()) + " (" + s.teamNames().get(0) + " leads)").toList();
        app.openDialog(new PickDialog(app, "Remove a team member", "Which seat's team in room " + room + "?", labels, i -> {
            SeatStatus seat = teams.get(i);
            List<String> members = seat.teamNames().subList(1, seat.teamNames().size()); // the lead is not a member
            app.openDialog(new PickDialog(app, "Remove a member", "Who leaves " + Names.possessiveOf(OverviewView.party(console::scenario,
                    r.scenario(), seat.party())) + " team? Their place goes; they may join again", members, n -> act(room, "remove_member",
                    "Removed " + members.get(n) + " from " + seat.party() + "'s team in",
                    x -> new ClientMessage.RemoveMember(room, seat.party(), members.get(n), null))));
        }));
    }

    /** Set up a class: how many rooms, then the rooms' settings (the lobby's dialog), then {@code create_rooms}. */
    void setUp() {
        if (app.model().scenarios().isEmpty()) {
            app.send(new ClientMessage.ListScenarios());
            console.model().say("Asking the server for its scenarios: try S again in a moment.", true);
            app.refreshAll();
            return;
        }
        ClientMessage.CreateRooms last = lastCount;
        app.openDialog(new AskDialog(app, "Set up a class", "How many rooms (1..30)? Each gets the same scenario, bots and clocks"
                + (last == null ? "." : " (as the last set-up, to change if you like)."), last == null ? "3" : String.valueOf(last.count()), text -> {
            Integer n = AskDialog.number(text, 1, 30);
            if (n == null) {
                return "Type a whole number of rooms, 1 to 30.";
            }
            // opened once this dialog has closed, so the new one gets the keys
            app.guiThread().invokeLater(() -> app.openDialog(new CreateRoomDialog(app, "Set up " + n + " room" + (n == 1 ? "" : "s"), "Create " + n + " room" + (n == 1 ? "" : "s"),
                    c -> {
                        ClientMessage.CreateRooms create = new ClientMessage.CreateRooms(c.scenario(), n, c.bots(), c.rounds(), c.turnSeconds(),
                                c.voteSeconds(), c.difficulty(), null);
                        app.request(create);
                        lastCount = create;
                        console.creating(c);
                        console.model().say("Creating " + n + " room" + (n == 1 ? "" : "s") + "…", false);
                        app.refreshAll();
                    }).startingFrom(console.lastSetUp())));
            return null;
        }));
    }
}
