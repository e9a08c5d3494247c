package org.truce.client.ui;

import java.util.Map;
import org.truce.client.model.GameModel;
import org.truce.client.model.Names;
import org.truce.client.model.Worth;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerParts.RoundView;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Term;

/** The drafts of the rounds so far, with the votes and their worth to you. */
final class HistoryText {
    private HistoryText() {
    }

    static String of(GameModel m) {
        if (m.state() == null || m.state().history() == null || m.state().history().isEmpty()) {
            return "No round has finished yet.";
        }
        Names n = m.names();
        Worth worth = m.worth();
        StringBuilder b = new StringBuilder();
        for (RoundView r : m.state().history()) {
            b.append("ROUND ").append(r.round()).append(" — pen: ").append(n.party(r.pen()));
            DraftView d = r.draft();
            if (d == null) {
                b.append(" — no draft tabled\n\n");
                continue;
            }
            if (d.automatic()) {
                // the clock put an earlier draft back: say whose it is, not the pen holder's
                int origin = m.originRound(d);
                b.append(" — ").append(n.possessiveSubject(d.by())).append(" draft")
                        .append(origin > 0 ? " of round " + origin : "").append(", re-tabled by the clock");
            }
            if (worth != null) {
                Package p = worth.pkg(d.terms());
                if (p != null) {
                    b.append(String.format(" — worth %.1f to you%s", worth.utility(p), worth.redLinesCrossed(p).isEmpty() ? "" : " ✗ red line"));
                }
            }
            b.append(r.agreed() ? " — AGREED" : "").append('\n');
            for (Term t : m.scenario().terms()) {
                b.append("  ").append(Text.pad(t.name(), 28)).append(' ').append(n.option(t.id(), d.terms().get(t.id()))).append('\n');
            }
            b.append("  Votes:");
            Map<String, String> votes = r.votes() == null ? Map.of() : r.votes();
            // a vote the clock counted, or a stand-in cast for an absent player, is not the player's own: say so
            votes.forEach((p, v) -> b.append(' ').append(p).append(' ').append(symbol(VoteStatus.fromWire(v)))
                    .append(r.byClock() != null && r.byClock().contains(p) ? " (clock)"
                            : r.standIns() != null && r.standIns().contains(p) ? " (stand-in)" : ""));
            b.append("\n\n");
        }
        return b.toString();
    }

    /** ✓ accepted, ✗ rejected, · not (yet) voted. */
    private static String symbol(VoteStatus v) {
        return v == VoteStatus.ACCEPTED ? "✓" : v == VoteStatus.REJECTED ? "✗" : "·";
    }
}
