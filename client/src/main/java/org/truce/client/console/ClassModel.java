package org.truce.client.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.client.model.LogEntry;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerParts.RoomOverview;

/**
 * What the class console knows: every room as the last {@code class_state} showed it (cleaned of
 * control characters), the selected room, whether controls go to all rooms, the last line to show
 * (a result or the server's refusal) and the join sheet of the class set up. GUI thread only.
 */
public final class ClassModel {
    private List<RoomOverview> rooms = List.of();
    private String selected;
    /** A room to select once it shows (created, not yet in a class state), or null. */
    private String wanted;
    private boolean all;
    private String status = "";
    private boolean statusBad;
    private JoinSheet sheet;
    private int classStates;
    private Boolean facilitator;
    /** Rooms on the server the last class state left out (its list is full). */
    private int notListed;

    /** Rooms on the server that the overview does not list (the server lists at most 1,000), 0 if none. */
    public int notListed() {
        return notListed;
    }

    /** When the last class state arrived, on the screens' clock (its {@code remainingMs} count from then). */
    private long receivedAt;

    /**
     * Takes a pushed {@code class_state} that arrived at {@code now} (ms, the screens' clock): the
     * rooms replace the old ones; the selection stays on its room.
     */
    public void classState(ServerMessage.ClassState cs, long now) {
        receivedAt = now;
        notListed = Math.max(0, cs.left());
        List<RoomOverview> clean = new ArrayList<>();
        for (RoomOverview r : cs.rooms()) {
            if (r != null && r.code() != null) {
                clean.add(clean(r));
            }
        }
        int was = selectedIndex();
        rooms = List.copyOf(clean);
        classStates++;
        if (wanted != null && room(wanted) != null) {
            selected = wanted;
            wanted = null;
        }
        if (selected != null && room(selected) == null) {
            // the selected room left the list (archived, closed, or missing from one push): the room now in its
            // place, not the top one, is selected and the bottom line says so; if it comes back, it is selected again
            if (wanted == null) {
                wanted = selected;
            }
            String gone = selected;
            selected = rooms.isEmpty() ? null : rooms.get(Math.min(Math.max(0, was), rooms.size() - 1)).code();
            if (selected != null) {
                say("Room " + gone + " left the list: room " + selected + " is selected now.", false);
            }
        } else if (selected == null) {
            selected = rooms.isEmpty() ? null : rooms.get(0).code();
        }
    }

    private static String p(String s) {
        return s == null ? null : LogEntry.printable(s);
    }

    private static RoomOverview clean(RoomOverview r) {
        List<ServerParts.SeatStatus> seats = new ArrayList<>();
        for (ServerParts.SeatStatus s : r.seats()) {
            if (s != null) {
                seats.add(new ServerParts.SeatStatus(p(s.party()), p(s.name()), p(s.presence()), p(s.strategy()),
                        s.team() == null ? null : s.team().stream().map(ClassModel::p).filter(java.util.Objects::nonNull).toList()));
            }
        }
        Map<String, String> votes = new LinkedHashMap<>();
        r.votes().forEach((k, v) -> votes.put(p(k), p(v)));
        List<ServerParts.InjectStatus> injects = new ArrayList<>();
        for (ServerParts.InjectStatus i : r.injects()) {
            if (i != null && i.id() != null) {
                injects.add(new ServerParts.InjectStatus(p(i.id()), p(i.title()), i.atRound(), i.firedRound()));
            }
        }
        ServerParts.DraftView d = r.draft();
        if (d != null) {
            Map<String, String> terms = new LinkedHashMap<>();
            if (d.terms() != null) {
                d.terms().forEach((k, v) -> terms.put(p(k), p(v)));
            }
            d = new ServerParts.DraftView(d.round(), p(d.by()), terms, d.automatic(), d.standIn());
        }
        return new RoomOverview(p(r.code()), p(r.scenario()), p(r.title()), p(r.phase()), r.round(), r.rounds(), p(r.pen()),
                r.paused(), r.deadline(), r.remainingMs(), seats, d, votes, injects, r.agreed(), r.scores(), r.closed());
    }

    /** The rooms, as the server orders them. */
    public List<RoomOverview> rooms() {
        return rooms;
    }

    /** The room with this code, or null. */
    public RoomOverview room(String code) {
        for (RoomOverview r : rooms) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        return null;
    }

    /** The selected room, or null (no rooms yet). */
    public RoomOverview selected() {
        return selected == null ? null : room(selected);
    }

    /** Index of the selected room in {@link #rooms}, or -1. */
    public int selectedIndex() {
        for (int i = 0; i < rooms.size(); i++) {
            if (rooms.get(i).code().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the selection by {@code d} rooms (wrapping round); returns the room now selected, or null. */
    public RoomOverview move(int d) {
        if (rooms.isEmpty()) {
            return null;
        }
        int i = Math.max(0, selectedIndex());
        selected = rooms.get(((i + d) % rooms.size() + rooms.size()) % rooms.size()).code();
        wanted = null; // the teacher chose: a room that left the list no longer takes the selection back
        return selected();
    }

    /** Selects the room with this code, now or as soon as a class state shows it (a room just created). */
    public void select(String code) {
        if (room(code) != null) {
            selected = code;
            wanted = null;
        } else {
            wanted = code;
        }
    }

    /** Whether controls go to every room ("all") rather than the selected one. */
    public boolean all() {
        return all;
    }

    /** Switches "all rooms" mode. */
    public void toggleAll() {
        all = !all;
    }

    /** The last line to show at the bottom. */
    public String status() {
        return status;
    }

    /** Whether {@link #status} is a refusal or a problem (drawn in red). */
    public boolean statusBad() {
        return statusBad;
    }

    /** Shows a line at the bottom; {@code bad}: a refusal or a problem. */
    public void say(String line, boolean bad) {
        this.status = line == null ? "" : LogEntry.printable(line);
        this.statusBad = bad;
    }

    /** The join sheet of the class set up from this console, or null. */
    public JoinSheet sheet() {
        return sheet;
    }

    /** Keeps the join sheet (reachable again from the overview). */
    public void sheet(JoinSheet s) {
        this.sheet = s;
    }

    /** What the room's running clock has left at {@code now}, in ms, or null (no clock, or paused). */
    public Long left(RoomOverview r, long now) {
        if (r.paused() || r.remainingMs() == null || r.deadline() == null) {
            return null;
        }
        return Math.max(0, r.remainingMs() - (now - receivedAt));
    }

    /** How many class states have arrived. */
    public int classStates() {
        return classStates;
    }

    /** Whether the server welcomed this console as the facilitator (null: no welcome yet). */
    public Boolean facilitator() {
        return facilitator;
    }

    /** Records what the welcome said. */
    public void welcomed(boolean facilitator) {
        this.facilitator = facilitator;
    }
}
