package org.truce.client.ui;

import java.util.List;
import org.truce.shared.engine.Phase;
import org.truce.shared.protocol.Occupant;
import org.truce.shared.protocol.ServerParts.RoomSummary;
import org.truce.shared.protocol.ServerParts.Seat;

/** The lobby's line for one room: code, title, phase (or how it ended), players and free seats. */
final class RoomLines {
    private RoomLines() {
    }

    static String title(RoomSummary r) {
        return r.title() == null ? r.scenario() : TableWindow.shortTitle(r.title());
    }

    /** A finished room's result in a few words: "deal, rd 7", "no deal" ("ended" from an older server). */
    private static String ended(RoomSummary r) {
        if (RoomSummary.DEAL.equals(r.outcome())) {
            return "deal, rd " + r.round();
        }
        return RoomSummary.NO_DEAL.equals(r.outcome()) ? "no deal" : "ended";
    }

    /** One room's line: code, title (in a column {@code titleW} wide), phase, humans, free seats. */
    static String describe(RoomSummary r, int titleW, int width) {
        StringBuilder free = new StringBuilder();
        int humans = 0;
        int open = 0;
        for (Seat s : r.seats() == null ? List.<Seat>of() : r.seats()) {
            if (s.occupant() == null) {
                free.append(free.length() == 0 ? "" : " ").append(s.party());
                open++;
            } else if (s.occupiedBy() == Occupant.HUMAN) {
                // a seat's team counts each of its players at the table, not those away (they quit or dropped)
                humans += s.team() == null ? 1 : s.teamNames().size() - (s.away() == null ? 0 : s.away().size());
            }
        }
        Phase p = Phase.fromWire(r.phase());
        String phase = p == Phase.LOBBY ? "waiting" : p == Phase.ENDED ? ended(r) : "round " + r.round() + "/" + r.rounds();
        String people = humans + (humans == 1 ? " player" : " players");
        String head = r.code() + "  " + Text.pad(title(r), titleW) + "  " + Text.pad(phase, 11) + " " + people;
        // the free seats by id when they fit, else how many: a cut list hid which seats were free
        String line = head + "  free: " + (free.length() == 0 ? "none" : free);
        if (Text.cols(line) > width) {
            line = head + ", " + (open == 0 ? "none" : String.valueOf(open)) + " free";
        }
        return Text.fit(line, width);
    }
}
