package org.truce.shared.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds a request's JSON object to its {@link ClientMessage} record, field by field, so that
 * every refusal names the field and what it must be ("'rounds' must be a whole number",
 * "'bots.UA' must be a string") rather than passing on a library's message. Requests only use
 * strings, whole numbers, booleans and maps of strings, which keeps this small. Unknown fields
 * are ignored (docs/PROTOCOL.md).
 */
final class RequestBinder {
    private RequestBinder() {
    }

    static <M> M bind(JsonObject obj, Class<M> cls) {
        RecordComponent[] components = cls.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonElement e = obj.get(c.getName());
            args[i] = e == null || e.isJsonNull() ? null : value(e, c.getName(), c.getGenericType());
        }
        try {
            Constructor<M> ctor = cls.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ProtocolException p) {
                throw p;
            }
            throw new IllegalStateException("cannot build " + cls.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + cls.getSimpleName(), e);
        }
    }

    private static Object value(JsonElement e, String path, Type type) {
        if (type == String.class) {
            return string(e, path);
        }
        if (type == Integer.class) {
            return whole(e, path, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        if (type == Long.class) {
            return whole(e, path, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Boolean.class) {
            if (!(e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean())) {
                throw bad(path, "must be true or false");
            }
            return e.getAsBoolean();
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class
                && p.getActualTypeArguments()[1] == String.class) {
            if (!e.isJsonObject()) {
                throw bad(path, "must be an object of strings");
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> en : e.getAsJsonObject().entrySet()) {
                m.put(en.getKey(), string(en.getValue(), path + "." + en.getKey()));
            }
            return m;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == java.util.List.class
                && p.getActualTypeArguments()[0] == String.class) {
            // a short list of short words (the hello's features): nothing a client needs is longer
            if (!e.isJsonArray() || e.getAsJsonArray().size() > MAX_WORDS) {
                throw bad(path, "must be a list of at most " + MAX_WORDS + " strings");
            }
            java.util.List<String> words = new java.util.ArrayList<>();
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                String w = string(e.getAsJsonArray().get(i), path + "[" + i + "]");
                if (w.length() > MAX_WORD) {
                    throw bad(path + "[" + i + "]", "must be at most " + MAX_WORD + " characters");
                }
                words.add(w);
            }
            return words;
        }
        throw new IllegalStateException("no binding for " + type + " (" + path + ")");
    }

    /** The most strings a list field may hold, and the longest. */
    private static final int MAX_WORDS = 16;
    private static final int MAX_WORD = 32;

    private static String string(JsonElement e, String path) {
        if (!(e.isJsonPrimitive() && e.getAsJsonPrimitive().isString())) {
            throw bad(path, "must be a string");
        }
        return e.getAsString();
    }

    private static Long whole(JsonElement e, String path, long min, long max) {
        if (!(e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())) {
            throw bad(path, "must be a whole number");
        }
        BigDecimal d = number(e.getAsJsonPrimitive(), path);
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw bad(path, "must be a whole number");
        }
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw bad(path, "is out of range");
        }
        return d.longValueExact();
    }

    /** The number's exact value; an absurd length or exponent (1e999999999) is refused rather than expanded. */
    private static BigDecimal number(JsonPrimitive p, String path) {
        String literal = p.getAsString();
        try {
            BigDecimal d = literal.length() > 400 ? null : new BigDecimal(literal);
            if (d == null || Math.abs((long) d.scale()) > 400) {
                throw bad(path, "is out of range");
            }
            return d;
        } catch (NumberFormatException ex) {
            throw bad(path, "must be a number");
        }
    }

    private static ProtocolException bad(String path, String what) {
        return new ProtocolException(ErrorCode.BAD_FIELD, "'" + path + "' " + what);
    }
}
