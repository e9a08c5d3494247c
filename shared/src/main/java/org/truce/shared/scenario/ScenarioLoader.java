package org.truce.shared.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.truce.shared.json.StrictJson;
import org.truce.shared.text.Chars;

/**
 * Reads a scenario from JSON and validates all of it, collecting every problem with its JSON
 * path (e.g. {@code parties[2].weights.nato: must be a number}) instead of stopping at the first.
 * See docs/SCENARIOS.md for the format.
 */
public final class ScenarioLoader {
    private static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern TERM_ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z0-9][a-z0-9_]{0,15}");
    private static final Pattern PARTY_ID = Pattern.compile("[A-Z]{2,4}");
    /** Scenarios bundled in shared's resources, the default first. */
    public static final List<String> BUILT_IN = List.of("paris-summit", "paris-summit-4");

    private final List<String> problems = new ArrayList<>();

    private ScenarioLoader() {
    }

    /** A bundled scenario by id. */
    public static Scenario builtIn(String id) throws ScenarioException {
        if (!BUILT_IN.contains(id)) {
            throw new ScenarioException(id, List.of("no built-in scenario '" + id + "' (built in: "
                    + String.join(", ", BUILT_IN) + ")"));
        }
        String resource = "/scenarios/" + id + ".json";
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(id, List.of("resource " + resource + " is missing from the build"));
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), id);
        } catch (IOException e) {
            throw new ScenarioException(id, List.of("cannot read: " + e.getMessage()));
        }
    }

    public static Scenario parse(String json, String source) throws ScenarioException {
        return parse(new StringReader(json), source);
    }

    public static Scenario parse(Reader json, String source) throws ScenarioException {
        JsonElement root;
        try {
            StringBuilder text = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = json.read(buf)) >= 0; ) {
                text.append(buf, 0, n);
            }
            root = StrictJson.parse(text.toString());
        } catch (StrictJson.Malformed e) {
            if (e.path() != null) {
                String path = e.path().startsWith("$.") ? e.path().substring(2) : e.path();
                throw new ScenarioException(source, List.of(path + ": appears twice (each key once per object)"));
            }
            throw new ScenarioException(source, List.of("$: not valid JSON (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new ScenarioException(source, List.of("cannot read: " + e.getMessage()));
        }
        ScenarioLoader v = new ScenarioLoader();
        Scenario s = v.read(root);
        if (!v.problems.isEmpty() || s == null) {
            throw new ScenarioException(source, v.problems);
        }
        return s;
    }

    private Scenario read(JsonElement root) {
        if (!root.isJsonObject()) {
            problem("$", "must be a JSON object");
            return null;
        }
        JsonObject o = root.getAsJsonObject();
        String id = string(o, "id", "id", true);
        if (id != null && !SCENARIO_ID.matcher(id).matches()) {
            problem("id", "must be lower-case letters, digits and dashes (at most 40), got '" + id + "'");
        }
        String title = string(o, "title", "title", true);
        String summary = string(o, "summary", "summary", false);
        Integer rounds = integer(o, "rounds", "rounds", 1, 50, false);
        List<Term> terms = terms(o);
        List<Party> parties = new ArrayList<>();
        Map<String, Brief> briefs = new LinkedHashMap<>();
        partiesAndBriefs(o, terms, parties, briefs);
        if (terms != null && !terms.isEmpty()) {
            long size = 1;
            for (Term t : terms) {
                size *= t.options().size();
            }
            if (size > PackageSpace.MAX_SIZE) {
                problem("terms", "too many possible packages (" + size + "); at most " + PackageSpace.MAX_SIZE);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        ScenarioInfo info = new ScenarioInfo(id, title, summary, rounds == null ? 10 : rounds, terms, parties);
        return new Scenario(info, briefs);
    }

    private List<Term> terms(JsonObject o) {
        JsonArray arr = array(o, "terms", "terms", true);
        if (arr == null) {
            return null;
        }
        if (arr.isEmpty() || arr.size() > 12) {
            problem("terms", "must hold 1 to 12 terms, has " + arr.size());
        }
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String path = "terms[" + i + "]";
            JsonObject t = object(arr.get(i), path);
            if (t == null) {
                continue;
            }
            String id = string(t, "id", path + ".id", true);
            if (id != null) {
                if (!TERM_ID.matcher(id).matches()) {
                    problem(path + ".id", "must be lower-case letters, digits and underscores, starting with a letter, got '" + id + "'");
                } else if (!seen.add(id)) {
                    problem(path + ".id", "duplicate term id '" + id + "'");
                }
            }
            String name = string(t, "name", path + ".name", true);
            String topic = string(t, "topic", path + ".topic", false);
            JsonArray opts = array(t, "options", path + ".options", true);
            List<Option> options = new ArrayList<>();
            if (opts != null) {
                if (opts.size() < 2 || opts.size() > 6) {
                    problem(path + ".options", "must hold 2 to 6 options, has " + opts.size());
                }
                Set<String> seenOpt = new HashSet<>();
                for (int j = 0; j < opts.size(); j++) {
                    String op = path + ".options[" + j + "]";
                    JsonObject oo = object(opts.get(j), op);
                    if (oo == null) {
                        continue;
                    }
                    String oid = string(oo, "id", op + ".id", true);
                    if (oid != null) {
                        if (!OPTION_ID.matcher(oid).matches()) {
                            problem(op + ".id", "must be lower-case letters, digits and underscores, got '" + oid + "'");
                        } else if (!seenOpt.add(oid)) {
                            problem(op + ".id", "duplicate option id '" + oid + "'");
                        }
                    }
                    String oname = string(oo, "name", op + ".name", true);
                    String label = string(oo, "label", op + ".label", false);
                    if (label != null && Chars.count(label) > 40) {
                        problem(op + ".label", "must be at most 40 characters (it is shown in narrow columns)");
                    }
                    if (oid != null) {
                        // a missing name is already reported; keep the option so the briefs can still be checked
                        options.add(new Option(oid, oname == null ? oid : oname, label));
                    }
                }
            }
            if (id != null && options.size() >= 2) {
                terms.add(new Term(id, name == null ? id : name, topic, options));
            }
        }
        return terms.size() == arr.size() ? terms : null;
    }

    private void partiesAndBriefs(JsonObject o, List<Term> terms, List<Party> parties, Map<String, Brief> briefs) {
        JsonArray arr = array(o, "parties", "parties", true);
        if (arr == null) {
            return;
        }
        if (arr.size() < 2 || arr.size() > 8) {
            problem("parties", "must hold 2 to 8 parties, has " + arr.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String path = "parties[" + i + "]";
            JsonObject p = object(arr.get(i), path);
            if (p == null) {
                continue;
            }
            String id = string(p, "id", path + ".id", true);
            if (id != null) {
                if (!PARTY_ID.matcher(id).matches()) {
                    problem(path + ".id", "must be 2 to 4 upper-case letters, got '" + id + "'");
                } else if (!seen.add(id)) {
                    problem(path + ".id", "duplicate party id '" + id + "'");
                }
            }
            String name = string(p, "name", path + ".name", true);
            String description = string(p, "description", path + ".description", false);
            String shortName = string(p, "shortName", path + ".shortName", false);
            if (shortName != null && Chars.count(shortName) > 16) {
                problem(path + ".shortName", "must be at most 16 characters (it is shown in narrow columns)");
            }
            String article = string(p, "article", path + ".article", false);
            if (article != null && !article.equals("the")) {
                problem(path + ".article", "must be \"the\" (or left out), got '" + article + "'");
            }
            Brief brief = brief(p, path, id, terms);
            if (id != null && name != null && brief != null) {
                parties.add(new Party(id, name, description,
                        brief.redLines().stream().filter(RedLine::declared).toList(), shortName, article));
                briefs.put(id, brief);
            }
        }
    }

    private Brief brief(JsonObject party, String partyPath, String partyId, List<Term> terms) {
        // the brief's fields sit on the party object itself: parties[2].weights.nato
        String path = partyPath;
        JsonObject b = party;
        int before = problems.size();
        String text = string(b, "brief", path + ".brief", true);
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        List<RedLine> redLines = new ArrayList<>();
        JsonObject w = object(b.get("weights"), path + ".weights");
        JsonObject s = object(b.get("scores"), path + ".scores");
        if (terms != null) {
            if (w != null) {
                double sum = 0;
                for (String key : w.keySet()) {
                    if (findTerm(terms, key) == null) {
                        problem(path + ".weights." + key, "unknown term '" + key + "'");
                    }
                }
                for (Term t : terms) {
                    Double v = number(w, t.id(), path + ".weights." + t.id(), 0, 1000, true);
                    if (v != null) {
                        weights.put(t.id(), v);
                        sum += v;
                    }
                }
                if (sum <= 0 && weights.size() == terms.size()) {
                    problem(path + ".weights", "must not all be zero");
                }
            }
            if (s != null) {
                for (String key : s.keySet()) {
                    if (findTerm(terms, key) == null) {
                        problem(path + ".scores." + key, "unknown term '" + key + "'");
                    }
                }
                for (Term t : terms) {
                    String tp = path + ".scores." + t.id();
                    JsonObject ts = object(s.get(t.id()), tp);
                    if (ts == null) {
                        continue;
                    }
                    for (String key : ts.keySet()) {
                        if (t.indexOf(key) < 0) {
                            problem(tp + "." + key, "term '" + t.id() + "' has no option '" + key + "'");
                        }
                    }
                    Map<String, Double> m = new LinkedHashMap<>();
                    for (Option op : t.options()) {
                        Double v = number(ts, op.id(), tp + "." + op.id(), 0, 100, true);
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
                    problem(path + ".redLines", "must be an array");
                } else {
                    JsonArray ra = rl.getAsJsonArray();
                    for (int i = 0; i < ra.size(); i++) {
                        String rp = path + ".redLines[" + i + "]";
                        JsonObject r = object(ra.get(i), rp);
                        if (r == null) {
                            continue;
                        }
                        String term = string(r, "term", rp + ".term", true);
                        String option = string(r, "option", rp + ".option", true);
                        String why = string(r, "why", rp + ".why", false);
                        Boolean declared = bool(r, "declared", rp + ".declared");
                        if (term == null || option == null) {
                            continue;
                        }
                        Term t = findTerm(terms, term);
                        if (t == null) {
                            problem(rp + ".term", "unknown term '" + term + "'");
                        } else if (t.indexOf(option) < 0) {
                            problem(rp + ".option", "term '" + term + "' has no option '" + option + "'");
                        } else {
                            redLines.add(new RedLine(term, option, why, declared != null && declared));
                        }
                    }
                    for (Term t : terms) {
                        long red = redLines.stream().filter(r -> r.term().equals(t.id())).map(RedLine::option).distinct().count();
                        if (red >= t.options().size()) {
                            problem(path + ".redLines", "every option of term '" + t.id() + "' is a red line: no package could ever be acceptable");
                        }
                    }
                }
            }
        }
        NoDeal noDeal = null;
        JsonObject nd = object(b.get("noDeal"), path + ".noDeal");
        if (nd != null) {
            Double start = number(nd, "start", path + ".noDeal.start", 0, 100, true);
            Double per = number(nd, "perRound", path + ".noDeal.perRound", 0, 100, true);
            if (start != null && per != null) {
                noDeal = new NoDeal(start, per);
            }
        }
        Persona persona = null;
        JsonElement pe = b.get("persona");
        if (pe != null && !pe.isJsonNull()) {
            JsonObject po = object(pe, path + ".persona");
            if (po != null) {
                String strategy = string(po, "strategy", path + ".persona.strategy", true);
                if (strategy != null && !Persona.BASE_STRATEGIES.contains(strategy)) {
                    problem(path + ".persona.strategy", "must be one of " + String.join(", ", Persona.BASE_STRATEGIES) + ", got '" + strategy + "'");
                }
                Double concession = number(po, "concession", path + ".persona.concession", 0.05, 10, false);
                Double margin = number(po, "margin", path + ".persona.margin", 0, 50, false);
                if (strategy != null && Persona.BASE_STRATEGIES.contains(strategy)) {
                    persona = new Persona(strategy, concession == null ? 1.0 : concession, margin == null ? 2.0 : margin);
                }
            }
        }
        Lines lines = null;
        JsonElement le = b.get("lines");
        if (le != null && !le.isJsonNull()) {
            JsonObject lo = object(le, path + ".lines");
            if (lo != null) {
                for (String key : lo.keySet()) {
                    if (!Set.of("table", "accept", "reject", "redLine", "reply").contains(key)) {
                        problem(path + ".lines." + key, "unknown kind of line (use table, accept, reject, redLine, reply)");
                    }
                }
                lines = new Lines(strings(lo, "table", path + ".lines.table"), strings(lo, "accept", path + ".lines.accept"),
                        strings(lo, "reject", path + ".lines.reject"), strings(lo, "redLine", path + ".lines.redLine"),
                        strings(lo, "reply", path + ".lines.reply"));
            }
        }
        if (problems.size() > before || partyId == null || noDeal == null || terms == null || w == null || s == null) {
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

    // ---- typed field readers: each reports a problem at its path and returns null -------------

    private void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    private JsonObject object(JsonElement e, String path) {
        if (e == null || e.isJsonNull()) {
            problem(path, "is required (an object)");
            return null;
        }
        if (!e.isJsonObject()) {
            problem(path, "must be an object");
            return null;
        }
        return e.getAsJsonObject();
    }

    private JsonArray array(JsonObject o, String key, String path, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problem(path, "is required (an array)");
            }
            return null;
        }
        if (!e.isJsonArray()) {
            problem(path, "must be an array");
            return null;
        }
        return e.getAsJsonArray();
    }

    private String string(JsonObject o, String key, String path, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problem(path, "is required (a string)");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problem(path, "must be a string");
            return null;
        }
        String s = e.getAsString();
        if (required && s.isBlank()) {
            problem(path, "must not be empty");
            return null;
        }
        return s;
    }

    private List<String> strings(JsonObject o, String key, String path) {
        JsonArray a = array(o, key, path, false);
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                problem(path + "[" + i + "]", "must be a string");
            } else if (!org.truce.shared.scenario.PlainText.isPlainText(e.getAsString()) || e.getAsString().isBlank()) {
                problem(path + "[" + i + "]", "must be one line of plain text (it is said in chat)");
            } else {
                out.add(e.getAsString());
            }
        }
        return out;
    }

    private Double number(JsonObject o, String key, String path, double min, double max, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problem(path, "is required (a number)");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !((JsonPrimitive) e).isNumber()) {
            problem(path, "must be a number");
            return null;
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            problem(path, "must be between " + fmt(min) + " and " + fmt(max) + ", got a number far out of range");
            return null;
        }
        if (!(v >= min && v <= max)) {
            problem(path, "must be between " + fmt(min) + " and " + fmt(max) + ", got " + fmt(v));
            return null;
        }
        return v;
    }

    private Boolean bool(JsonObject o, String key, String path) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !((JsonPrimitive) e).isBoolean()) {
            problem(path, "must be true or false");
            return null;
        }
        return e.getAsBoolean();
    }

    private Integer integer(JsonObject o, String key, String path, int min, int max, boolean required) {
        Double d = number(o, key, path, min, max, required);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            problem(path, "must be a whole number, got " + fmt(d));
            return null;
        }
        return d.intValue();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
