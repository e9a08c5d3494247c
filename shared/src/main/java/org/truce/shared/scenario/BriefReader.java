package org.truce.shared.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates one party's brief (text, weights, scores, red lines, no-deal value, persona,
 * lines) from the party's object in a scenario file; problems go to the loader's {@link JsonFields}.
 */
final class BriefReader {
    private final JsonFields fields;

    BriefReader(JsonFields fields) {
        this.fields = fields;
    }

    /** The brief on a party object, or null if it has problems (each reported at its path). */
    Brief read(JsonObject party, String partyPath, String partyId, List<Term> terms) {
        // the brief's fields sit on the party object itself: parties[2].weights.nato
        String path = partyPath;
        JsonObject b = party;
        int before = fields.problems.size();
        String text = fields.string(b, "brief", path + ".brief", true);
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        List<RedLine> redLines = new ArrayList<>();
        JsonObject w = fields.object(b.get("weights"), path + ".weights");
        JsonObject s = fields.object(b.get("scores"), path + ".scores");
        if (terms != null) {
            if (w != null) {
                double sum = 0;
                for (String key : w.keySet()) {
                    if (findTerm(terms, key) == null) {
                        fields.problem(path + ".weights." + key, "unknown term '" + key + "'");
                    }
                }
                for (Term t : terms) {
                    Double v = fields.number(w, t.id(), path + ".weights." + t.id(), 0, 1000, true);
                    if (v != null) {
                        weights.put(t.id(), v);
                        sum += v;
                    }
                }
                if (sum <= 0 && weights.size() == terms.size()) {
                    fields.problem(path + ".weights", "must not all be zero");
                }
            }
            if (s != null) {
                for (String key : s.keySet()) {
                    if (findTerm(terms, key) == null) {
                        fields.problem(path + ".scores." + key, "unknown term '" + key + "'");
                    }
                }
                for (Term t : terms) {
                    String tp = path + ".scores." + t.id();
                    JsonObject ts = fields.object(s.get(t.id()), tp);
                    if (ts == null) {
                        continue;
                    }
                    for (String key : ts.keySet()) {
                        if (t.indexOf(key) < 0) {
                            fields.problem(tp + "." + key, "term '" + t.id() + "' has no option '" + key + "'");
                        }
                    }
                    Map<String, Double> m = new LinkedHashMap<>();
                    for (Option op : t.options()) {
                        Double v = fields.number(ts, op.id(), tp + "." + op.id(), 0, 100, true);
                        if (v != null) {
                            m.put(op.id(), v);
                        }
                    }
                    scores.put(t.id(), m);
                }
            }
            JsonElement rl = b.get("redLines");
            if (rl != null && !rl.isJsonNull()) {
                if (!rl.isJsonArray()) {
                    fields.problem(path + ".redLines", "must be an array");
                } else {
                    JsonArray ra = rl.getAsJsonArray();
                    for (int i = 0; i < ra.size(); i++) {
                        String rp = path + ".redLines[" + i + "]";
                        JsonObject r = fields.object(ra.get(i), rp);
                        if (r == null) {
                            continue;
                        }
                        String term = fields.string(r, "term", rp + ".term", true);
                        String option = fields.string(r, "option", rp + ".option", true);
                        String why = fields.string(r, "why", rp + ".why", false);
                        Boolean declared = fields.bool(r, "declared", rp + ".declared");
                        if (term == null || option == null) {
                            continue;
                        }
                        Term t = findTerm(terms, term);
                        if (t == null) {
                            fields.problem(rp + ".term", "unknown term '" + term + "'");
                        } else if (t.indexOf(option) < 0) {
                            fields.problem(rp + ".option", "term '" + term + "' has no option '" + option + "'");
                        } else {
                            redLines.add(new RedLine(term, option, why, declared != null && declared));
                        }
                    }
                    for (Term t : terms) {
                        long red = redLines.stream().filter(r -> r.term().equals(t.id())).map(RedLine::option).distinct().count();
                        if (red >= t.options().size()) {
                            fields.problem(path + ".redLines", "every option of term '" + t.id() + "' is a red line: no package could ever be acceptable");
                        }
                    }
                }
            }
        }
        NoDeal noDeal = null;
        JsonObject nd = fields.object(b.get("noDeal"), path + ".noDeal");
        if (nd != null) {
            Double start = fields.number(nd, "start", path + ".noDeal.start", 0, 100, true);
            Double per = fields.number(nd, "perRound", path + ".noDeal.perRound", 0, 100, true);
            if (start != null && per != null) {
                noDeal = new NoDeal(start, per);
            }
        }
        Persona persona = null;
        JsonElement pe = b.get("persona");
        if (pe != null && !pe.isJsonNull()) {
            JsonObject po = fields.object(pe, path + ".persona");
            if (po != null) {
                String strategy = fields.string(po, "strategy", path + ".persona.strategy", true);
                if (strategy != null && !Persona.BASE_STRATEGIES.contains(strategy)) {
                    fields.problem(path + ".persona.strategy", "must be one of " + String.join(", ", Persona.BASE_STRATEGIES) + ", got '" + strategy + "'");
                }
                Double concession = fields.number(po, "concession", path + ".persona.concession", 0.05, 10, false);
                Double margin = fields.number(po, "margin", path + ".persona.margin", 0, 50, false);
                Double fairness = fields.number(po, "fairness", path + ".persona.fairness", 0, 1, false);
                if (strategy != null && Persona.BASE_STRATEGIES.contains(strategy)) {
                    persona = new Persona(strategy, concession == null ? 1.0 : concession, margin == null ? 2.0 : margin,
                            fairness == null ? 0.0 : fairness);
                }
            }
        }
        Lines lines = null;
        JsonElement le = b.get("lines");
        if (le != null && !le.isJsonNull()) {
            JsonObject lo = fields.object(le, path + ".lines");
            if (lo != null) {
                for (String key : lo.keySet()) {
                    if (!Set.of("table", "accept", "reject", "redLine", "reply").contains(key)) {
                        fields.problem(path + ".lines." + key, "unknown kind of line (use table, accept, reject, redLine, reply)");
                    }
                }
                lines = new Lines(fields.strings(lo, "table", path + ".lines.table"), fields.strings(lo, "accept", path + ".lines.accept"),
                        fields.strings(lo, "reject", path + ".lines.reject"), fields.strings(lo, "redLine", path + ".lines.redLine"),
                        fields.strings(lo, "reply", path + ".lines.reply"));
            }
        }
        if (fields.problems.size() > before || partyId == null || noDeal == null || terms == null || w == null || s == null) {
            return null;
        }
        return new Brief(partyId, text, weights, scores, redLines, noDeal, persona, lines);
    }

    private static Term findTerm(List<Term> terms, String id) {
        for (Term t : terms) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
