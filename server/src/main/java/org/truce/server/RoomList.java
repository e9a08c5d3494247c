package org.truce.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.ServerParts;

/** The {@code rooms} list: which rooms a lobby sees, in which order. */
final class RoomList {
    private RoomList() {
    }

    /**
     * Games in progress, then rooms in the lobby, then recently ended (ended ones leave memory
     * after the retention time), each by code; at most {@code cap}. Games in progress come first
     * so a crowd of lobbies cannot push them off the list.
     */
    static List<ServerParts.RoomSummary> summaries(Collection<Room> rooms, int cap) {
        List<ServerParts.RoomSummary> out = new ArrayList<>();
        for (Room r : rooms) {
            if (!r.isGone()) {
                out.add(r.summary());
            }
        }
        return listed(out, cap);
    }

    /** {@code summaries} in listing order, at most {@code cap} of them (sorts the list it is given). */
    static List<ServerParts.RoomSummary> listed(List<ServerParts.RoomSummary> out, int cap) {
        out.sort(Comparator.comparingInt((ServerParts.RoomSummary x) -> phaseRank(x.phase()))
                .thenComparing(ServerParts.RoomSummary::code));
        return out.size() <= cap ? out : new ArrayList<>(out.subList(0, cap));
    }

    private static int phaseRank(String phase) {
        Phase p = Phase.fromWire(phase);
        return p == Phase.LOBBY ? 1 : p == Phase.ENDED ? 2 : 0;
    }
}
