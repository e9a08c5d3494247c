package org.truce.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.truce.client.model.Names;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.protocol.ServerParts.DraftView;
import org.truce.shared.protocol.ServerMessage.GameOver;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/**
 * The debrief's yardsticks in plain words: one sentence on Pareto, one on Nash, in the reader's
 * terms. Only what the server's analysis says is used, plus simple differences of its numbers.
 */
final class DebriefWords {
    /** What "the Nash package" means, said wherever it is named. */
    static final String NASH = "the Nash package (the fairest split of the gains over no deal)";

    private DebriefWords() {
    }

    /** The Pareto sentence, then the Nash sentence(s); {@code me} is the reader's party, or null for a spectator. */
    static List<String> explain(ScenarioInfo info, Names names, AgreementAnalysis a, String me) {
        List<String> out = new ArrayList<>();
        boolean deal = a.agreement() != null;
        String outcome = deal ? "what was agreed" : "no deal";
        if (deal && a.paretoOptimal()) {
            out.add("Pareto-optimal: no other package was better for some party without being worse for another.");
        } else if (deal) {
            out.add("Not Pareto-optimal: another package was better for at least one party and worse for none.");
        }
        Map<String, Double> nash = a.nashUtilities();
        Map<String, PartyResult> results = a.results() == null ? Map.of() : a.results();
        if (a.distanceToNash() == null || nash == null || nash.isEmpty()) {
            out.add("No Nash package: in round " + a.round() + " no package was better than no deal for every party.");
            return out;
        }
        if (!deal) {
            // a Nash package exists only if some package beats no deal for everyone
            out.add("No deal left gains unclaimed: some package was better than no deal for every party.");
        }
        if (deal && a.agreement().equals(a.nash())) {
            out.add("The agreement was " + NASH + ".");
            return out;
        }
        PartyResult mine = me == null ? null : results.get(me);
        Double nashMine = me == null ? null : nash.get(me);
        if (mine != null && nashMine != null) {
            out.add(cap(NASH) + " would have given you " + moreOrLess(nashMine, mine.utility()) + " than " + outcome + ".");
            return out;
        }
        // a spectator: each party's difference, in one line
        StringBuilder b = new StringBuilder(cap(NASH) + " would have given, compared with " + outcome + ":");
        String sep = " ";
        for (String p : info.partyIds()) {
            PartyResult r = results.get(p);
            Double v = nash.get(p);
            if (r != null && v != null) {
                b.append(sep).append(names.party(p)).append(' ').append(Text.score(v - r.utility()));
                sep = ", ";
            }
        }
        out.add(b.append('.').toString());
        return out;
    }

    /**
     * "Every party could have gained at least 4.0 points with Term: option; …; that package was tabled
     * by France in round 6" ("you tabled that package" to its author), when the server names a tabled
     * draft that would have given every party more than the outcome (shared/report's choice, see
     * DraftMarks); null when it names none (or is an older server).
     */
    static String betterTabled(ScenarioInfo info, Names names, GameOver g, List<DraftView> drafts, String me) {
        for (DraftView d : drafts) {
            DraftMark mark = UtilityChart.markOf(g, d);
            if (mark == null || mark.gainForAll() == null) {
                continue;
            }
            StringJoiner words = new StringJoiner("; ");
            for (Term t : info.terms()) {
                String o = d.terms() == null ? null : d.terms().get(t.id());
                if (o != null) {
                    words.add(t.name() + ": " + names.option(t.id(), o));
                }
            }
            String n = Text.points(mark.gainForAll());
            String who = d.by() != null && d.by().equals(me) ? "you tabled that package in round " + d.round()
                    : "that package was tabled by " + (d.by() == null ? "nobody" : names.party(d.by())) + " in round " + d.round();
            return "Every party" + (me == null ? "" : ", you included,") + " could have gained at least " + n
                    + (n.equals("1.00") ? " point" : " points") + " with " + words + "; " + who + ".";
        }
        return null;
    }

    /** "4.25 points more", "1.00 point less", "as many points" — with the debrief's 2 decimals ({@link Text#score}). */
    static String moreOrLess(double other, double actual) {
        double d = Double.parseDouble(Text.score(other - actual));
        if (d == 0) {
            return "as many points";
        }
        String n = Text.points(Math.abs(d));
        return n + (n.equals("1.00") ? " point " : " points ") + (d > 0 ? "more" : "less");
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
