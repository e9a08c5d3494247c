package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.truce.shared.protocol.Occupant;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ErrorCode;
import org.truce.shared.protocol.ServerParts.RoomSummary;
import org.truce.shared.protocol.ServerParts.Seat;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;

/** Choose a seat in a room: every party with its line of description and who holds it. */
final class SeatWindow extends FullWindow {
    private final LobbyWindow lobby;
    private final String code;
    private final Label header = Style.bar(new Label(""));
    private final ActionListBox seats = Style.marked(new ActionListBox());
    private final Label keys = Style.bar(new Label(""));
    private final LabelColumn detail = new LabelColumn(3);
    private String shown = "";
    /**
     * The room list asked for since this screen opened: its reply without the room means the room
     * is not there (a list asked for earlier, still on its way, says nothing). Null: none asked.
     */
    private String listAsked;
    /** {@link #listAsked} has been answered: the room list shown is at least as new as this screen. */
    private boolean listed;

    SeatWindow(App app, LobbyWindow lobby, String code) {
        super(app, "Seats");
        this.lobby = lobby;
        this.code = code;
        this.listAsked = lobby == null ? null : lobby.ask(); // the seats at once, not at the lobby's next poll
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(new Label(""));
        root.addComponent(new Label(" Choose your seat (Enter). A seat held by a bot or a human cannot be taken."));
        root.addComponent(seats);
        root.addComponent(new Label(""));
        root.addComponent(detail);
        root.addComponent(keys);
        setComponent(root);
        setFocusedInteractable(seats);
    }

    private RoomSummary room() {
        for (RoomSummary r : app.model().rooms()) {
            if (r.code().equalsIgnoreCase(code)) {
                return r;
            }
        }
        return null;
    }

    private ScenarioInfo scenario(RoomSummary r) {
        for (ScenarioInfo s : app.model().scenarios()) {
            if (r != null && s.id().equals(r.scenario())) {
                return s;
            }
        }
        return null;
    }

    private boolean placed;
    /** Where the marker was put from a list older than this screen's own ask, or -1. */
    private int provisional = -1;

    /**
     * A join the server refused because the list shown was out of date (the seat taken or the
     * room gone): the room list is asked for at once, not at the lobby's next poll.
     */
    void refused(String code) {
        if (lobby != null && (ErrorCode.SEAT_TAKEN.is(code) || ErrorCode.UNKNOWN_ROOM.is(code))) {
            if (ErrorCode.SEAT_TAKEN.is(code)) {
                // the seat went to someone else: once the fresh list is in, the marker moves to a free one
                listed = false;
                placed = false;
                provisional = -1;
            }
            asked(lobby.ask());
        }
    }

    /**
     * A room list asked for after this screen opened: it stands in for one not yet answered (it may
     * have been written to a link that died, and will never be).
     */
    private void asked(String id) {
        if (id != null && !listed && !app.link().answered(listAsked)) {
            listAsked = id;
        }
    }

    @Override
    public void refresh() {
        if (lobby != null) { // null only in layout tests fed by hand
            asked(lobby.keepFresh()); // the seats come from the lobby's room list: it is polled here as on the lobby
        }
        listed |= app.link().answered(listAsked);
        int cols = size().getColumns();
        RoomSummary r = room();
        ScenarioInfo info = scenario(r);
        header.setText(Text.pad(" TRUCE · Room " + code + (info == null ? "" : " · " + TableWindow.shortTitle(info.title())), cols));
        keys.setText(Text.pad(" ↑↓ Choose  Enter Take seat  M Join team  S Spectate  Esc Back  ? Help  Q Quit", cols));
        StringBuilder key = new StringBuilder();
        List<Seat> list = r == null || r.seats() == null ? List.of() : r.seats();
        for (Seat s : list) {
            key.append(s.party()).append(s.occupant()).append(s.name()).append(s.connected()).append(s.team());
        }
        boolean missing = r == null && listed;
        key.append(info == null ? "" : info.id()).append(cols).append(missing).append(listed);
        showDetail(list, info, cols);
        if (key.toString().equals(shown)) {
            return;
        }
        shown = key.toString();
        int sel = Math.max(0, seats.getSelectedIndex());
        seats.clearItems();
        if (r == null) {
            seats.addItem(missing ? "No room " + code + " on this server (closed, ended, or mistyped). Esc: the lobby"
                    : "Looking for room " + code + "… (Esc to go back)", () -> { });
            return;
        }
        int nameW = 15; // as wide as the longest party name (up to 26): none is cut
        for (Seat s : list) {
            Party p = info == null || info.partyIndex(s.party()) < 0 ? null : info.party(s.party());
            nameW = Math.max(nameW, Math.min(26, Text.cols(p == null ? s.party() : p.name())));
        }
        for (Seat s : list) {
            Party p = info == null || info.partyIndex(s.party()) < 0 ? null : info.party(s.party());
            String holder = s.occupant() == null ? "FREE"
                    : s.occupiedBy() == Occupant.BOT ? "bot (" + (s.strategy() == null ? "default" : s.strategy()) + ")"
                    : (s.name() == null ? "a player" : s.name()) + (here(s) > 0 ? "+" + here(s) : "")
                    + (s.connected() ? "" : " (away)");
            String line = Text.pad(p == null ? s.party() : p.name(), nameW) + " " + Text.pad(holder, 18);
            String about = p == null ? "" : " " + p.description();
            // the description follows when it fits whole; else it is shown wrapped under the list
            seats.addItem(Text.fit(Text.cols(line + about) <= cols - 5 ? line + about : line.stripTrailing(), cols - 5), () -> take(s));
        }
        if (!placed && !list.isEmpty()) {
            // the marker starts on the first free seat of the list on hand, and moves once more when the
            // seats show as of this screen's own ask (an older list may show a seat free that has since
            // been taken); a player who has moved it meanwhile keeps their choice
            boolean moved = provisional >= 0 && sel != provisional;
            if (!moved) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).occupant() == null) {
                        sel = i;
                        break;
                    }
                }
                provisional = sel;
            }
            placed = moved || listed || lobby == null;
        }
        seats.setSelectedIndex(Math.min(sel, Math.max(0, list.size() - 1)));
        seats.setPreferredSize(new TerminalSize(cols - 2, Math.max(1, list.size())));
        showDetail(list, info, cols);
    }

    /** The marked seat's party and its whole description, wrapped (a list line would cut it). */
    private void showDetail(List<Seat> list, ScenarioInfo info, int cols) {
        detail.clear(cols);
        int i = seats.getSelectedIndex();
        if (i < 0 || i >= list.size()) {
            return;
        }
        Party p = info == null || info.partyIndex(list.get(i).party()) < 0 ? null : info.party(list.get(i).party());
        List<String> about = new java.util.ArrayList<>(p == null ? List.of() : Text.wrap(p.name() + ": " + p.description(), cols - 2));
        List<String> team = list.get(i).teamNames();
        if (team.size() > 1) {
            // who sits there: the team's lead first; the last row, so the description gives way
            about.add(Math.min(about.size(), detail.rows() - 1), Text.fit("Team: " + team.get(0) + " (leads), "
                    + String.join(", ", team.subList(1, team.size()).stream()
                            .map(n -> list.get(i).isAway(n) ? n + " (away)" : n).toList()), cols - 2));
        }
        for (int r = 0; r < about.size() && r < detail.rows(); r++) {
            detail.set(r, " " + about.get(r), cols, Style.ACCENT, r == 0);
        }
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        boolean used = super.handleInput(key);
        if (app.main() == this) {
            refresh(); // the description follows the marker
        }
        return used;
    }

    private void take(Seat s) {
        String token = app.seats().token(code, s.party());
        if (s.occupiedBy() == Occupant.HUMAN && token != null) {
            // our own seat from an earlier run (asks if another screen holds it, or if the name was only the saved one)
            lobby.resumeStored(code, s.party(), token);
        } else {
            app.send(new ClientMessage.Join(code, s.party()));
        }
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (Keys.is(key, 'm')) {
            // join the team of a seat a player holds: a member sees the seat, suggests, and the lead moves
            RoomSummary r = room();
            int i = seats.getSelectedIndex();
            if (r != null && r.seats() != null && i >= 0 && i < r.seats().size()
                    && r.seats().get(i).occupiedBy() == Occupant.HUMAN) {
                app.send(new ClientMessage.Join(code, r.seats().get(i).party(), ClientMessage.Join.MEMBER));
            }
            return true;
        }
        if (Keys.is(key, 's')) {
            app.send(new ClientMessage.Spectate(code));
            return true;
        }
        return false;
    }

    @Override
    protected void back() {
        app.showMain(lobby);
    }

    @Override
    protected String help() {
        return "CHOOSING A SEAT\nEach party is a seat. Enter on a free seat takes it; M on a seat a player holds joins its team"
                + " (you see what the seat sees and suggest moves; its lead tables and votes); S watches the room as a spectator"
                + " (public information only). Esc goes back to the lobby.";
    }

    /** How many of the seat's team besides its lead are at the table (a member away is not counted). */
    private static int here(Seat s) {
        int n = 0;
        for (String name : s.teamNames().subList(Math.min(1, s.teamNames().size()), s.teamNames().size())) {
            n += s.isAway(name) ? 0 : 1;
        }
        return n;
    }
}
