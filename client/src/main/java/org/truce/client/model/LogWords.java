package org.truce.client.model;

import java.util.ArrayList;
import java.util.List;
import org.truce.shared.engine.VoteStatus;
import org.truce.shared.protocol.PublicEvent;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.view.SeatView;

/**
 * The words of the {@link EventLog}'s lines, in the voice of this client's seat ("You accept.",
 * "Russia (stand-in) tabled a draft."): names, the seat, its worth and the stand-ins come from
 * the model at the moment a line is written.
 */
final class LogWords {
    /** How an announcement's line begins. */
    static final String ANNOUNCED = "The facilitator: ";
    /** How a headline's line begins. */
    static final String NEWS = "NEWS: ";
    private final GameModel model;

    LogWords(GameModel model) {
        this.model = model;
    }

    /**
     * "Round 2 of 6: Russia holds the pen." or, one's own, "Round 2 of 6: You (Russia) hold the pen.";
     * a team member, who does not table: "Round 2 of 6: Ukraine holds the pen: Olena tables."
     */
    String opening(int round, String pen, int rounds) {
        String party = model.party();
        boolean ours = pen != null && pen.equals(party);
        if (ours && model.isMember() && model.lead() != null) {
            return "Round " + round + " of " + rounds + ": " + model.who(pen) + " holds the pen: " + model.lead() + " tables.";
        }
        return "Round " + round + " of " + rounds + ": " + (ours ? "You (" + model.who(pen) + ") hold" : model.who(pen) + " holds")
                + " the pen.";
    }

    /** "Russia → you" or "You → Russia": a private line says at once who is talking to whom. */
    String privateHeader(ServerMessage.Said s) {
        String party = model.party();
        Names names = model.names();
        String from = s.from();
        String to = s.to();
        String f = from != null && from.equals(party) && !s.byStandIn() ? "You" : speaker(s);
        if ("You".equals(f) && s.by() != null && !s.by().equals(model.myName())) {
            f = s.by() + " (your team)"; // a team-mate said it for the seat
        }
        String t = to != null && to.equals(party) ? "you" : names == null ? to : names.party(to);
        return f + " → " + t;
    }

    /**
     * Who said a chat line: "Ukraine (stand-in)" when the server marked it as a stand-in's
     * ({@code standIn}), which a replayed line keeps whoever holds the seat now.
     */
    String speaker(ServerMessage.Said s) {
        Names names = model.names();
        String name = names == null ? s.from() : names.party(s.from());
        return s.byStandIn() ? name + " (stand-in)" : name;
    }

    /** "Russia rejects.", "You accept.", or "Russia did not vote in time: …"; a stand-in's vote is told as its. */
    String vote(String p, boolean yes, boolean byClock, boolean standIn) {
        boolean me = p.equals(model.party()) && !standIn;
        String who = standIn ? standIn(p) : model.who(p);
        return byClock ? (me ? "You" : who) + " did not vote in time: counted as a rejection."
                : me ? (yes ? "You accept." : "You reject.") : who + (yes ? " accepts." : " rejects.");
    }

    /** "Russia (stand-in)": a move the server marked as a stand-in's, whoever holds the seat now. */
    String standIn(String p) {
        return model.names().party(p) + " (stand-in)";
    }

    /**
     * "Russia tabled a draft." or "Russia ran out of time: Ukraine's draft of round 1 is back on the
     * table."; a draft a stand-in wrote is told as its: "Russia (stand-in) tabled a draft.", and to its
     * returning player "the stand-in's draft", never "your".
     */
    String tabled(DraftView d, String pen, int round) {
        String party = model.party();
        Worth worth = model.worth();
        String worthText = "";
        if (worth != null) {
            var p = worth.pkg(d.terms());
            if (p != null) {
                worthText = String.format(" Worth %.1f to you%s.", worth.utility(p),
                        worth.redLinesCrossed(p).isEmpty() ? "" : ", ✗ crosses your red line");
            }
        }
        if (!d.automatic()) {
            return (d.byStandIn() ? standIn(d.by()) : d.by().equals(party) ? "You" : model.who(d.by())) + " tabled a draft." + worthText;
        }
        int origin = model.originRound(d);
        return (pen != null && pen.equals(party) ? "You" : model.who(pen)) + " ran out of time: "
                + (!d.by().equals(party) ? model.names().possessive(d.by()) : d.byStandIn() ? "the stand-in's" : "your") + " draft"
                + (origin > 0 ? " of round " + origin : "") + " is back on the table." + worthText;
    }

    /** Why a round failed: ": no draft was tabled" or ": Ukraine's draft was rejected by Russia, …". */
    String why(SeatView.Round r) {
        String party = model.party();
        Names names = model.names();
        if (r.draft() == null) {
            return ": " + (r.pen() != null && r.pen().equals(party) ? "you" : names.inText(r.pen())) + " tabled no draft in time";
        }
        List<String> no = new ArrayList<>();
        for (String p : model.scenario().partyIds()) {
            if (r.votes().get(p) == VoteStatus.REJECTED) {
                boolean standIn = r.standIns() != null && r.standIns().contains(p);
                no.add(standIn ? names.inText(p) + " (stand-in)" : p.equals(party) ? "you" : names.inText(p));
            }
        }
        return no.isEmpty() ? "" : ": rejected by " + String.join(", ", no);
    }

    /** "The facilitator: Five minutes left." — an announcement, marked as the facilitator's whatever the server wrote. */
    static String announcement(String text) {
        return text.startsWith(ANNOUNCED) ? text : ANNOUNCED + text;
    }

    /** "NEWS: <headline> — <wire text>", marked as news whatever the server wrote. */
    static String news(String text) {
        return text.startsWith(NEWS) ? text : NEWS + text;
    }

    /** A headline as the log tells it: "NEWS: <title> — <text>". */
    static String news(String title, String text) {
        return NEWS + title + (text == null || text.isBlank() ? "" : " — " + text);
    }

    /**
     * A facilitator's action the server's notice did not tell (an event caught up after a drop), in
     * plain words; null for the events that are not the facilitator's.
     */
    String facilitator(PublicEvent e) {
        if (e instanceof PublicEvent.Paused) {
            return "Paused by the facilitator: moves wait until the game resumes.";
        } else if (e instanceof PublicEvent.Resumed) {
            return "The facilitator resumed the game.";
        } else if (e instanceof PublicEvent.ClockExtended x) {
            return "The facilitator gave the clock " + x.seconds() + " more seconds.";
        } else if (e instanceof PublicEvent.RoundsAdded x) {
            return "The facilitator added " + x.added() + (x.added() == 1 ? " round" : " rounds") + ": the game now has "
                    + x.rounds() + " rounds.";
        } else if (e instanceof PublicEvent.Announced x) {
            return announcement(x.text());
        } else if (e instanceof PublicEvent.Inject x) {
            return news(x.title(), x.text());
        } else if (e instanceof PublicEvent.SeatHanded x) {
            String seat = model.names() == null ? x.party() : model.names().possessive(x.party());
            return x.strategy() == null ? "The facilitator freed " + seat + " seat for a new player."
                    : "The facilitator handed " + seat + " seat to a bot (" + x.strategy() + ").";
        }
        return null;
    }

    /** The round a facilitator's event happened in ({@code otherwise} for any other event). */
    static int roundOf(PublicEvent e, int otherwise) {
        return e instanceof PublicEvent.Classroom c ? c.round() : otherwise;
    }
}
