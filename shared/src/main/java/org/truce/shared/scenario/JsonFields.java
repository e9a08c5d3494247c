package org.truce.shared.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed field readers for the scenario loaders: each reports a problem at its JSON path and
 * returns null, so one pass collects every problem instead of stopping at the first.
 */
final class JsonFields {
    /** Every problem found so far, "path: message", in the order found. */
    final List<String> problems = new ArrayList<>();

    /** Records {@code message} at {@code path}. */
    void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    JsonObject object(JsonElement e, String path) {
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

    JsonArray array(JsonObject o, String key, String path, boolean required) {
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

    String string(JsonObject o, String key, String path, boolean required) {
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

    List<String> strings(JsonObject o, String key, String path) {
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

    Double number(JsonObject o, String key, String path, double min, double max, boolean required) {
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

    Boolean bool(JsonObject o, String key, String path) {
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

    Integer integer(JsonObject o, String key, String path, int min, int max, boolean required) {
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

    /**
     * One line of plain text at {@code path}, at most {@code max} characters ({@code what} says what
     * it is for), stripped; null after a problem (control or invisible characters, blank-looking, too long).
     */
    String plainLine(String s, String path, int max, String what) {
        if (!PlainText.isPlainText(s)) {
            problem(path, "must be plain text on one line (no line breaks, control or invisible characters)");
            return null;
        }
        if (PlainText.looksBlank(s)) {
            problem(path, "shows nothing (only blank-looking characters)");
            return null;
        }
        if (org.truce.shared.text.Chars.count(s) > max) {
            problem(path, "must be at most " + max + " characters (" + what + "), has " + org.truce.shared.text.Chars.count(s));
            return null;
        }
        return s.strip();
    }

    /** A problem for each key of {@code o} (at {@code path}) not in {@code known}, naming the known ones. */
    void unknownKeys(JsonObject o, String path, List<String> known) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                problem(path + "." + key, "unknown field (use " + String.join(", ", known) + ")");
            }
        }
    }
}
