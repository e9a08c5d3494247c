package org.truce.shared.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Event;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.PackageSpace;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.Term;

/**
 * Builds a {@link RoomReport} from a room's scenario (as loaded: the injects fired are applied
 * here), its game events and its seats' names. Pure: no files.
 */
public final class RoomReports {
    private RoomReports() {
    }

    /**
     * The report of a finished game. {@code players}: party id → the seat's player name (absent: a bot).
     * Throws {@link IllegalArgumentException} if the events hold no end (agreement or no deal).
     */
    public static RoomReport build(String room, Scenario base, List<Event> events, Map<String, String> players) {
        List<Scenario.Fired> fired = new ArrayList<>();
        List<RoomReport.News> injects = new ArrayList<>();
        List<RoomReport.News> announcements = new ArrayList<>();
        List<RoomReport.ChatLine> chat = new ArrayList<>();
        List<RoomReport.RoundLine> drafts = new ArrayList<>();
        Event.Agreed agreed = null;
        Event.NoDealReached noDeal = null;
        Event.RoundFailed lastFailed = null;
        for (Event e : events) {
            if (e instanceof Event.InjectFired f) {
                fired.add(f.fired());
                injects.add(new RoomReport.News(f.round(), f.title(), f.text()));
            } else if (e instanceof Event.Announced a) {
                announcements.add(new RoomReport.News(a.round(), null, a.text()));
            } else if (e instanceof Event.Said s && "all".equals(s.to())) {
                chat.add(new RoomReport.ChatLine(s.round(), s.from(), s.text()));
            } else if (e instanceof Event.Tabled t) {
                closeOpen(drafts, "rejected");
                drafts.add(new RoomReport.RoundLine(t.round(), t.by(), inTermOrder(base, t.terms()), t.automatic(),
                        new LinkedHashMap<>(), "open", new ArrayList<>()));
            } else if (e instanceof Event.Voted v && !drafts.isEmpty()) {
                RoomReport.RoundLine open = drafts.get(drafts.size() - 1);
                open.votes().put(v.party(), v.accept());
                if (v.automatic() && !v.accept()) {
                    open.byClock().add(v.party());
                }
            } else if (e instanceof Event.RoundFailed f) {
                boolean tabled = !drafts.isEmpty() && drafts.get(drafts.size() - 1).round() == f.round()
                        && "open".equals(drafts.get(drafts.size() - 1).result());
                closeOpen(drafts, "rejected");
                if (!tabled) { // the pen holder tabled nothing in time: the round still happened
                    drafts.add(new RoomReport.RoundLine(f.round(), null, Map.of(), false, Map.of(), RoomReport.RoundLine.NO_DRAFT,
                            List.of()));
                } else {
                    lastFailed = f;
                }
            } else if (e instanceof Event.Agreed a) {
                agreed = a;
                closeOpen(drafts, "agreed");
            } else if (e instanceof Event.NoDealReached n) {
                noDeal = n;
            }
        }
        if (agreed == null && noDeal == null) {
            throw new IllegalArgumentException("room " + room + " has not finished");
        }
        Scenario scenario = base.after(fired);
        PackageSpace space = scenario.space();
        Analysis analysis = Analysis.uncached(scenario);
        Package deal = agreed == null ? null : space.fromTerms(agreed.terms(), (p, m) -> { });
        int round = agreed != null ? agreed.round() : noDeal.round();
        AgreementAnalysis a = analysis.assess(deal, round);
        List<RoomReport.PartyLine> parties = new ArrayList<>();
        for (Party p : scenario.parties()) {
            PartyResult r = a.results().get(p.id());
            parties.add(new RoomReport.PartyLine(p.id(), p.name(), players.get(p.id()), r.utility(), r.noDeal(), r.score(), r.share()));
        }
        RoomReport.NoDeal why = agreed != null ? null : whyNoDeal(scenario, drafts, lastFailed, round);
        String explanation = Explanations.explain(scenario, analysis, a, drafts);
        return new RoomReport(room, scenario.id(), scenario.info().title(), agreed != null, round,
                agreed == null ? null : choices(scenario, agreed.terms()), why, parties, a.paretoOptimal(),
                a.distanceToPareto(), a.distanceToNash(), a.nash() == null ? null : choices(scenario, a.nash()),
                explanation, drafts, injects, announcements, chat, org.truce.shared.analysis.Epilogue.of(scenario, deal),
                scenario.questions(), a.nashUtilities(), labels(scenario));
    }

    private static void closeOpen(List<RoomReport.RoundLine> drafts, String result) {
        if (!drafts.isEmpty() && "open".equals(drafts.get(drafts.size() - 1).result())) {
            RoomReport.RoundLine l = drafts.remove(drafts.size() - 1);
            drafts.add(new RoomReport.RoundLine(l.round(), l.by(), l.terms(), l.automatic(), l.votes(), result, l.byClock()));
        }
    }

    private static RoomReport.NoDeal whyNoDeal(Scenario scenario, List<RoomReport.RoundLine> drafts,
                                               Event.RoundFailed failed, int round) {
        RoomReport.RoundLine last = lastTabled(drafts);
        List<String> rejecters = failed == null || last == null || failed.round() != last.round() ? List.of() : failed.rejectedBy();
        Map<String, Double> worth = new LinkedHashMap<>();
        Map<String, Double> nd = new LinkedHashMap<>();
        Package p = last == null ? null : scenario.space().fromTerms(last.terms(), (k, m) -> { });
        for (String party : rejecters) {
            // the table marks a red line with minus infinity (value() would sum the terms regardless)
            double u = p == null ? Double.NEGATIVE_INFINITY : scenario.utility(party).table()[scenario.space().encode(p)];
            worth.put(party, Double.isFinite(u) ? Scoring.round2(u) : null);
            nd.put(party, Scoring.round2(scenario.utility(party).noDeal().valueAt(round)));
        }
        return new RoomReport.NoDeal(last == null ? null : last.round(), last == null ? null : last.by(),
                List.copyOf(rejecters), worth, nd, last == null ? List.of() : List.copyOf(last.byClock()));
    }

    /** Term id → the term's name, "term/option" → the option's short label, "party/ID" → the party's name in a sentence. */
    private static Map<String, String> labels(Scenario scenario) {
        Map<String, String> out = new LinkedHashMap<>();
        scenario.parties().forEach(p -> out.put("party/" + p.id(), p.inText()));
        for (Term t : scenario.terms()) {
            out.put(t.id(), t.name());
            t.options().forEach(o -> out.put(t.id() + "/" + o.id(), o.label()));
        }
        return out;
    }

    /** The last round that had a draft, or null. */
    static RoomReport.RoundLine lastTabled(List<RoomReport.RoundLine> rounds) {
        for (int i = rounds.size() - 1; i >= 0; i--) {
            if (!RoomReport.RoundLine.NO_DRAFT.equals(rounds.get(i).result())) {
                return rounds.get(i);
            }
        }
        return null;
    }

    /** The terms in the scenario's order (the engine's maps have none), unknown terms last. */
    private static Map<String, String> inTermOrder(Scenario scenario, Map<String, String> terms) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Term t : scenario.terms()) {
            if (terms.containsKey(t.id())) {
                out.put(t.id(), terms.get(t.id()));
            }
        }
        terms.forEach(out::putIfAbsent);
        return out;
    }

    /** Term id → option id as named choices, in the scenario's term order. */
    static List<RoomReport.TermChoice> choices(Scenario scenario, Map<String, String> terms) {
        List<RoomReport.TermChoice> out = new ArrayList<>();
        for (Term t : scenario.terms()) {
            String opt = terms.get(t.id());
            int i = opt == null ? -1 : t.indexOf(opt);
            out.add(new RoomReport.TermChoice(t.id(), t.name(), opt, i < 0 ? null : t.option(i).name()));
        }
        return out;
    }
}
