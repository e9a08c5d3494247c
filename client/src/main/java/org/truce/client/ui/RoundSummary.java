package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import org.truce.client.model.GameModel;
import org.truce.shared.engine.Phase;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ServerParts.RoundView;
import org.truce.shared.protocol.ServerMessage.State;

/** The table's one-line summary of how the last failed round ended. */
final class RoundSummary {
    private RoundSummary() {
    }

    /**
     * "✗ Round 3: your draft was rejected by RU, US · accepted by FR, UK, DE" for the round that
     * closed last, until the player's next move; null when there is none to show. Too long for
     * the width: the author's short name, then without who accepted (the votes line shows every
     * vote); a sentence that still does not fit is wrapped by the caller.
     */
    static String text(GameModel m, State s, int summarySeen, int w) {
        RoundView r = DraftBlock.lastClosed(s);
        // the next round's table, or the talks' end after the last round failed (no deal)
        boolean last = r != null && (s.round() == r.round() + 1 || (Phase.fromWire(s.phase()) == Phase.ENDED && s.round() == r.round()));
        if (r == null || r.agreed() || r.round() <= summarySeen || m.names() == null || !last) {
            return null;
        }
        String me = m.party();
        String head = "✗ Round " + r.round() + ": ";
        if (r.draft() == null) {
            boolean mine = me != null && me.equals(r.pen());
            return head + (mine ? "you tabled no draft" : m.names().inText(r.pen()) + " tabled no draft") + " in time.";
        }
        String author = r.draft().automatic() ? null : r.draft().by();
        List<String> no = new ArrayList<>();
        List<String> yes = new ArrayList<>();
        if (r.votes() != null) {
            for (String p : m.scenario().partyIds()) {
                String v = r.votes().get(p);
                // a vote a stand-in cast is its, not the returning player's
                boolean stood = r.standIns() != null && r.standIns().contains(p);
                String who = p + (stood ? " (stand-in)" : p.equals(me) ? " (you)" : "");
                if (VoteStatus.fromWire(v) == VoteStatus.REJECTED) {
                    no.add(who);
                } else if (VoteStatus.fromWire(v) == VoteStatus.ACCEPTED && !p.equals(author)) {
                    yes.add(who);
                }
            }
        }
        String rejected = " draft was rejected by " + (no.isEmpty() ? "nobody (the clock)" : String.join(", ", no));
        String accepted = yes.isEmpty() ? "" : " · accepted by " + String.join(", ", yes);
        String whose = DraftBlock.author(m, r.draft());
        String full = head + whose + rejected + accepted;
        if (Text.cols(full) <= w) {
            return full;
        }
        String shortWhose = r.draft().by().equals(me) ? whose : m.names().possessiveShort(r.draft().by());
        for (String form : new String[] {head + shortWhose + rejected + accepted, head + whose + rejected}) {
            if (Text.cols(form) <= w) {
                return form;
            }
        }
        return head + shortWhose + rejected;
    }
}
