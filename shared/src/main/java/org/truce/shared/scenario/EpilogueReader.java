package org.truce.shared.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a scenario file's optional {@code epilogue} object and {@code questions} list (see
 * docs/SCENARIOS.md); problems go to the loader's {@link JsonFields} at their JSON paths, e.g.
 * {@code epilogue.factors.us_role.e: unknown option 'e' (options: a, b, c, d)}.
 */
final class EpilogueReader {
    static final int MAX_TITLE = 40;
    static final int MAX_TEXT = 600;
    static final int MAX_CAVEAT = 200;
    static final int MAX_QUESTION = 300;
    static final int MAX_QUESTIONS = 10;
    private static final List<String> KEYS = List.of("factors", "bands", "noDeal", "caveat");
    private static final List<String> BAND_KEYS = List.of("from", "title", "text");

    private final JsonFields fields;

    EpilogueReader(JsonFields fields) {
        this.fields = fields;
    }

    /**
     * The epilogue of the scenario object {@code root}, or null if absent or invalid (then problems are recorded).
     * {@code terms} are the scenario's terms (null if they were themselves invalid: then only the shape is checked).
     */
    EpilogueSpec epilogue(JsonObject root, List<Term> terms) {
        JsonElement e = root.get("epilogue");
        if (e == null || e.isJsonNull()) {
            return null;
        }
        JsonObject o = fields.object(e, "epilogue");
        if (o == null) {
            return null;
        }
        int before = fields.problems.size();
        fields.unknownKeys(o, "epilogue", KEYS);
        Map<String, Map<String, Double>> factors = factors(o, terms);
        List<EpilogueSpec.Band> bands = bands(o);
        String noDeal = text(o, "noDeal", "epilogue.noDeal", MAX_TEXT, "a few sentences on what no deal means");
        String caveat = text(o, "caveat", "epilogue.caveat", MAX_CAVEAT, "one line");
        if (fields.problems.size() > before) {
            return null;
        }
        return new EpilogueSpec(factors, bands, noDeal, caveat);
    }

    /** The discussion questions of {@code root}, in file order (none if absent or invalid). */
    List<String> questions(JsonObject root) {
        JsonArray a = fields.array(root, "questions", "questions", false);
        if (a == null) {
            return List.of();
        }
        int before = fields.problems.size();
        if (a.isEmpty() || a.size() > MAX_QUESTIONS) {
            fields.problem("questions", "must hold 1 to " + MAX_QUESTIONS + " questions, has " + a.size());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String path = "questions[" + i + "]";
            JsonElement q = a.get(i);
            if (!q.isJsonPrimitive() || !q.getAsJsonPrimitive().isString()) {
                fields.problem(path, "must be a string");
                continue;
            }
            String s = fields.plainLine(q.getAsString(), path, MAX_QUESTION, "one question for the class");
            if (s != null) {
                out.add(s);
            }
        }
        return fields.problems.size() > before ? List.of() : out;
    }

    private Map<String, Map<String, Double>> factors(JsonObject o, List<Term> terms) {
        JsonElement e = o.get("factors");
        JsonObject f = fields.object(e, "epilogue.factors");
        if (f == null) {
            return null;
        }
        if (f.isEmpty()) {
            fields.problem("epilogue.factors", "must score at least one term");
            return null;
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        boolean anyPoints = false;
        for (String termId : f.keySet()) {
            String tp = "epilogue.factors." + termId;
            Term term = terms == null ? null : terms.stream().filter(t -> t.id().equals(termId)).findFirst().orElse(null);
            if (terms != null && term == null) {
                fields.problem(tp, "unknown term '" + termId + "'");
                continue;
            }
            JsonObject points = fields.object(f.get(termId), tp);
            if (points == null) {
                continue;
            }
            Map<String, Double> m = new LinkedHashMap<>();
            List<String> optionIds = term == null ? null : term.options().stream().map(Option::id).toList();
            for (String opt : points.keySet()) {
                if (optionIds != null && !optionIds.contains(opt)) {
                    fields.problem(tp + "." + opt, "unknown option '" + opt + "' (options: " + String.join(", ", optionIds) + ")");
                    continue;
                }
                Double p = fields.number(points, opt, tp + "." + opt, 0, 100, true);
                if (p != null) {
                    m.put(opt, p);
                    anyPoints |= p > 0;
                }
            }
            if (optionIds != null) {
                List<String> missing = optionIds.stream().filter(id -> !points.has(id)).toList();
                if (!missing.isEmpty()) {
                    fields.problem(tp, "gives no points for option(s) " + String.join(", ", missing) + " (give every option points, 0 if none)");
                }
            }
            out.put(termId, m);
        }
        if (!anyPoints && out.size() == f.size()) {
            fields.problem("epilogue.factors", "gives no option any points, so every agreement would score 0");
        }
        return out;
    }

    private List<EpilogueSpec.Band> bands(JsonObject o) {
        JsonArray a = fields.array(o, "bands", "epilogue.bands", true);
        if (a == null) {
            return null;
        }
        if (a.size() < 2 || a.size() > 6) {
            fields.problem("epilogue.bands", "must hold 2 to 6 bands, has " + a.size());
        }
        List<EpilogueSpec.Band> out = new ArrayList<>();
        Integer previous = null;
        for (int i = 0; i < a.size(); i++) {
            String path = "epilogue.bands[" + i + "]";
            JsonObject b = fields.object(a.get(i), path);
            if (b == null) {
                continue;
            }
            fields.unknownKeys(b, path, BAND_KEYS);
            Integer from = fields.integer(b, "from", path + ".from", 0, 100, true);
            if (from != null) {
                if (i == 0 && from != 0) {
                    fields.problem(path + ".from", "must be 0 (the lowest band starts at 0), got " + from);
                } else if (previous != null && from <= previous) {
                    fields.problem(path + ".from", "must be above the previous band's " + previous + ", got " + from);
                }
                previous = from;
            }
            String title = text(b, "title", path + ".title", MAX_TITLE, "a short heading");
            String text = text(b, "text", path + ".text", MAX_TEXT, "a few sentences on Ukraine's security five years on");
            if (from != null && title != null && text != null) {
                out.add(new EpilogueSpec.Band(from, title, text));
            }
        }
        return out;
    }

    /** A required one-line plain text of 1..max characters (code points), or null after reporting why not. */
    private String text(JsonObject o, String key, String path, int max, String what) {
        String s = fields.string(o, key, path, true);
        return s == null ? null : fields.plainLine(s, path, max, what);
    }
}
