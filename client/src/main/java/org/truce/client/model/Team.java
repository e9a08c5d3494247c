package org.truce.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts;
import org.truce.shared.protocol.ServerMessage.State;

/**
 * This player's place in their seat's team (several players on one seat, see docs/RULES.md):
 * the name they go by, whether they lead, who does, and the suggestions the lead has had. Owned
 * by the GUI thread, like {@link GameModel}.
 */
public final class Team {
    /** A member's suggestion as the lead got it, in the round it came. */
    public record Suggestion(int round, String by, Map<String, String> terms, Boolean vote) {
        /** Whether it suggests a package (else a vote). */
        public boolean isPackage() {
            return terms != null;
        }
    }

    private String myName;
    private final List<Suggestion> suggestions = new ArrayList<>();

    /** The server's welcome named this player. */
    void welcomed(String name) {
        myName = name;
    }

    /** Another seat (or none): the last one's suggestions go. */
    void clear() {
        suggestions.clear();
    }

    void suggested(ServerMessage.Suggested s, int round) {
        suggestions.add(new Suggestion(round, s.by(), s.terms(), s.vote()));
        if (suggestions.size() > 100) {
            suggestions.remove(0);
        }
    }

    /** The name the server greeted this player with (null before a welcome). */
    public String myName() {
        return myName;
    }

    /** {@code party}'s seat in {@code s}, or null. */
    static ServerParts.Seat seat(State s, String party) {
        if (s == null || s.seats() == null || party == null) {
            return null;
        }
        for (ServerParts.Seat seat : s.seats()) {
            if (party.equals(seat.party())) {
                return seat;
            }
        }
        return null;
    }

    /** Whether this player leads {@code party}'s seat in {@code s}: a seat of one is led by its only player. */
    boolean leads(State s, String party) {
        ServerParts.Seat seat = seat(s, party);
        return seat == null || seat.team() == null || seat.team().size() < 2 || seat.lead() == null
                || seat.lead().equals(myName);
    }

    /** The suggestions that came in {@code round} from others than this player, oldest first. */
    List<Suggestion> of(int round) {
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.round() == round && !s.by().equals(myName)) {
                out.add(s);
            }
        }
        return out;
    }
}
