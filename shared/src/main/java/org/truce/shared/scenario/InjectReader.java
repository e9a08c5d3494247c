package org.truce.shared.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a scenario file's optional {@code injects} array (see docs/SCENARIOS.md);
 * problems go to the loader's {@link JsonFields} at their JSON paths, e.g.
 * {@code injects[2].effects.RU.weights.nato: unknown term 'nato'}.
 */
final class InjectReader {
    /** Like a term id: it is typed by the facilitator ({@code inject {room, inject}}). */
    private static final Pattern INJECT_ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    static final int MAX_TITLE = 60;
    static final int MAX_TEXT = 600;
    static final int MAX_NOTE = 200;
    private static final List<String> INJECT_KEYS = List.of("id", "title", "text", "atRound", "effects");
    private static final List<String> EFFECT_KEYS = List.of("noDeal", "weights", "note");

    private final JsonFields fields;

    InjectReader(JsonFields fields) {
        this.fields = fields;
    }

    /**
     * The injects of the scenario object {@code root}, in file order (none if the key is absent).
     * {@code rounds} is the scenario's default number of rounds (null if it was itself invalid:
     * then atRound is only checked against 1..50); the party and term ids are taken from the
     * raw file so that a problem elsewhere in a party does not turn into "unknown party" here;
     * {@code briefs} (the parties whose brief read cleanly) lets a factor on a term the party
     * gives no weight be reported.
     */
    List<Inject> read(JsonObject root, Integer rounds, Map<String, Brief> briefs) {
        JsonArray arr = fields.array(root, "injects", "injects", false);
        if (arr == null) {
            return List.of();
        }
        Set<String> parties = ids(root, "parties");
        Set<String> terms = ids(root, "terms");
        List<Inject> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int before = fields.problems.size();
        for (int i = 0; i < arr.size(); i++) {
            String path = "injects[" + i + "]";
            JsonObject o = fields.object(arr.get(i), path);
            if (o == null) {
                continue;
            }
            fields.unknownKeys(o, path, INJECT_KEYS);
            String id = fields.string(o, "id", path + ".id", true);
            if (id != null) {
                if (!INJECT_ID.matcher(id).matches()) {
                    fields.problem(path + ".id", "must be lower-case letters, digits and underscores, starting with a letter (at most 40), got '" + id + "'");
                } else if (!seen.add(id)) {
                    fields.problem(path + ".id", "duplicate inject id '" + id + "'");
                }
            }
            String title = text(o, "title", path + ".title", MAX_TITLE, "it is the headline in the log and the banner");
            String text = text(o, "text", path + ".text", MAX_TEXT, "one paragraph in the voice of a news wire");
            Integer atRound = fields.integer(o, "atRound", path + ".atRound", 1, 50, false);
            if (atRound != null && rounds != null && atRound > rounds) {
                fields.problem(path + ".atRound", "must not be above the scenario's " + rounds + " rounds, got " + atRound);
            }
            Map<String, InjectEffect> effects = effects(o, path + ".effects", parties, terms, briefs);
            if (id != null && title != null && text != null && effects != null) {
                out.add(new Inject(id, title, text, atRound, effects));
            }
        }
        return fields.problems.size() > before ? List.of() : out;
    }

    /** Party id → effect; null if one of them has a problem. An absent or empty object: pure news. */
    private Map<String, InjectEffect> effects(JsonObject inject, String path, Set<String> parties, Set<String> terms,
                                              Map<String, Brief> briefs) {
        JsonElement e = inject.get("effects");
        if (e == null || e.isJsonNull()) {
            return Map.of();
        }
        JsonObject o = fields.object(e, path);
        if (o == null) {
            return null;
        }
        int before = fields.problems.size();
        Map<String, InjectEffect> out = new LinkedHashMap<>();
        for (String party : o.keySet()) {
            String pp = path + "." + party;
            if (parties != null && !parties.contains(party)) {
                fields.problem(pp, "unknown party '" + party + "' (parties: " + String.join(", ", parties) + ")");
                continue;
            }
            InjectEffect effect = effect(o.get(party), pp, terms, briefs.get(party));
            if (effect != null) {
                out.put(party, effect);
            }
        }
        return fields.problems.size() > before ? null : out;
    }

    private InjectEffect effect(JsonElement e, String path, Set<String> terms, Brief brief) {
        JsonObject o = fields.object(e, path);
        if (o == null) {
            return null;
        }
        int before = fields.problems.size();
        fields.unknownKeys(o, path, EFFECT_KEYS);
        Double noDeal = fields.number(o, "noDeal", path + ".noDeal", -100, 100, false);
        Map<String, Double> weights = new LinkedHashMap<>();
        JsonElement we = o.get("weights");
        if (we != null && !we.isJsonNull()) {
            JsonObject w = fields.object(we, path + ".weights");
            if (w != null) {
                for (String term : w.keySet()) {
                    String tp = path + ".weights." + term;
                    if (terms != null && !terms.contains(term)) {
                        fields.problem(tp, "unknown term '" + term + "'");
                        continue;
                    }
                    Double f = fields.number(w, term, tp, 0, 10, true);
                    if (f != null && f == 0) {
                        fields.problem(tp, "must be above 0 (the factor the weight is multiplied by), got 0");
                    } else if (f != null && brief != null && brief.weights().getOrDefault(term, 0.0) == 0) {
                        fields.problem(tp, "this party gives '" + term + "' no weight, so a factor changes nothing");
                    } else if (f != null) {
                        weights.put(term, f);
                    }
                }
            }
        }
        String note = null;
        if (o.has("note") && !o.get("note").isJsonNull()) {
            note = text(o, "note", path + ".note", MAX_NOTE, "one sentence in the party's voice");
        }
        if (fields.problems.size() > before) {
            return null;
        }
        if ((noDeal == null || noDeal == 0) && weights.isEmpty() && note == null) {
            fields.problem(path, "changes nothing for this party: give noDeal, weights or a note, or leave the party out");
            return null;
        }
        return new InjectEffect(noDeal == null ? 0 : noDeal, weights, note);
    }

    /** A required one-line plain text of 1..max characters (code points), or null after reporting why not. */
    private String text(JsonObject o, String key, String path, int max, String what) {
        String s = fields.string(o, key, path, true);
        return s == null ? null : fields.plainLine(s, path, max, what);
    }

    /** The string ids of the objects in the raw array {@code key}, in order; null if the array is unusable. */
    private static Set<String> ids(JsonObject root, String key) {
        JsonElement a = root.get(key);
        if (a == null || !a.isJsonArray()) {
            return null;
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (JsonElement e : a.getAsJsonArray()) {
            if (e.isJsonObject() && e.getAsJsonObject().get("id") instanceof com.google.gson.JsonPrimitive p && p.isString()) {
                ids.add(p.getAsString());
            }
        }
        return ids;
    }
}
