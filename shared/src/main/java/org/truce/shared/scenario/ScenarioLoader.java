package org.truce.shared.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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

    private final JsonFields fields = new JsonFields();

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

    /** Reads a scenario from JSON text; {@code source} names it in problems. */
    public static Scenario parse(String json, String source) throws ScenarioException {
        return parse(new StringReader(json), source);
    }

    /**
     * Reads and validates a scenario; throws {@link ScenarioException} listing every problem (JSON path and what is
     * wrong).
     */
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
        if (!v.fields.problems.isEmpty() || s == null) {
            throw new ScenarioException(source, v.fields.problems);
        }
        return s;
    }

    private Scenario read(JsonElement root) {
        if (!root.isJsonObject()) {
            fields.problem("$", "must be a JSON object");
            return null;
        }
        JsonObject o = root.getAsJsonObject();
        String id = fields.string(o, "id", "id", true);
        if (id != null && !SCENARIO_ID.matcher(id).matches()) {
            fields.problem("id", "must be lower-case letters, digits and dashes (at most 40), got '" + id + "'");
        }
        String title = fields.string(o, "title", "title", true);
        String summary = fields.string(o, "summary", "summary", false);
        Integer rounds = fields.integer(o, "rounds", "rounds", 1, org.truce.shared.engine.Rules.MAX_SCENARIO_ROUNDS, false);
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
                fields.problem("terms", "too many possible packages (" + size + "); at most " + PackageSpace.MAX_SIZE);
            }
        }
        // an invalid "rounds" is already reported: then atRound is only checked against 1..50
        Integer injectRounds = rounds != null ? rounds
                : o.get("rounds") == null || o.get("rounds").isJsonNull() ? Integer.valueOf(10) : null;
        List<Inject> injects = new InjectReader(fields).read(o, injectRounds, briefs);
        EpilogueReader epilogueReader = new EpilogueReader(fields);
        EpilogueSpec epilogue = epilogueReader.epilogue(o, terms);
        List<String> questions = epilogueReader.questions(o);
        if (!fields.problems.isEmpty()) {
            return null;
        }
        ScenarioInfo info = new ScenarioInfo(id, title, summary, rounds == null ? 10 : rounds, terms, parties);
        return new Scenario(info, briefs, injects, epilogue, questions);
    }

    private List<Term> terms(JsonObject o) {
        JsonArray arr = fields.array(o, "terms", "terms", true);
        if (arr == null) {
            return null;
        }
        if (arr.isEmpty() || arr.size() > 12) {
            fields.problem("terms", "must hold 1 to 12 terms, has " + arr.size());
        }
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String path = "terms[" + i + "]";
            JsonObject t = fields.object(arr.get(i), path);
            if (t == null) {
                continue;
            }
            String id = fields.string(t, "id", path + ".id", true);
            if (id != null) {
                if (!TERM_ID.matcher(id).matches()) {
                    fields.problem(path + ".id", "must be lower-case letters, digits and underscores, starting with a letter, got '" + id + "'");
                } else if (!seen.add(id)) {
                    fields.problem(path + ".id", "duplicate term id '" + id + "'");
                }
            }
            String name = fields.string(t, "name", path + ".name", true);
            String topic = fields.string(t, "topic", path + ".topic", false);
            JsonArray opts = fields.array(t, "options", path + ".options", true);
            List<Option> options = new ArrayList<>();
            if (opts != null) {
                if (opts.size() < 2 || opts.size() > 6) {
                    fields.problem(path + ".options", "must hold 2 to 6 options, has " + opts.size());
                }
                Set<String> seenOpt = new HashSet<>();
                for (int j = 0; j < opts.size(); j++) {
                    String op = path + ".options[" + j + "]";
                    JsonObject oo = fields.object(opts.get(j), op);
                    if (oo == null) {
                        continue;
                    }
                    String oid = fields.string(oo, "id", op + ".id", true);
                    if (oid != null) {
                        if (!OPTION_ID.matcher(oid).matches()) {
                            fields.problem(op + ".id", "must be lower-case letters, digits and underscores, got '" + oid + "'");
                        } else if (!seenOpt.add(oid)) {
                            fields.problem(op + ".id", "duplicate option id '" + oid + "'");
                        }
                    }
                    String oname = fields.string(oo, "name", op + ".name", true);
                    String label = fields.string(oo, "label", op + ".label", false);
                    if (label != null && Chars.count(label) > 40) {
                        fields.problem(op + ".label", "must be at most 40 characters (it is shown in narrow columns)");
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
        JsonArray arr = fields.array(o, "parties", "parties", true);
        if (arr == null) {
            return;
        }
        if (arr.size() < 2 || arr.size() > 8) {
            fields.problem("parties", "must hold 2 to 8 parties, has " + arr.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String path = "parties[" + i + "]";
            JsonObject p = fields.object(arr.get(i), path);
            if (p == null) {
                continue;
            }
            String id = fields.string(p, "id", path + ".id", true);
            if (id != null) {
                if (!PARTY_ID.matcher(id).matches()) {
                    fields.problem(path + ".id", "must be 2 to 4 upper-case letters, got '" + id + "'");
                } else if (!seen.add(id)) {
                    fields.problem(path + ".id", "duplicate party id '" + id + "'");
                }
            }
            String name = fields.string(p, "name", path + ".name", true);
            String description = fields.string(p, "description", path + ".description", false);
            String shortName = fields.string(p, "shortName", path + ".shortName", false);
            if (shortName != null && Chars.count(shortName) > 16) {
                fields.problem(path + ".shortName", "must be at most 16 characters (it is shown in narrow columns)");
            }
            String article = fields.string(p, "article", path + ".article", false);
            if (article != null && !article.equals("the")) {
                fields.problem(path + ".article", "must be \"the\" (or left out), got '" + article + "'");
            }
            Brief brief = new BriefReader(fields).read(p, path, id, terms);
            if (id != null && name != null && brief != null) {
                parties.add(new Party(id, name, description,
                        brief.redLines().stream().filter(RedLine::declared).toList(), shortName, article));
                briefs.put(id, brief);
            }
        }
    }
}
