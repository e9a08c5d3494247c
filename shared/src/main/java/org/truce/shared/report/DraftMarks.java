package org.truce.shared.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Event;
import org.truce.shared.scenario.Package;
import org.truce.shared.scenario.Scenario;

/**
 * The {@link DraftMark} of every draft tabled in a finished game, oldest first: what the debrief's
 * chart marks (Pareto frontier, Nash package of the round, the no-deal lines as they were) and the
 * draft the outcome page names when one would have given every party more ({@link Explanations}).
 * Pure: no files.
 */
public final class DraftMarks {
    private DraftMarks() {
    }

    /**
     * The marks of the drafts in {@code events}, a finished game of {@code base} (the scenario as set
     * up: the news fired is applied here). {@code last} is the analysis of the scenario after every
     * fired inject, when the caller holds one (null: made here).
     */
    public static List<DraftMark> of(Scenario base, List<Event> events, Analysis last) {
        List<Scenario.Fired> fired = new ArrayList<>();
        Map<Integer, Analysis> byNews = new HashMap<>(); // one analysis per count of news fired
        long news = events.stream().filter(e -> e instanceof Event.InjectFired).count();
        if (last != null) {
            byNews.put((int) news, last); // drafts tabled after the last news: the caller's analysis
        }
        List<DraftMark> out = new ArrayList<>();
        List<Map<String, String>> tabled = new ArrayList<>();
        Package deal = null;
        Integer end = null;
        Scenario now = base;
        for (Event e : events) {
            if (e instanceof Event.InjectFired f) {
                fired.add(f.fired());
                now = base.after(fired);
            } else if (e instanceof Event.Tabled t) {
                Package p = now.space().fromTerms(t.terms(), (k, m) -> { });
                if (p == null) {
                    continue;
                }
                Scenario s = now;
                Analysis a = fired.isEmpty() ? Analysis.of(base) : byNews.computeIfAbsent(fired.size(), n -> Analysis.uncached(s));
                int code = s.space().encode(p);
                Map<String, Double> noDeal = new LinkedHashMap<>();
                Map<String, Double> worth = new LinkedHashMap<>();
                for (String party : s.info().partyIds()) {
                    noDeal.put(party, Scoring.round2(s.utility(party).noDeal().valueAt(Math.max(1, t.round()))));
                    double v = s.utility(party).value(p);
                    if (Double.isFinite(v)) { // across a red line: no figure (the chart leaves the point out)
                        worth.put(party, Scoring.round2(v));
                    }
                }
                out.add(new DraftMark(t.round(), t.by(), a.isParetoOptimal(code), a.nash(t.round()) == code, noDeal, null, worth));
                tabled.add(t.terms());
            } else if (e instanceof Event.Agreed a) {
                deal = now.space().fromTerms(a.terms(), (k, m) -> { });
                end = a.round();
            } else if (e instanceof Event.NoDealReached n) {
                end = n.round();
            }
        }
        if (end == null || out.isEmpty()) {
            return out;
        }
        Analysis fin = fired.isEmpty() ? (last != null ? last : Analysis.of(base))
                : byNews.computeIfAbsent(fired.size(), n -> Analysis.uncached(base.after(fired)));
        AgreementAnalysis outcome = fin.assess(deal, end);
        Explanations.Better better = Explanations.bestTabled(fin, outcome, tabled);
        if (better != null) {
            DraftMark m = out.get(better.index());
            out.set(better.index(), new DraftMark(m.round(), m.by(), m.paretoOptimal(), m.nash(), m.noDeal(),
                    Scoring.round2(better.gain()), m.utility()));
        }
        return out;
    }
}
