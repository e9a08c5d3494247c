package org.truce.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.NoDeal;
import org.truce.shared.scenario.Option;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.RedLine;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/** A small made-up scenario of the real shape (6 parties, 9 terms of 4 options) for screen tests. */
public final class TestScenario {
    private TestScenario() {
    }

    public static Scenario create() {
        String[][] parties = {{"UA", "Ukraine"}, {"RU", "Russia"}, {"US", "United States"}, {"FR", "France"},
                {"UK", "United Kingdom"}, {"DE", "Germany"}};
        String[] termNames = {"Ceasefire line", "Guarantees", "US role", "Breach commission", "Reassurance force",
                "NATO", "Sanctions", "Reconstruction", "Prisoners"};
        List<Term> terms = new ArrayList<>();
        for (int t = 0; t < termNames.length; t++) {
            List<Option> opts = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                opts.add(new Option("o" + o, termNames[t] + " " + (char) ('A' + o),
                        "Option " + (char) ('A' + o) + " on " + termNames[t].toLowerCase()));
            }
            terms.add(new Term("t" + t, termNames[t], opts));
        }
        List<Party> ps = new ArrayList<>();
        for (String[] p : parties) {
            ps.add(new Party(p[0], p[1], p[1] + " wants a ceasefire that lasts, on its own terms."));
        }
        ScenarioInfo info = new ScenarioInfo("test-summit", "Test summit", "A made-up summit to test the screens.", 6, terms, ps);
        Random rnd = new Random(7);
        Map<String, Brief> briefs = new LinkedHashMap<>();
        for (int p = 0; p < parties.length; p++) {
            Map<String, Double> weights = new LinkedHashMap<>();
            Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
            for (Term t : terms) {
                weights.put(t.id(), 1.0 + rnd.nextInt(5));
                Map<String, Double> s = new LinkedHashMap<>();
                boolean up = rnd.nextBoolean();
                for (int o = 0; o < 4; o++) {
                    s.put("o" + o, (double) (up ? 100 - 30 * o : 10 + 30 * o));
                }
                scores.put(t.id(), s);
            }
            List<RedLine> red = List.of(new RedLine("t" + p, scores.get("t" + p).get("o0") < 50 ? "o0" : "o3", "never"));
            briefs.put(parties[p][0], new Brief(parties[p][0], "You are " + parties[p][1] + ". Keep the peace.", weights, scores,
                    red, new NoDeal(30, 3), null, null));
        }
        return new Scenario(info, briefs);
    }
}
